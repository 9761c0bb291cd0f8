import { z } from 'zod';
import { suspensionBody } from '../../../contracts/placements.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { suspensionRefusal } from '../domain/contract-rules.js';
import { placementErrors } from '../errors.js';
import { placementActor, requirePlacement } from './placement-access.js';
import { publishPlacementEvent } from './placement-timeline.js';

/**
 * A period when the contract is suspended (an immersion elsewhere, a sick leave, a training), within
 * the contract and overlapping no other; its term does not move.
 */
export const suspendPlacement = defineUseCase(
  suspensionBody.extend({ placementId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = placementActor(ctx, true);
    const placement = await requirePlacement(trx, actor, input.placementId, true);
    const refusal = suspensionRefusal(placement, input);
    if (refusal)
      throw placementErrors.changeRefused({ code: refusal.code }, [
        { path: `body.${refusal.field}`, code: refusal.code },
      ]);
    const id = newId();
    await placementsRepository(trx).insertSuspension(
      {
        id,
        placementId: placement.id,
        organizationId: placement.organizationId,
        fromOn: input.fromOn,
        toOn: input.toOn,
        reason: input.reason,
      },
      actor.userId,
      now,
    );
    const employer = await employerSummary(trx, placement.employerId, actor.organizationId);
    await publishPlacementEvent(timeline, placement, {
      kind: 'placement.suspended',
      on: input.fromOn,
      employerName: employer?.name ?? '',
      recordedBy: actor.userId,
      until: input.toOn,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.suspend',
      resourceType: 'placement',
      resourceId: placement.id,
      personId: placement.personId,
      requestId: ctx.requestId,
      details: { suspensions: placement.suspensions.length + 1 },
    });
    return { id };
  },
);
