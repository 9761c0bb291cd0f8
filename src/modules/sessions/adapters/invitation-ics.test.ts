import { describe, expect, it, vi } from 'vitest';
import { type InvitationData, invitationIcs } from './invitation-ics.js';

const request: InvitationData = {
  uidDomain: 'passerelle.example.org',
  organizerName: 'Passerelle Lyon',
  organizerEmail: 'fle@passerelle.example.org',
  attendeeName: 'Hélène Tremblay',
  attendeeEmail: 'helene@example.org',
  title: 'FLE A2 — hiver 2026',
  description: 'Bring: notebook, pen; dictionary\nSecond line \\ done',
  location: 'Salle 2, 12 rue Garibaldi',
  url: null,
  meetings: [
    {
      id: 'meeting-1',
      startsAt: '2026-01-13T13:00:00Z',
      durationMinutes: 180,
      cancelled: false,
      sequence: 0,
    },
    // Given with an offset, and ending after midnight UTC.
    {
      id: 'meeting-2',
      startsAt: '2026-01-20T23:30:00+01:00',
      durationMinutes: 180,
      cancelled: true,
      sequence: 2,
    },
    { id: 'meeting-3', startsAt: '2026-01-27T13:00:00Z', durationMinutes: 90, cancelled: false, sequence: 1 },
  ],
  method: 'REQUEST',
  stamp: '2026-01-05T09:30:00Z',
};

/** RFC 5545 §3.1: a CRLF followed by one space or tab continues the previous line. */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

const events = (ics: string) => {
  const lines = unfold(ics);
  const found: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return found;
};

describe('invitationIcs', () => {
  it('writes one calendar with METHOD and one event per meeting, with UID, times in UTC and SEQUENCE', () => {
    const ics = invitationIcs(request);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:REQUEST');

    const [first, second, third] = events(ics);
    expect(events(ics)).toHaveLength(3);
    expect(first!.get('UID')).toBe('meeting-1@passerelle.example.org');
    expect(first!.get('DTSTART')).toBe('20260113T130000Z');
    expect(first!.get('DTEND')).toBe('20260113T160000Z');
    expect(first!.get('DTSTAMP')).toBe('20260105T093000Z');
    expect(first!.get('SEQUENCE')).toBe('0');
    expect(first!.get('STATUS')).toBe('CONFIRMED');
    expect(first!.get('SUMMARY')).toBe('FLE A2 — hiver 2026');
    expect(first!.get('LOCATION')).toBe('Salle 2\\, 12 rue Garibaldi');
    expect(first!.has('URL;VALUE=URI')).toBe(false);
    expect(first!.get('ORGANIZER;CN="Passerelle Lyon"')).toBe('mailto:fle@passerelle.example.org');
    expect(
      first!.get('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Hélène Tremblay"'),
    ).toBe('MAILTO:helene@example.org');

    expect(second!.get('UID')).toBe('meeting-2@passerelle.example.org');
    expect(second!.get('DTSTART')).toBe('20260120T223000Z');
    expect(second!.get('DTEND')).toBe('20260121T013000Z');
    expect(second!.get('STATUS')).toBe('CANCELLED');
    expect(second!.get('SEQUENCE')).toBe('2');

    expect(third!.get('DTEND')).toBe('20260127T143000Z');
    expect(third!.get('SEQUENCE')).toBe('1');
    expect(third!.get('STATUS')).toBe('CONFIRMED');
  });

  it('escapes commas, semicolons, backslashes and newlines in text values', () => {
    const [first] = events(invitationIcs(request));
    expect(first!.get('DESCRIPTION')).toBe('Bring: notebook\\, pen\\; dictionary\\nSecond line \\\\ done');
  });

  it('ends every line with CRLF, the last one included', () => {
    const ics = invitationIcs(request);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).not.toMatch(/(?<!\r)\n/);
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    // 'DESCRIPTION:' (12 octets) + 60 = 72 octets: the 4-octet emoji straddles the limit, the é's are 2 each.
    const description = `${'a'.repeat(60)}📚 ${'é'.repeat(80)} ${'b'.repeat(100)}`;
    const ics = invitationIcs({ ...request, description, location: null });
    const physical = ics.split('\r\n').slice(0, -1);

    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A surrogate pair cut in two would not survive the trip through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const start = physical.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(physical[start]).toBe(`DESCRIPTION:${'a'.repeat(60)}`);
    expect(physical[start + 1]).toMatch(/^ 📚 é+$/);
    const continuation = physical.slice(start + 1).findIndex((line) => !line.startsWith(' '));
    expect(continuation).toBeGreaterThan(3);
    // 80 é's are 160 octets: a fold counted in characters would have produced lines of up to 150 octets.
    expect(Buffer.byteLength(physical[start + 2]!, 'utf8')).toBeGreaterThan(70);
    expect(events(ics)[0]!.get('DESCRIPTION')).toBe(description);
  });

  it('gives the video link of a virtual session as URL and leaves LOCATION out', () => {
    const ics = invitationIcs({ ...request, location: null, url: 'https://meet.example.org/fle-a2' });
    const [first] = events(ics);
    expect(first!.get('URL;VALUE=URI')).toBe('https://meet.example.org/fle-a2');
    expect(first!.has('LOCATION')).toBe(false);
  });

  it('encodes double quotes in names as RFC 6868 carets, never as backslashes', () => {
    const ics = invitationIcs({ ...request, organizerName: 'Passerelle "Lyon", FLE' });
    expect(unfold(ics)).toContain(
      'ORGANIZER;CN="Passerelle ^\'Lyon^\', FLE":mailto:fle@passerelle.example.org',
    );
  });

  it('marks every event cancelled in a CANCEL', () => {
    const ics = invitationIcs({ ...request, method: 'CANCEL' });
    expect(unfold(ics)).toContain('METHOD:CANCEL');
    expect(unfold(ics)).not.toContain('METHOD:REQUEST');
    expect(events(ics).map((event) => event.get('STATUS'))).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
  });

  it('reads no clock: the same data gives the same text, and the stamp comes from the data', () => {
    const first = invitationIcs(request);
    vi.useFakeTimers({ now: new Date('2031-07-14T12:00:00Z') });
    try {
      expect(invitationIcs(request)).toBe(first);
    } finally {
      vi.useRealTimers();
    }
    const later = invitationIcs({ ...request, stamp: '2026-01-06T10:00:00Z' });
    expect(events(later).map((event) => event.get('DTSTAMP'))).toEqual([
      '20260106T100000Z',
      '20260106T100000Z',
      '20260106T100000Z',
    ]);
  });

  it('refuses an invalid start, duration, sequence or stamp', () => {
    const meeting = request.meetings[0]!;
    const withMeeting = (changes: Partial<typeof meeting>) => ({
      ...request,
      meetings: [{ ...meeting, ...changes }],
    });
    expect(() => invitationIcs(withMeeting({ startsAt: 'next Tuesday' }))).toThrow(RangeError);
    expect(() => invitationIcs(withMeeting({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => invitationIcs(withMeeting({ sequence: -1 }))).toThrow(RangeError);
    expect(() => invitationIcs({ ...request, stamp: '' })).toThrow(RangeError);
  });
});
