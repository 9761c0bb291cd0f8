/** The sessions module's part in the person's rights (export, anonymization, retention). */
import type { Executor } from '../../core/db/types.js';
import { sessionsPersonDataRepository } from './adapters/person-data-repository.js';

/** The person's collective sessions, their attendance marks, attestations and sign-up requests. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const data = await sessionsPersonDataRepository(db).sessions(organizationId, personId);
  return {
    enrolments: data.enrolments.map((e) => ({
      id: e.id,
      seriesId: e.seriesId,
      seriesTitle: e.seriesTitle,
      status: e.status,
      requestedAt: e.requestedAt.toISOString(),
      statusChangedAt: e.statusChangedAt.toISOString(),
      attendance: data.attendance
        .filter((a) => a.enrolmentId === e.id)
        .map((a) => ({
          meetingStartsAt: a.startsAt.toISOString(),
          durationMinutes: a.durationMinutes,
          mark: a.mark,
          minutesMissed: a.minutesMissed,
        })),
      attestations: data.attestations
        .filter((a) => a.enrolmentId === e.id)
        .map((a) => ({
          verificationCode: a.verificationCode,
          issuedOn: a.issuedOn,
          attendedMinutes: a.attendedMinutes,
          scheduledMinutes: a.scheduledMinutes,
          superseded: a.supersededAt !== null,
        })),
    })),
    signupRequests: data.signupRequests.map((r) => ({
      ...r,
      consentGivenAt: r.consentGivenAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/**
 * Enrolments, marks and attestations stay as they are (they name nobody and every figure counts
 * them); the person's sign-up requests lose name, e-mail and phone. Returns the requests changed.
 */
export function anonymizePersonData(
  db: Executor,
  organizationId: string,
  personId: string,
  pseudonym: string,
) {
  return sessionsPersonDataRepository(db).anonymizeSignupRequests(
    { organizationId, personId },
    () => pseudonym,
  );
}

/** Sign-up requests never accepted and older than `before` lose name, e-mail and phone; returns how many. */
export function anonymizeStaleSignupRequests(db: Executor, organizationId: string, before: Date) {
  return sessionsPersonDataRepository(db).anonymizeSignupRequests(
    { organizationId, notAcceptedBefore: before },
    (id) => `ANON ${id.replaceAll('-', '').slice(-8).toUpperCase()}`,
  );
}
