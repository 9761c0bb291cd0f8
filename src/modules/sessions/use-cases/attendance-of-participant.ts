import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { decideAttestation } from '../domain/attestation-rule.js';
import { participantTotals } from './participant-totals.js';
import { sessionStaffRoles, visibleEnrolment } from './session-access.js';

/** A participant's hours in a series and, when the series grants one, where their attestation stands. */
export const attendanceOfParticipant = defineUseCase(
  z.object({ enrolmentId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const { enrolment, series } = await visibleEnrolment(trx, actor, input.enrolmentId);
    const { totals, meetingsToCome } = await participantTotals(trx, series.id, enrolment.id, now);
    const issued = await sessionsReadRepository(trx).currentAttestation(enrolment.id);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: enrolment.participantOrganizationId,
      action: 'session.attendance_read',
      resourceType: 'session_enrolment',
      resourceId: enrolment.id,
      personId: enrolment.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return {
      totals,
      meetingsToCome,
      attestation: series.attestationRule
        ? decideAttestation(series.attestationRule, totals, meetingsToCome)
        : null,
      issued: issued ? { code: issued.code, issuedOn: issued.issuedOn } : null,
    };
  },
);
