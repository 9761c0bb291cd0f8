import { z } from 'zod';
import { earlyEndBody } from '../../../contracts/placements.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { earlyEndRefusal } from '../domain/contract-rules.js';
import { placementErrors } from '../errors.js';
import { placementActor, requirePlacement } from './placement-access.js';
import { publishPlacementEvent } from './placement-timeline.js';

/**
 * A contract that ended before its term (or an open-ended one that ended), with its coded reason:
 * hired elsewhere and a training are the exits the programs count as positive. Once.
 */
export const endPlacementEarly = defineUseCase(
  earlyEndBody.extend({ placementId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = placementActor(ctx, true);
    const placement = await requirePlacement(trx, actor, input.placementId, true);
    const refusal = earlyEndRefusal(placement, input.endedOn);
    if (refusal)
      throw placementErrors.changeRefused({ code: refusal.code }, [
        { path: `body.${refusal.field}`, code: refusal.code },
      ]);
    await placementsRepository(trx).endEarly(placement.id, input.endedOn, input.reason, now);
    const employer = await employerSummary(trx, placement.employerId, actor.organizationId);
    await publishPlacementEvent(timeline, placement, {
      kind: 'placement.ended_early',
      on: input.endedOn,
      employerName: employer?.name ?? '',
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.end_early',
      resourceType: 'placement',
      resourceId: placement.id,
      personId: placement.personId,
      requestId: ctx.requestId,
      details: { reason: input.reason },
    });
    return { id: placement.id, endsOn: input.endedOn };
  },
);
