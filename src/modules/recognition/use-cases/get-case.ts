import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { keptFileReads } from '../../people/api.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { caseRoles } from '../domain/vocabulary.js';
import { caseViews } from './case-views.js';
import { actorWith, followedPerson, visibleCase } from './recognition-access.js';

/** One case of a person the organization follows. Audited as a read of the file. */
export const getRecognitionCase = defineUseCase(
  z.object({ caseId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const { actor, record } = await visibleCase(trx, ctx, input.caseId);
    const [view] = await caseViews(trx, ctx.locale, [record]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'recognition_case.read',
      resourceType: 'recognition_case',
      resourceId: record.id,
      personId: record.personId,
      requestId: ctx.requestId,
    });
    return view!;
  },
);

/**
 * A person's cases, newest first. Audited as a read of the file with the count. A kept file's cases are
 * followed by those of the files merged into it (docs/duplicates.md), each marked with its file and
 * changed only there; each merged file is checked as its own file and audited when its cases are shown.
 */
export const listPersonRecognitionCases = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = actorWith(ctx, caseRoles);
    await followedPerson(trx, actor, input.personId);
    const reads = await keptFileReads(trx, actor.organizationId, input.personId);
    const items = [];
    for (const file of reads.files) {
      await followedPerson(trx, actor, file);
      const cases = await casesRepository(trx).ofPerson(actor.organizationId, file);
      const views = await caseViews(trx, ctx.locale, cases);
      const kept = file === input.personId;
      if (kept || views.length > 0)
        await audit.record({
          actorUserId: actor.userId,
          organizationId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          action: 'recognition_case.list',
          resourceType: 'person',
          resourceId: file,
          personId: file,
          requestId: ctx.requestId,
          details: kept ? { count: views.length } : { count: views.length, via: 'kept_file' },
        });
      const fromMergedFile = reads.originOf(file);
      items.push(...views.map((view) => ({ ...view, fromMergedFile })));
    }
    return { items };
  },
);
