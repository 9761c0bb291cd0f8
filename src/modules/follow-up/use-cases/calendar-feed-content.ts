import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { calendarFeedIcs, initialsOf } from '../adapters/calendar-feed-ics.js';

const dayMs = 86_400_000;
/** What a subscription shows: the last month (for notes to write) and the next six. */
const pastDays = 31;
const comingDays = 183;

const words = {
  fr: { appointment: 'Rendez-vous', phone: 'Téléphone', video: 'Visio', calendar: 'Passerelle — agenda' },
  en: { appointment: 'Appointment', phone: 'Phone', video: 'Video', calendar: 'Passerelle — agenda' },
} as const;

/**
 * The feed of a staff member of an organization, or undefined when they are no longer its member or
 * their account is deactivated. The summary carries the person's initials only, the location the
 * site or place (never a video link), and the URL leads back into Passerelle, behind its login.
 */
export async function feedOf(
  db: Executor,
  publicUrl: string,
  feed: { organizationId: string; userId: string },
  now: Date,
): Promise<{ ics: string; appointments: number; role: string } | undefined> {
  const organizations = organizationsApi(db);
  const [members, mailboxes, [organization]] = await Promise.all([
    organizations.staffOfOrganization(feed.organizationId),
    accountsApi(db).mailboxes([feed.userId]),
    organizations.listOrganizations([feed.organizationId]),
  ]);
  const member = members.find((m) => m.userId === feed.userId);
  if (!member || !mailboxes.has(feed.userId) || !organization) return undefined;
  const text = organization.defaultLocale.startsWith('fr') ? words.fr : words.en;
  const appointments = (
    await appointmentsRepository(db).ofStaffBetween(
      feed.organizationId,
      [feed.userId],
      new Date(now.getTime() - pastDays * dayMs),
      new Date(now.getTime() + comingDays * dayMs),
    )
  ).filter((a) => a.status !== 'cancelled');
  const people = new Map(
    await Promise.all(
      [...new Set(appointments.map((a) => a.personId))].map(
        async (id) => [id, await personSummary(db, id, feed.organizationId)] as const,
      ),
    ),
  );
  const sites = appointments.some((a) => a.siteId)
    ? new Map((await organizations.listSites(feed.organizationId)).map((s) => [s.id, s.name]))
    : new Map<string, string>();
  const base = publicUrl.replace(/\/$/, '');
  const ics = calendarFeedIcs({
    name: text.calendar,
    uidDomain: new URL(base).hostname || 'passerelle.local',
    stamp: now.toISOString(),
    events: appointments.map((a) => {
      const person = people.get(a.personId);
      const initials = person ? initialsOf(person.givenName, person.familyName) : '';
      return {
        appointmentId: a.id,
        sequence: a.sequence,
        startsAt: a.startsAt.toISOString(),
        durationMinutes: a.durationMinutes,
        status: a.status as 'scheduled' | 'held' | 'missed',
        summary: initials ? `${text.appointment} — ${initials}` : text.appointment,
        location:
          a.mode === 'phone'
            ? text.phone
            : a.mode === 'video'
              ? text.video
              : ((a.siteId ? sites.get(a.siteId) : null) ?? a.place ?? null),
        url: `${base}/people/${a.personId}?tab=followUp`,
      };
    }),
  });
  return { ics, appointments: appointments.length, role: member.role };
}
