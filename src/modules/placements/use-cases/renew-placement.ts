import { z } from 'zod';
import { renewalBody } from '../../../contracts/placements.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { plannedEndAfterRenewals, renewalRefusal } from '../domain/contract-rules.js';
import { placementErrors } from '../errors.js';
import { placementActor, requirePlacement } from './placement-access.js';
import { publishPlacementEvent } from './placement-timeline.js';

/**
 * A fixed-term contract renewed to a later planned end, as agreed on a day while it ran (French law:
 * a CDD at most twice and 18 months in all, an insertion contract 24 months). The end alert moves to
 * the new term.
 */
export const renewPlacement = defineUseCase(
  renewalBody.extend({ placementId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = placementActor(ctx, true);
    const placement = await requirePlacement(trx, actor, input.placementId, true);
    const refusal = renewalRefusal(placement, input);
    if (refusal)
      throw placementErrors.changeRefused({ code: refusal.code }, [
        { path: `body.${refusal.field}`, code: refusal.code },
      ]);
    const previousEndOn = plannedEndAfterRenewals(placement) as string;
    const id = newId();
    await placementsRepository(trx).insertRenewal(
      {
        id,
        placementId: placement.id,
        organizationId: placement.organizationId,
        previousEndOn,
        newEndOn: input.newEndOn,
        decidedOn: input.decidedOn,
      },
      actor.userId,
      now,
    );
    const employer = await employerSummary(trx, placement.employerId, actor.organizationId);
    await publishPlacementEvent(timeline, placement, {
      kind: 'placement.renewed',
      on: input.decidedOn,
      employerName: employer?.name ?? '',
      recordedBy: actor.userId,
      until: input.newEndOn,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.renew',
      resourceType: 'placement',
      resourceId: placement.id,
      personId: placement.personId,
      requestId: ctx.requestId,
      details: { renewals: placement.renewals.length + 1 },
    });
    return { id: placement.id, endsOn: input.newEndOn };
  },
);
