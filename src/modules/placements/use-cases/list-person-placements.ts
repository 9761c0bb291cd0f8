import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { keptFileReads } from '../../people/api.js';
import { occupationNamer } from '../../reference/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { endAlertDaysOf, placementActor, requirePerson } from './placement-access.js';
import { placementViewOf } from './placement-views.js';

const input = z.object({ personId: z.uuid(), lang: z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en') });

/**
 * A person's hires and contracts, the latest start first, each with its state and end alert for
 * today in the organization's time zone. A read of the person's file: audited. A kept file also lists
 * the contracts of the files merged into it (docs/duplicates.md), each marked with its file and changed
 * only there; each merged file is checked as its own file and audited when its contracts are shown.
 */
export const listPersonPlacements = defineUseCase(input, async ({ input, ctx, trx, now, audit }) => {
  const actor = placementActor(ctx, false);
  const person = await requirePerson(trx, actor, input.personId);
  const reads = await keptFileReads(trx, actor.organizationId, person.id);
  const repo = placementsRepository(trx);
  const files = [{ person, placements: await repo.ofPerson(actor.organizationId, person.id) }];
  for (const merged of reads.merged) {
    const file = await requirePerson(trx, actor, merged.personId);
    files.push({ person: file, placements: await repo.ofPerson(actor.organizationId, file.id) });
  }
  const all = files.flatMap((f) => f.placements);
  const [today, endAlertDays, name] = await Promise.all([
    organizationsApi(trx).todayOf(actor.organizationId, now),
    endAlertDaysOf(trx, actor.organizationId),
    occupationNamer(
      trx,
      all.map((p) => p.escoId),
      input.lang,
    ),
  ]);
  const items = [];
  for (const { person: holder, placements } of files) {
    for (const placement of placements) {
      const employer = await employerSummary(trx, placement.employerId, actor.organizationId);
      const site = placement.siteId
        ? await siteSummary(trx, placement.siteId, actor.organizationId)
        : undefined;
      const view = placementViewOf(
        placement,
        employer ? { id: employer.id, name: employer.name, siae: employer.siae } : null,
        site ? { id: site.id, name: site.name } : null,
        name(placement.escoId, holder.sex ?? undefined) ?? null,
        today,
        endAlertDays,
      );
      items.push({ ...view, fromMergedFile: reads.originOf(holder.id) });
    }
  }
  // The repository's order (the latest start first), across files.
  items.sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id.localeCompare(a.id));
  for (const { person: holder, placements } of files) {
    const kept = holder.id === person.id;
    if (!kept && placements.length === 0) continue;
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.list',
      resourceType: 'person',
      resourceId: holder.id,
      personId: holder.id,
      requestId: ctx.requestId,
      details: kept ? { count: placements.length } : { count: placements.length, via: 'kept_file' },
    });
  }
  return { items, endAlertDays };
});
