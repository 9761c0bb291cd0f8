import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { attestationsRepository } from '../adapters/sessions-repository.js';
import { decideAttestation } from '../domain/attestation-rule.js';
import { sessionErrors } from '../errors.js';
import { participantTotals } from './participant-totals.js';
import { sessionStaffRoles, visibleEnrolment } from './session-access.js';
import { publishSessionEvent } from './session-timeline.js';

// No 0/O, 1/I/L: a code read aloud on the phone or typed from paper is not mistaken.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newVerificationCode(): string {
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/**
 * Issues the attestation when the rule grants it. Issuing again with the same hours returns the one in
 * force; after a correction of attendance the old code is superseded and a new one issued — never two
 * in force for one participant.
 */
export const issueAttestation = defineUseCase(
  z.object({ enrolmentId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const { enrolment, series } = await visibleEnrolment(trx, actor, input.enrolmentId);
    if (!series.attestationRule) throw sessionErrors.noAttestation();
    const { totals, meetingsToCome } = await participantTotals(trx, series.id, enrolment.id, now);
    const decision = decideAttestation(series.attestationRule, totals, meetingsToCome);
    if (decision.outcome !== 'granted') throw sessionErrors.attestationNotGranted({}, decision);
    const current = await sessionsReadRepository(trx).currentAttestation(enrolment.id);
    if (
      current &&
      current.attendedMinutes === decision.attendedMinutes &&
      current.scheduledMinutes === decision.scheduledMinutes
    ) {
      return { code: current.code, issuedOn: current.issuedOn, reissued: false };
    }
    const attestations = attestationsRepository(trx);
    if (current) await attestations.supersede(enrolment.id, now);
    const code = newVerificationCode();
    // Dated today where the organization running the session works, not in UTC.
    const issuedOn = await organizationsApi(trx).todayOf(series.organizationId, now);
    await attestations.insert({
      id: newId(),
      enrolmentId: enrolment.id,
      organizationId: series.organizationId,
      code,
      issuedOn,
      attendedMinutes: decision.attendedMinutes,
      scheduledMinutes: decision.scheduledMinutes,
      now,
    });
    await publishSessionEvent(
      timeline,
      { ...enrolment, enrolmentId: enrolment.id },
      {
        kind: current ? 'session.attestation_reissued' : 'session.attestation_issued',
        occurredAt: now,
        resourceType: 'session_enrolment',
        resourceId: enrolment.id,
        data: { title: series.title, minutes: decision.attendedMinutes },
        recordedBy: actor.userId,
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: enrolment.participantOrganizationId,
      action: current ? 'session.attestation_reissue' : 'session.attestation_issue',
      resourceType: 'session_enrolment',
      resourceId: enrolment.id,
      personId: enrolment.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return { code, issuedOn, reissued: Boolean(current) };
  },
);
