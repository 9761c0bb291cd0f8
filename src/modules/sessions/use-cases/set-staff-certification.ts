import { staffCertificationBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { staffTrainingRepository } from '../adapters/staff-training-repository.js';
import { certificationRoles } from './session-access.js';

/** Sets (or changes) what the organization's staff must accumulate, and over how many months. */
export const setStaffCertification = defineUseCase(
  staffCertificationBody,
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, certificationRoles);
    await staffTrainingRepository(trx).saveCertification({
      organizationId: actor.organizationId,
      ...input,
      updatedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session.certification_set',
      resourceType: 'staff_certification',
      resourceId: actor.organizationId,
      requestId: ctx.requestId,
      details: { fields: Object.keys(input) },
    });
    return { saved: true as const };
  },
);
