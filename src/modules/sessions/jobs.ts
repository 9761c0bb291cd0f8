import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import { enqueueJob, type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { dayInZone, nextDay } from '../../core/time-zone.js';
import type { Deps } from '../../core/use-case.js';
import { accountsApi } from '../accounts/api.js';
import { organizationsApi } from '../organizations/api.js';
import { reminderContact } from '../people/api.js';
import { invitationIcs } from './adapters/invitation-ics.js';
import { upcomingMeetingsBetween } from './adapters/sessions-read-repository.js';
import { sessionsRepository } from './adapters/sessions-repository.js';
import { sessionMail } from './session-mail.js';
import { signupJobHandlers } from './signup-jobs.js';

export const invitationKind = 'sessions.send-invitation';
export const reminderSweepKind = 'sessions.reminder-sweep';
export const reminderKind = 'sessions.send-reminder';
const sweepHourUtc = 7;

/** Enqueued in the enrolment's transaction: the invitation leaves only if the seat was really taken. */
export async function enqueueInvitation(
  db: Executor,
  deps: Pick<Deps, 'newId'>,
  enrolmentId: string,
  now: Date,
) {
  await enqueueJob(db, {
    id: deps.newId(),
    kind: invitationKind,
    payload: { enrolmentId },
    runAt: now,
    now,
    dedupeKey: `${invitationKind}:${enrolmentId}:${now.toISOString()}`,
  });
}

export async function scheduleSessionReminderSweep(
  deps: Deps,
  day = deps.clock.now().toISOString().slice(0, 10),
) {
  return scheduleDailyJob(deps, reminderSweepKind, sweepHourUtc, day);
}

interface Recipient {
  email: string;
  name: string;
  locale: 'fr' | 'en';
}

async function recipientOf(
  db: Executor,
  enrolment: { personId: string | null; userId: string | null; participantOrganizationId: string },
): Promise<Recipient | null> {
  if (enrolment.personId) {
    const contact = await reminderContact(db, enrolment.personId, enrolment.participantOrganizationId);
    return contact?.email
      ? {
          email: contact.email,
          name: contact.givenName,
          locale: contact.preferredLanguage === 'fr' ? 'fr' : 'en',
        }
      : null;
  }
  const mailbox = enrolment.userId
    ? (await accountsApi(db).mailboxes([enrolment.userId])).get(enrolment.userId)
    : undefined;
  return mailbox ? { email: mailbox.email, name: mailbox.displayName, locale: 'fr' } : null;
}

/** Sends the series' calendar (.ics) to a seated participant who has an e-mail address. */
async function sendInvitation(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const repo = sessionsRepository(trx);
    const enrolment = await repo.findEnrolment(String(payload.enrolmentId));
    if (enrolment?.status !== 'enrolled') return;
    const [series, meetings, practical] = await Promise.all([
      repo.findSeries(enrolment.seriesId),
      repo.meetingsOf(enrolment.seriesId),
      repo.seriesPractical(enrolment.seriesId),
    ]);
    const recipient = await recipientOf(trx, enrolment);
    await audit(trx, deps, now, enrolment, 'session.invitation', recipient !== null);
    if (!series || !recipient) return;
    const ics = invitationIcs({
      uidDomain: new URL(deps.publicUrl).hostname || 'passerelle.local',
      organizerName: series.title,
      organizerEmail: `no-reply@${new URL(deps.publicUrl).hostname || 'passerelle.local'}`,
      attendeeName: recipient.name,
      attendeeEmail: recipient.email,
      title: series.title,
      description: practical?.presenter ?? series.title,
      location: practical?.place ?? null,
      url: practical?.meetingLink ?? null,
      meetings: meetings.map((m) => ({
        id: m.id,
        startsAt: m.startsAt.toISOString(),
        durationMinutes: m.durationMinutes,
        cancelled: m.status === 'cancelled',
        sequence: m.startsAt.getTime() === m.firstPlannedAt.getTime() ? 0 : 1,
      })),
      method: 'REQUEST',
      stamp: now.toISOString(),
    });
    await deps.mailer.send({
      ...sessionMail({
        kind: 'invitation',
        locale: recipient.locale,
        name: recipient.name,
        title: series.title,
        startsAt: meetings[0]?.startsAt ?? now,
        ...(await zoneOf(trx, series.organizationId)),
        link: practical?.meetingLink ?? null,
        place: practical?.place ?? null,
      }),
      to: recipient.email,
      organizationId: enrolment.participantOrganizationId,
      attachments: [
        {
          filename: 'invitation.ics',
          contentType: 'text/calendar; method=REQUEST; charset=utf-8',
          content: ics,
        },
      ],
    });
  });
}

/** Where the organizer works: its meetings' times are written in its time zone. */
async function zoneOf(db: Executor, organizationId: string) {
  const organization = await organizationsApi(db).findOrganization(organizationId);
  return { timeZone: organization?.timeZone ?? 'UTC', country: organization?.country ?? null };
}

/**
 * Every morning: one reminder job per seated participant of each meeting starting the next day, the
 * next day of the organizer's time zone (a Montréal meeting at 20:00 is tomorrow's there, not the
 * day after's as in UTC).
 */
async function sweepReminders(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000);
  await deps.db.transaction().execute(async (trx) => {
    // Two days wide: every zone's tomorrow lies within; each row is kept by its organizer's.
    const candidates = await upcomingMeetingsBetween(trx, now, new Date(now.getTime() + 2 * 86_400_000));
    const zones = new Map(
      (
        await organizationsApi(trx).listOrganizations([...new Set(candidates.map((c) => c.organizationId))])
      ).map((o) => [o.id, o.timeZone]),
    );
    const due = candidates.filter((row) => {
      const zone = zones.get(row.organizationId) ?? 'UTC';
      return dayInZone(row.startsAt, zone) === nextDay(dayInZone(now, zone));
    });
    for (const row of due) {
      await enqueueJob(trx, {
        id: deps.newId(),
        kind: reminderKind,
        payload: { meetingId: row.meetingId, enrolmentId: row.enrolmentId },
        runAt: now,
        now,
        dedupeKey: `${reminderKind}:${row.meetingId}:${row.enrolmentId}`,
      });
    }
  });
  await scheduleSessionReminderSweep(deps, new Date(tomorrow).toISOString().slice(0, 10));
}

async function sendReminder(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const repo = sessionsRepository(trx);
    const [enrolment, meeting] = await Promise.all([
      repo.findEnrolment(String(payload.enrolmentId)),
      repo.findMeeting(String(payload.meetingId)),
    ]);
    // Rescheduled, cancelled or withdrawn since the sweep: nothing to remind.
    if (
      enrolment?.status !== 'enrolled' ||
      meeting?.status !== 'scheduled' ||
      meeting.startsAt.getTime() < now.getTime()
    )
      return;
    const [series, practical] = await Promise.all([
      repo.findSeries(meeting.seriesId),
      repo.seriesPractical(meeting.seriesId),
    ]);
    const recipient = await recipientOf(trx, enrolment);
    await audit(trx, deps, now, enrolment, 'session.reminder', recipient !== null);
    if (!series || !recipient) return;
    await deps.mailer.send({
      ...sessionMail({
        kind: 'reminder',
        locale: recipient.locale,
        name: recipient.name,
        title: series.title,
        startsAt: meeting.startsAt,
        ...(await zoneOf(trx, series.organizationId)),
        link: practical?.meetingLink ?? null,
        place: practical?.place ?? null,
      }),
      to: recipient.email,
      organizationId: enrolment.participantOrganizationId,
    });
  });
}

async function audit(
  trx: Executor,
  deps: Deps,
  now: Date,
  enrolment: { id: string; personId: string | null; participantOrganizationId: string },
  action: string,
  emailOnFile: boolean,
) {
  await auditWriter(trx, () => now, deps.newId).record({
    actorUserId: null,
    organizationId: null,
    subjectOrganizationId: enrolment.participantOrganizationId,
    action,
    resourceType: 'session_enrolment',
    resourceId: enrolment.id,
    personId: enrolment.personId,
    requestId: `job:${action}`,
    details: { emailOnFile },
  });
}

export const sessionJobHandlers: JobHandlers = {
  [invitationKind]: sendInvitation,
  [reminderSweepKind]: sweepReminders,
  [reminderKind]: sendReminder,
  ...signupJobHandlers,
};
