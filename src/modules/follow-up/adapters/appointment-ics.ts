import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface AppointmentIcsData {
  /** UID is `${appointmentId}@${uidDomain}`: stable across sends, so an update or a cancellation replaces the event. */
  appointmentId: string;
  uidDomain: string;
  /** iCalendar SEQUENCE: grows with every change sent. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  title: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  /** The video link. */
  url: string | null;
  organizerName: string;
  organizerEmail: string;
  attendeeName: string;
  attendeeEmail: string;
  /** DTSTAMP: passed in so that the same data always gives the same file. */
  stamp: string;
}

/** A quoted parameter value (CN) holds no double quote nor line break: RFC 6868's caret encoding. */
function parameterText(value: string): string {
  return value
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'");
}

/** One appointment as an iTIP message (RFC 5546), times in UTC; lines end with CRLF, the last one too. */
export function appointmentIcs(data: AppointmentIcsData): string {
  if (!Number.isInteger(data.durationMinutes) || data.durationMinutes <= 0)
    throw new RangeError('The duration must be a positive number of minutes');
  if (!Number.isInteger(data.sequence) || data.sequence < 0)
    throw new RangeError('The sequence must be a non-negative integer');
  const start = new Date(data.startsAt);
  if (Number.isNaN(start.getTime())) throw new RangeError(`Invalid start: ${data.startsAt}`);
  const calendar = ical({
    prodId: { company: 'Passerelle', product: 'Follow-up', language: 'EN' },
    method: data.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${data.appointmentId}@${data.uidDomain}`,
    sequence: data.sequence,
    stamp: new Date(data.stamp),
    start,
    end: new Date(start.getTime() + data.durationMinutes * 60_000),
    summary: data.title,
    description: data.description,
    location: data.location,
    url: data.url,
    status: data.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: parameterText(data.organizerName), email: data.organizerEmail },
    attendees: [
      {
        name: parameterText(data.attendeeName),
        email: data.attendeeEmail,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        // Appointments are managed in Passerelle; a reply by e-mail would reach no one who acts on it.
        rsvp: false,
      },
    ],
  });
  return `${calendar.toString()}\r\n`;
}
