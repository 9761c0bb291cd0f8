import ical, { ICalEventStatus } from 'ical-generator';

export interface FeedEvent {
  appointmentId: string;
  sequence: number;
  startsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'held' | 'missed';
  /** What the summary says: a title and the person's initials only (docs/security/calendar-feed.md). */
  summary: string;
  /** The site or place in person; "phone" or "video" otherwise — never the video link. */
  location: string | null;
  /** Back into Passerelle, behind its login: the only way to the person's name and details. */
  url: string;
}

export interface FeedData {
  name: string;
  uidDomain: string;
  stamp: string;
  events: FeedEvent[];
}

/**
 * A staff member's subscription feed (RFC 5545, no METHOD: a published calendar, not an invitation).
 * Times are in UTC: the calendar application shows them in its own zone. UIDs are the invitations' (`<appointmentId>@<host>`), so a client holding both shows one event.
 */
export function calendarFeedIcs(data: FeedData): string {
  const calendar = ical({
    name: data.name,
    prodId: { company: 'Passerelle', product: 'Agenda', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const event of data.events) {
    const start = new Date(event.startsAt);
    calendar.createEvent({
      id: `${event.appointmentId}@${data.uidDomain}`,
      sequence: event.sequence,
      stamp: new Date(data.stamp),
      start,
      end: new Date(start.getTime() + event.durationMinutes * 60_000),
      summary: event.summary,
      location: event.location,
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** "Amina Youssef" → "A. Y.": enough for the counselor who knows her agenda, little for anyone else. */
export function initialsOf(givenName: string, familyName: string): string {
  const initial = (name: string) => {
    const first = [...name.trim()][0];
    return first ? `${first.toLocaleUpperCase()}.` : '';
  };
  return [initial(givenName), initial(familyName)].filter(Boolean).join(' ');
}
