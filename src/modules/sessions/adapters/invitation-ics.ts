import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface InvitationMeeting {
  id: string;
  /** ISO datetime. */
  startsAt: string;
  durationMinutes: number;
  cancelled: boolean;
  /** Bumped by the caller on every change, so that calendars replace their copy. */
  sequence: number;
}

export interface InvitationData {
  /** UIDs are `${meetingId}@${uidDomain}`: stable across sends, so an update replaces the event. */
  uidDomain: string;
  organizerName: string;
  organizerEmail: string;
  attendeeName: string;
  attendeeEmail: string;
  title: string;
  description: string;
  location: string | null;
  /** The video link of a virtual session. */
  url: string | null;
  meetings: InvitationMeeting[];
  method: 'REQUEST' | 'CANCEL';
  /** DTSTAMP: passed in so that the same data always gives the same file. */
  stamp: string;
}

function instant(iso: string, what: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid ${what}: ${iso}`);
  return date;
}

/**
 * A quoted parameter value (CN) cannot hold a double quote or a line break, and ical-generator would
 * escape them with backslashes, which RFC 5545 does not define: RFC 6868's caret encoding does it.
 */
function parameterText(value: string): string {
  return value
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'");
}

/**
 * One calendar holding every meeting of a series, times in UTC. ical-generator escapes TEXT values,
 * ends lines with CRLF and folds them at 75 octets without splitting a UTF-8 character.
 */
export function invitationIcs(data: InvitationData): string {
  const stamp = instant(data.stamp, 'stamp');
  const calendar = ical({
    prodId: { company: 'Passerelle', product: 'Sessions', language: 'EN' },
    method: data.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  for (const meeting of data.meetings) {
    if (!Number.isInteger(meeting.durationMinutes) || meeting.durationMinutes <= 0)
      throw new RangeError(`Meeting ${meeting.id}: the duration must be a positive number of minutes`);
    if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0)
      throw new RangeError(`Meeting ${meeting.id}: the sequence must be a non-negative integer`);
    const start = instant(meeting.startsAt, `start of meeting ${meeting.id}`);
    // iTIP (RFC 5546 §3.2.5): in a CANCEL every event it carries is cancelled.
    const cancelled = meeting.cancelled || data.method === 'CANCEL';
    calendar.createEvent({
      id: `${meeting.id}@${data.uidDomain}`,
      sequence: meeting.sequence,
      stamp,
      start,
      end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
      summary: data.title,
      description: data.description,
      location: data.location,
      url: data.url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: parameterText(data.organizerName), email: data.organizerEmail },
      attendees: [
        {
          name: parameterText(data.attendeeName),
          email: data.attendeeEmail,
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.NEEDSACTION,
          // Enrolment is managed in Passerelle; a reply by e-mail would reach no one who acts on it.
          rsvp: false,
        },
      ],
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; ical-generator omits that one.
  return `${calendar.toString()}\r\n`;
}
