import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationNamer } from '../../reference/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { endAlertDaysOf, placementActor, requirePerson } from './placement-access.js';
import { placementViewOf } from './placement-views.js';

const input = z.object({ personId: z.uuid(), lang: z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en') });

/**
 * A person's hires and contracts, the latest start first, each with its state and end alert for
 * today in the organization's time zone. A read of the person's file: audited.
 */
export const listPersonPlacements = defineUseCase(input, async ({ input, ctx, trx, now, audit }) => {
  const actor = placementActor(ctx, false);
  const person = await requirePerson(trx, actor, input.personId);
  const placements = await placementsRepository(trx).ofPerson(actor.organizationId, person.id);
  const [today, endAlertDays, name] = await Promise.all([
    organizationsApi(trx).todayOf(actor.organizationId, now),
    endAlertDaysOf(trx, actor.organizationId),
    occupationNamer(
      trx,
      placements.map((p) => p.escoId),
      input.lang,
    ),
  ]);
  const items = [];
  for (const placement of placements) {
    const employer = await employerSummary(trx, placement.employerId, actor.organizationId);
    const site = placement.siteId
      ? await siteSummary(trx, placement.siteId, actor.organizationId)
      : undefined;
    items.push(
      placementViewOf(
        placement,
        employer ? { id: employer.id, name: employer.name, siae: employer.siae } : null,
        site ? { id: site.id, name: site.name } : null,
        name(placement.escoId, person.sex ?? undefined) ?? null,
        today,
        endAlertDays,
      ),
    );
  }
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'placement.list',
    resourceType: 'person',
    resourceId: person.id,
    personId: person.id,
    requestId: ctx.requestId,
    details: { count: items.length },
  });
  return { items, endAlertDays };
});
