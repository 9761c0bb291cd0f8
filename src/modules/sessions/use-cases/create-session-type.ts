import { sessionTypeBody } from '../../../contracts/sessions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionOrganizerRoles } from './session-access.js';

/** A kind of session in the organization's catalog: its audience, length, capacity, mode and attestation rule. */
export const createSessionType = defineUseCase(
  sessionTypeBody,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionOrganizerRoles);
    const repo = sessionsRepository(trx);
    if (await repo.typeCodeTaken(actor.organizationId, input.code))
      throw sessionErrors.typeCodeTaken({ code: input.code });
    const id = newId();
    await repo.insertType(
      {
        id,
        organization_id: actor.organizationId,
        code: input.code,
        name_fr: input.nameFr,
        name_en: input.nameEn,
        kind: input.kind,
        audience: input.audience,
        language: input.language,
        duration_minutes: input.durationMinutes,
        capacity: input.capacity ?? null,
        mode: input.mode,
        attestation_rule: input.attestationRule ?? null,
        training_points: input.trainingPoints,
        active: true,
      },
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'session_type.create',
      resourceType: 'session_type',
      resourceId: id,
      requestId: ctx.requestId,
      details: { kind: input.kind, audience: input.audience },
    });
    return { id };
  },
);
