import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import { enqueueJob, type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import { dayInZone, nextDay } from '../../core/time-zone.js';
import type { Deps } from '../../core/use-case.js';
import { accountsApi } from '../accounts/api.js';
import { organizationsApi } from '../organizations/api.js';
import { reminderContact } from '../people/api.js';
import { appointmentIcs } from './adapters/appointment-ics.js';
import { type AppointmentRecord, appointmentsRepository } from './adapters/appointments-repository.js';
import { type AppointmentMailData, appointmentMail } from './appointment-mail.js';

export const appointmentMailKind = 'follow-up.send-appointment';
export const appointmentReminderSweepKind = 'follow-up.reminder-sweep';
export const appointmentReminderKind = 'follow-up.send-reminder';
const sweepHourUtc = 7;

/**
 * Enqueued in the transaction of the change (scheduling, moving, cancelling): the message leaves only
 * if the change committed, once per version (`sequence`) of the appointment.
 */
export async function enqueueAppointmentMail(
  db: Executor,
  newId: () => string,
  version: { appointmentId: string; sequence: number },
  now: Date,
) {
  await enqueueJob(db, {
    id: newId(),
    kind: appointmentMailKind,
    payload: { appointmentId: version.appointmentId, sequence: version.sequence },
    runAt: now,
    now,
    dedupeKey: `${appointmentMailKind}:${version.appointmentId}:${version.sequence}`,
  });
}

export async function scheduleAppointmentReminderSweep(
  deps: Deps,
  day = deps.clock.now().toISOString().slice(0, 10),
) {
  return scheduleDailyJob(deps, appointmentReminderSweepKind, sweepHourUtc, day);
}

interface Recipient {
  email: string;
  name: string;
  locale: 'fr' | 'en';
}

/** Staff participants, partners with an address and the person when they have one. */
async function recipientsOf(db: Executor, appointment: AppointmentRecord) {
  const [participants, organization, person] = await Promise.all([
    appointmentsRepository(db).participantsOf([appointment.id]),
    organizationsApi(db).findOrganization(appointment.organizationId),
    reminderContact(db, appointment.personId, appointment.organizationId),
  ]);
  const staffLocale: 'fr' | 'en' = organization?.defaultLocale === 'en' ? 'en' : 'fr';
  const mailboxes = await accountsApi(db).mailboxes(
    participants.flatMap((p) => (p.kind === 'staff' ? [p.userId] : [])),
  );
  const recipients: Recipient[] = [...mailboxes.values()].map((m) => ({
    email: m.email,
    name: m.displayName,
    locale: staffLocale,
  }));
  for (const p of participants)
    if (p.kind === 'partner' && p.email)
      recipients.push({ email: p.email, name: p.name, locale: staffLocale });
  if (person?.email)
    recipients.push({
      email: person.email,
      name: person.givenName,
      locale:
        person.preferredLanguage === 'en' ? 'en' : person.preferredLanguage === 'fr' ? 'fr' : staffLocale,
    });
  return {
    recipients,
    organizationName: organization?.name ?? 'Passerelle',
    zone: { timeZone: organization?.timeZone ?? 'UTC', country: organization?.country ?? null },
    personEmailOnFile: Boolean(person?.email),
  };
}

async function whereOf(db: Executor, appointment: AppointmentRecord): Promise<string | null> {
  if (appointment.mode === 'video') return appointment.meetingLink;
  if (appointment.mode === 'phone') return null;
  if (!appointment.siteId) return appointment.place;
  const site = (await organizationsApi(db).listSites(appointment.organizationId)).find(
    (s) => s.id === appointment.siteId,
  );
  return site ? [site.name, site.address, site.city].filter(Boolean).join(', ') : appointment.place;
}

/** Sends the version of the appointment the job names; a newer version has its own job. */
async function sendAppointment(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const appointment = await appointmentsRepository(trx).find(String(payload.appointmentId));
    if (!appointment || appointment.sequence !== Number(payload.sequence)) return;
    if (appointment.status === 'held' || appointment.status === 'missed') return;
    // Recorded after the fact (an appointment already over): nobody needs it in their calendar.
    if (appointment.startsAt.getTime() + appointment.durationMinutes * 60_000 < now.getTime()) return;
    const { recipients, organizationName, zone, personEmailOnFile } = await recipientsOf(trx, appointment);
    await audit(trx, deps, now, appointment, 'appointment.invitation', recipients.length, personEmailOnFile);
    const where = await whereOf(trx, appointment);
    const host = new URL(deps.publicUrl).hostname || 'passerelle.local';
    const cancelled = appointment.status === 'cancelled';
    const kind: AppointmentMailData['kind'] = cancelled
      ? 'cancellation'
      : appointment.sequence > 0
        ? 'update'
        : 'invitation';
    for (const recipient of recipients) {
      const mail = mailFor(recipient, kind, appointment, { organizationName, ...zone }, where);
      const ics = appointmentIcs({
        appointmentId: appointment.id,
        uidDomain: host,
        sequence: appointment.sequence,
        method: cancelled ? 'CANCEL' : 'REQUEST',
        title: mail.subject,
        description: mail.text,
        startsAt: appointment.startsAt.toISOString(),
        durationMinutes: appointment.durationMinutes,
        location: appointment.mode === 'in_person' ? where : null,
        url: appointment.meetingLink,
        organizerName: organizationName,
        organizerEmail: `no-reply@${host}`,
        attendeeName: recipient.name,
        attendeeEmail: recipient.email,
        stamp: now.toISOString(),
      });
      await deps.mailer.send({
        ...mail,
        to: recipient.email,
        organizationId: appointment.organizationId,
        attachments: [
          {
            filename: cancelled ? 'cancellation.ics' : 'invitation.ics',
            contentType: `text/calendar; method=${cancelled ? 'CANCEL' : 'REQUEST'}; charset=utf-8`,
            content: ics,
          },
        ],
      });
    }
  });
}

function mailFor(
  recipient: Recipient,
  kind: AppointmentMailData['kind'],
  appointment: AppointmentRecord,
  organization: { organizationName: string; timeZone: string; country: string | null },
  where: string | null,
) {
  return appointmentMail({
    kind,
    locale: recipient.locale,
    name: recipient.name,
    ...organization,
    mode: appointment.mode,
    startsAt: appointment.startsAt,
    durationMinutes: appointment.durationMinutes,
    where,
  });
}

/**
 * Every morning: one reminder job per appointment still scheduled for the next day of its
 * organization's time zone (in Montréal an appointment at 20:00 tomorrow is 01:00 the day after in UTC).
 */
async function sweepReminders(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000);
  await deps.db.transaction().execute(async (trx) => {
    // Two days wide: every zone's tomorrow lies within; each row is kept by its organization's.
    const candidates = await appointmentsRepository(trx).scheduledBetween(
      now,
      new Date(now.getTime() + 2 * 86_400_000),
    );
    const organizationIds = [...new Set(candidates.map((c) => c.organizationId))];
    const zones = new Map(
      (await organizationsApi(trx).listOrganizations(organizationIds)).map((o) => [o.id, o.timeZone]),
    );
    const due = candidates.filter((row) => {
      const zone = zones.get(row.organizationId) ?? 'UTC';
      return dayInZone(row.startsAt, zone) === nextDay(dayInZone(now, zone));
    });
    for (const row of due) {
      await enqueueJob(trx, {
        id: deps.newId(),
        kind: appointmentReminderKind,
        payload: { appointmentId: row.id, startsAt: row.startsAt.toISOString() },
        runAt: now,
        now,
        dedupeKey: `${appointmentReminderKind}:${row.id}:${row.startsAt.toISOString()}`,
      });
    }
  });
  await scheduleAppointmentReminderSweep(deps, tomorrow.toISOString().slice(0, 10));
}

async function sendReminder(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const appointment = await appointmentsRepository(trx).find(String(payload.appointmentId));
    // Moved, cancelled or already past since the sweep: the reminder would be wrong.
    if (
      appointment?.status !== 'scheduled' ||
      appointment.startsAt.toISOString() !== payload.startsAt ||
      appointment.startsAt.getTime() < now.getTime()
    )
      return;
    const { recipients, organizationName, zone, personEmailOnFile } = await recipientsOf(trx, appointment);
    await audit(trx, deps, now, appointment, 'appointment.reminder', recipients.length, personEmailOnFile);
    const where = await whereOf(trx, appointment);
    for (const recipient of recipients)
      await deps.mailer.send({
        ...mailFor(recipient, 'reminder', appointment, { organizationName, ...zone }, where),
        to: recipient.email,
        organizationId: appointment.organizationId,
      });
  });
}

/** Reading the person's address is a read of their file. */
async function audit(
  trx: Executor,
  deps: Deps,
  now: Date,
  appointment: AppointmentRecord,
  action: string,
  recipients: number,
  personEmailOnFile: boolean,
) {
  await auditWriter(trx, () => now, deps.newId).record({
    actorUserId: null,
    organizationId: null,
    subjectOrganizationId: appointment.organizationId,
    action,
    resourceType: 'appointment',
    resourceId: appointment.id,
    personId: appointment.personId,
    requestId: `job:${action}`,
    details: { recipients, personEmailOnFile },
  });
}

export const followUpJobHandlers: JobHandlers = {
  [appointmentMailKind]: sendAppointment,
  [appointmentReminderSweepKind]: sweepReminders,
  [appointmentReminderKind]: sendReminder,
};
