import { z } from 'zod';
import { missedHoursBody } from '../../../contracts/immersions.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { missedHoursRefusals } from '../domain/immersion-rules.js';
import { immersionErrors } from '../errors.js';
import { immersionActor, visibleImmersion } from './immersion-access.js';
import { recordImmersionChange } from './immersion-events.js';
import { immersionFacts, immersionViews } from './immersion-views.js';

const input = missedHoursBody.extend({ immersionId: z.uuid() });

/**
 * Hours the person missed on a day of the immersion (in quarters of an hour): a day that has come, in
 * the organization's time zone, and never more in all than the planned hours. Audited (hours, not the
 * reason) and on the person's timeline.
 */
export const recordMissedHours = defineUseCase(
  input,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = immersionActor(ctx);
    const immersion = await visibleImmersion(trx, actor, input.immersionId, true);
    const facts = await immersionFacts(trx, immersion);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const minutes = Math.round(input.hours * 60);
    const refusals = missedHoursRefusals(
      {
        ...facts,
        startsOn: immersion.startsOn,
        endsOn: immersion.endsOn,
        plannedHours: immersion.plannedHours,
        today,
      },
      { onDay: input.onDay, minutes },
    );
    if (refusals.some((r) => r.code === 'assessed')) throw immersionErrors.assessed();
    if (refusals.length > 0) throw immersionErrors.missedHoursRefused(undefined, refusals);
    await immersionsRepository(trx).insertMissedHours(
      immersion,
      { id: newId(), onDay: input.onDay, minutes, reason: input.reason ?? null },
      actor.userId,
      now,
    );
    const employer = await employerSummary(trx, immersion.employerId, actor.organizationId);
    await recordImmersionChange({ audit, timeline, ctx }, actor, immersion, {
      kind: 'immersion.missed_hours',
      ...onDay(input.onDay),
      employerName: employer?.name ?? '—',
      data: { hours: input.hours },
      details: { minutes, withReason: Boolean(input.reason) },
    });
    const [view] = await immersionViews(trx, actor.organizationId, [immersion], today);
    return view!;
  },
);
