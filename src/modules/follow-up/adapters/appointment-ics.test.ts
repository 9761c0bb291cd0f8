import { describe, expect, it } from 'vitest';
import { appointmentIcs } from './appointment-ics.js';

const base = {
  appointmentId: '01930000-0000-7000-8000-000000000001',
  uidDomain: 'passerelle.test',
  sequence: 0,
  method: 'REQUEST' as const,
  title: 'Rendez-vous — International Institute',
  description: 'Video call',
  startsAt: '2026-03-10T15:00:00.000Z',
  durationMinutes: 45,
  location: null,
  url: 'https://meet.example.org/abc-def',
  organizerName: 'International Institute of St. Louis',
  organizerEmail: 'no-reply@passerelle.test',
  attendeeName: 'Amina "Mimi" Haidari',
  attendeeEmail: 'amina@example.org',
  stamp: '2026-03-01T09:00:00.000Z',
};

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('appointment invitation (.ics)', () => {
  it('is a REQUEST with a stable UID, the sequence, the times in UTC and the video link', () => {
    const ics = unfold(appointmentIcs(base));
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${base.appointmentId}@passerelle.test`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART:20260310T150000Z');
    expect(ics).toContain('DTEND:20260310T154500Z');
    expect(ics).toContain('URL;VALUE=URI:https://meet.example.org/abc-def');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('CN="Amina ^\'Mimi^\' Haidari"');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(appointmentIcs(base)).toBe(appointmentIcs(base));
  });

  it('a cancellation keeps the UID, raises the sequence and cancels the event', () => {
    const ics = unfold(appointmentIcs({ ...base, method: 'CANCEL', sequence: 2 }));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`UID:${base.appointmentId}@passerelle.test`);
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('STATUS:CANCELLED');
  });

  it('refuses a duration or a sequence that is not a whole positive number', () => {
    expect(() => appointmentIcs({ ...base, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => appointmentIcs({ ...base, sequence: -1 })).toThrow(RangeError);
    expect(() => appointmentIcs({ ...base, startsAt: 'soon' })).toThrow(RangeError);
  });
});
