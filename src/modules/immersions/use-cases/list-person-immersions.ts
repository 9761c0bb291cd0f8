import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { keptFileReads } from '../../people/api.js';
import { personJobVisits } from '../../sessions/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { followedPerson, immersionActor } from './immersion-access.js';
import { immersionViews } from './immersion-views.js';

/**
 * The immersions and internships in a person's file, newest first, and their job visits: their
 * enrolments in collective sessions held at an employer (the sessions module keeps those). Audited.
 * A kept file also lists the immersions and job visits of the files merged into it (docs/duplicates.md),
 * each marked with its file and changed only there; each merged file is checked as its own file and
 * audited when its records are shown.
 */
export const listPersonImmersions = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = immersionActor(ctx);
    await followedPerson(trx, actor, input.personId);
    const reads = await keptFileReads(trx, actor.organizationId, input.personId);
    const repo = immersionsRepository(trx);
    const records = [];
    for (const file of reads.files) {
      await followedPerson(trx, actor, file);
      records.push(...(await repo.ofPerson(actor.organizationId, file)));
    }
    // The repository's order (newest start first), across files.
    records.sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id.localeCompare(a.id));
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const items = await immersionViews(trx, actor.organizationId, records, today);
    const jobVisits = [];
    const visitsOf = new Map<string, number>();
    for (const file of reads.files) {
      const visits = await personJobVisits(trx, actor.organizationId, file);
      visitsOf.set(file, visits.length);
      const fromMergedFile = reads.originOf(file);
      jobVisits.push(...visits.map((visit) => ({ ...visit, fromMergedFile })));
    }
    for (const file of reads.files) {
      const shown = records.filter((r) => r.personId === file).length;
      const visits = visitsOf.get(file) ?? 0;
      const kept = file === input.personId;
      if (!kept && shown + visits === 0) continue;
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'immersion.person_read',
        resourceType: 'person',
        resourceId: file,
        personId: file,
        requestId: ctx.requestId,
        details: kept
          ? { immersions: shown, jobVisits: visits }
          : { immersions: shown, jobVisits: visits, via: 'kept_file' },
      });
    }
    const fileOf = new Map(records.map((r) => [r.id, r.personId]));
    return {
      items: items.map((item) => ({
        ...item,
        fromMergedFile: reads.originOf(fileOf.get(item.id) ?? input.personId),
      })),
      jobVisits,
    };
  },
);
