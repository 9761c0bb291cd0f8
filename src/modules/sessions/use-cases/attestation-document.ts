import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { renderAttestationPdf } from '../adapters/attestation-pdf.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';
import { sessionStaffRoles, visibleEnrolment } from './session-access.js';

const kindLabels: Record<string, { fr: string; en: string }> = {
  workshop: { fr: 'Atelier', en: 'Workshop' },
  language_class: { fr: 'Cours de langue', en: 'Language class' },
  info_session: { fr: "Séance d'information", en: 'Information session' },
  staff_training: { fr: 'Formation des professionnels', en: 'Staff training' },
  job_club: { fr: 'Club emploi', en: 'Job club' },
};

/** The attestation in force as a PDF in French or English, with its verification code and QR code. */
export const attestationDocument = defineUseCase(
  z.object({ enrolmentId: z.uuid(), locale: z.enum(['fr', 'en']).optional() }),
  async ({ input, ctx, trx, deps, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const { enrolment, series } = await visibleEnrolment(trx, actor, input.enrolmentId);
    const attestation = await sessionsReadRepository(trx).currentAttestation(enrolment.id);
    if (!attestation || !series.attestationRule) throw sessionErrors.attestationNotFound();
    const locale = input.locale ?? (ctx.locale === 'fr' ? 'fr' : 'en');
    const repo = sessionsRepository(trx);
    const [type, meetings, organizations, person, staffNames] = await Promise.all([
      repo.findType(series.sessionTypeId),
      repo.meetingsOf(series.id),
      organizationsApi(trx).listOrganizations([series.organizationId]),
      enrolment.personId
        ? personSummary(trx, enrolment.personId, enrolment.participantOrganizationId)
        : undefined,
      accountsApi(trx).displayNames(enrolment.userId ? [enrolment.userId] : []),
    ]);
    const held = meetings.filter((m) => m.status !== 'cancelled');
    // The meetings' days where the organization running them works (20:00 in Montréal is not tomorrow).
    const zone = organizations[0]?.timeZone ?? DEFAULT_TIME_ZONE;
    const name = person
      ? `${person.givenName} ${person.familyName}`
      : enrolment.userId
        ? (staffNames.get(enrolment.userId) ?? '')
        : '';
    const pdf = await renderAttestationPdf({
      locale,
      participantName: name,
      sessionTitle: series.title,
      sessionKindLabel: kindLabels[type?.kind ?? '']?.[locale] ?? series.title,
      organizationName: organizations[0]?.name ?? '',
      firstMeetingOn: held[0] ? dayInZone(held[0].startsAt, zone) : attestation.issuedOn,
      lastMeetingOn: held.at(-1) ? dayInZone(held.at(-1)!.startsAt, zone) : attestation.issuedOn,
      attendedMinutes: attestation.attendedMinutes,
      scheduledMinutes: attestation.scheduledMinutes,
      minAttendancePercent: series.attestationRule.minAttendancePercent,
      verificationCode: attestation.code,
      verificationUrl: `${deps.publicUrl}/verify/${attestation.code}`,
      issuedOn: attestation.issuedOn,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: enrolment.participantOrganizationId,
      action: 'session.attestation_print',
      resourceType: 'session_enrolment',
      resourceId: enrolment.id,
      personId: enrolment.personId,
      requestId: ctx.requestId,
      details: { locale },
    });
    return { filename: `attestation-${attestation.code}-${locale}.pdf`, pdf };
  },
);
