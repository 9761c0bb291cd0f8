import { z } from 'zod';
import { hasRole, requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { anonymizationRoles, privacyExportRoles, restrictionRoles } from '../domain/privacy-roles.js';
import { followedPersonState, stateView } from './privacy-access.js';

/** Whether the person's processing is restricted or their file anonymized, and what the actor may do. */
export const getPrivacyState = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, privacyExportRoles);
    const state = await followedPersonState(trx, actor, input.personId);
    const anonymized = state.anonymizedAt !== null;
    return {
      ...stateView(state),
      restrictionReason: state.restrictionReason,
      may: {
        export: true,
        restrict: !anonymized && hasRole(actor, restrictionRoles),
        anonymize: !anonymized && hasRole(actor, anonymizationRoles),
      },
    };
  },
);
