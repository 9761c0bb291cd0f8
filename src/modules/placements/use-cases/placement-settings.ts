import { z } from 'zod';
import { placementSettingsBody } from '../../../contracts/placements.js';
import { hasRole, requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { placementsRepository } from '../adapters/placements-repository.js';
import { placementReadRoles, placementSettingsRoles } from '../domain/vocabulary.js';
import { endAlertDaysOf } from './placement-access.js';

/** How many days before a contract's end the organization's referents are alerted (30 unless set). */
export const getPlacementSettings = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, placementReadRoles);
  return {
    endAlertDays: await endAlertDaysOf(trx, actor.organizationId),
    mayChange: hasRole(actor, placementSettingsRoles),
  };
});

/** Set by administrators and coordinators; the next daily sweep and the caseload use it. Audited. */
export const changePlacementSettings = defineUseCase(
  placementSettingsBody,
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, placementSettingsRoles);
    await placementsRepository(trx).setEndAlertDays(
      actor.organizationId,
      input.endAlertDays,
      actor.userId,
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'placement.settings.change',
      resourceType: 'organization',
      resourceId: actor.organizationId,
      requestId: ctx.requestId,
      details: { endAlertDays: input.endAlertDays },
    });
    return { endAlertDays: input.endAlertDays, mayChange: true };
  },
);
