import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peoplePrivacy } from '../../people/api.js';
import { restrictionRoles } from '../domain/privacy-roles.js';
import { privacyErrors } from '../errors.js';
import { followedPersonState, stateView } from './privacy-access.js';

const reason = z.string().trim().min(3).max(1000);

/**
 * Restricts the processing of the person's data (GDPR art. 18), e.g. while they contest its
 * accuracy: the file stays readable, every change to it is refused (whichever module would make it)
 * and the person leaves the caseload's lists, until the restriction is lifted.
 */
export const restrictProcessing = defineUseCase(
  z.object({ personId: z.uuid(), reason }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, restrictionRoles);
    const state = await followedPersonState(trx, actor, input.personId);
    if (state.anonymizedAt) throw privacyErrors.alreadyAnonymized();
    if (state.restrictedAt) throw privacyErrors.alreadyRestricted();
    await peoplePrivacy.setProcessingRestriction(trx, actor.organizationId, input.personId, {
      at: now,
      by: actor.userId,
      reason: input.reason,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.restrict',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { fields: ['restriction', 'reason'] },
    });
    return stateView({
      ...state,
      restrictedAt: now,
      restrictedBy: actor.userId,
      restrictionReason: input.reason,
    });
  },
);

/** Lifts the restriction: processing resumes and the person is back in the caseload's lists. */
export const liftRestriction = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, restrictionRoles);
    const state = await followedPersonState(trx, actor, input.personId);
    if (!state.restrictedAt) throw privacyErrors.notRestricted();
    await peoplePrivacy.setProcessingRestriction(trx, actor.organizationId, input.personId, null);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.restriction_lift',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { fields: ['restriction'] },
    });
    return stateView({ ...state, restrictedAt: null, restrictedBy: null, restrictionReason: null });
  },
);
