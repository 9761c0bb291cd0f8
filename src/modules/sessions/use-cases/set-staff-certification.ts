import { z } from 'zod';
import { staffCertificationBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { staffTrainingRepository } from '../adapters/staff-training-repository.js';
import { certificationRoles } from './session-access.js';

/**
 * Sets (or changes) what the organization's staff must accumulate, and over how many months. Staff set
 * their own organization's; the platform itself (demo loader, command line) names the organization.
 */
export const setStaffCertification = defineUseCase(
  z.intersection(staffCertificationBody, z.object({ organizationId: z.uuid().optional() })),
  async ({ input, ctx, trx, now, audit }) => {
    const { organizationId: named, ...certification } = input;
    let organizationId: string;
    if (ctx.system && named) organizationId = named;
    else {
      const actor = requireActor(ctx);
      requireRole(actor, certificationRoles);
      organizationId = actor.organizationId;
    }
    await staffTrainingRepository(trx).saveCertification({
      organizationId,
      ...certification,
      updatedBy: ctx.actor?.userId ?? null,
      now,
    });
    await audit.record({
      actorUserId: ctx.actor?.userId ?? null,
      organizationId,
      subjectOrganizationId: organizationId,
      action: 'session.certification_set',
      resourceType: 'staff_certification',
      resourceId: organizationId,
      requestId: ctx.requestId,
      details: { fields: Object.keys(certification) },
    });
    return { saved: true as const };
  },
);
