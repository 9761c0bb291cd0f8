import { auditWriter } from '../../../core/audit/audit-log.js';
import { dayBoundsInZone, dayInZone } from '../../../core/time-zone.js';
import type { Deps } from '../../../core/use-case.js';
import { followUpPersonData } from '../../follow-up/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { peoplePrivacy } from '../../people/api.js';
import { programsPersonData } from '../../programs/api.js';
import { sessionsPersonData } from '../../sessions/api.js';
import { retentionRepository } from '../adapters/retention-repository.js';
import { monthsBefore, pseudonymOf } from '../domain/retention.js';
import { anonymizeEverywhere, retentionJobUserId } from './anonymize-everywhere.js';

export interface RetentionCounts {
  organizationId: string;
  filesAnonymized: number;
  signupRequestsAnonymized: number;
  peopleWithNotesErased: number;
  notesErased: number;
}

/**
 * Anonymizes what has outlived each organization's retention periods, on `day` when given, else on
 * each organization's own today (its time zone: the nightly run at 02:00 UTC is still yesterday in
 * Louisville, and a period must not end a day early there). What is dated before the cut-off day's
 * midnight in the organization's zone has expired (in New York, a note of 22:00 on the eve of the
 * cut-off day, 02:00 UTC on the day itself, has expired): files of people
 * with no open enrolment whose last one ended before the period (or, never enrolled, whose file
 * was opened before it), sign-up requests never accepted, and the text of notes and closed
 * appointments. A restricted person is kept as they are (art. 18). Idempotent: what is anonymized
 * is no longer a candidate. One transaction and one audit entry (with counts) per organization.
 */
export async function applyRetention(deps: Deps, day?: string): Promise<RetentionCounts[]> {
  const policies = await retentionRepository(deps.db).allPolicies();
  const organizations = [...new Set(policies.map((p) => p.organizationId))];
  const results: RetentionCounts[] = [];
  for (const organizationId of organizations) {
    const now = deps.clock.now();
    const counts = await deps.db.transaction().execute(async (trx) => {
      const zone = await organizationsApi(trx).timeZoneOf(organizationId);
      const today = day ?? dayInZone(now, zone);
      const cutoffInstant = (cutoffDay: string) => dayBoundsInZone(cutoffDay, zone).start;
      const audit = auditWriter(trx, () => now, deps.newId);
      const result: RetentionCounts = {
        organizationId,
        filesAnonymized: 0,
        signupRequestsAnonymized: 0,
        peopleWithNotesErased: 0,
        notesErased: 0,
      };
      const monthsFor = (purpose: string) =>
        policies.find((p) => p.organizationId === organizationId && p.purpose === purpose)?.months;

      const fileMonths = monthsFor('person_files');
      if (fileMonths !== undefined) {
        const cutoff = monthsBefore(today, fileMonths);
        const opened = await peoplePrivacy.filesCreatedBefore(trx, organizationId, cutoffInstant(cutoff));
        const { expired, neverEnrolled } = await programsPersonData.enrolmentRetention(
          trx,
          organizationId,
          opened,
          cutoff,
        );
        for (const personId of [...expired, ...neverEnrolled].sort()) {
          const state = await peoplePrivacy.personPrivacyState(trx, organizationId, personId);
          if (!state || state.restrictedAt || state.anonymizedAt) continue;
          const changed = await anonymizeEverywhere(trx, deps.keyRing, organizationId, personId, {
            at: now,
            by: null,
            reason: `retention: person_files ${fileMonths} months`,
            pseudonym: pseudonymOf(deps.newId()),
          });
          await audit.record({
            actorUserId: null,
            organizationId: null,
            subjectOrganizationId: organizationId,
            action: 'person.anonymize',
            resourceType: 'person',
            resourceId: personId,
            personId,
            requestId: 'job:privacy.retention',
            details: { trigger: 'retention', months: fileMonths, counts: changed },
          });
          result.filesAnonymized += 1;
        }
      }

      const signupMonths = monthsFor('signup_requests');
      if (signupMonths !== undefined)
        result.signupRequestsAnonymized = await sessionsPersonData.anonymizeStaleSignupRequests(
          trx,
          organizationId,
          cutoffInstant(monthsBefore(today, signupMonths)),
        );

      const notesMonths = monthsFor('appointment_notes');
      if (notesMonths !== undefined) {
        const before = cutoffInstant(monthsBefore(today, notesMonths));
        for (const personId of await followUpPersonData.peopleWithNotesBefore(trx, organizationId, before)) {
          const state = await peoplePrivacy.personPrivacyState(trx, organizationId, personId);
          if (!state || state.restrictedAt) continue;
          await peoplePrivacy.overrideProcessingRestriction(trx);
          const erased = await followUpPersonData.eraseNotesBefore(trx, organizationId, personId, before);
          result.peopleWithNotesErased += 1;
          result.notesErased += erased.notes + erased.appointments;
        }
      }

      await audit.record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: organizationId,
        action: 'privacy.retention_applied',
        resourceType: 'organization',
        resourceId: organizationId,
        requestId: 'job:privacy.retention',
        details: {
          day: today,
          filesAnonymized: result.filesAnonymized,
          signupRequestsAnonymized: result.signupRequestsAnonymized,
          peopleWithNotesErased: result.peopleWithNotesErased,
          notesErased: result.notesErased,
        },
      });
      return result;
    });
    results.push(counts);
  }
  return results;
}

export { retentionJobUserId };
