import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appointmentStatuses } from './appointment-status.js';
import {
  addDays,
  belowIntensity,
  dayOf,
  intensityWindow,
  inWindow,
  isContactAppointment,
  isContactNote,
  noteKinds,
} from './contacts.js';

describe('what counts as a contact', () => {
  it('held appointments only', () => {
    expect(appointmentStatuses.filter(isContactAppointment)).toEqual(['held']);
  });

  it('notes of the four contact kinds, not partner exchanges, and not twice with their held appointment', () => {
    for (const kind of noteKinds) {
      const contactKind = kind !== 'partner_exchange';
      expect(isContactNote({ kind, appointmentStatus: null }), kind).toBe(contactKind);
      expect(isContactNote({ kind, appointmentStatus: 'held' }), `${kind} on held`).toBe(false);
      expect(isContactNote({ kind, appointmentStatus: 'missed' }), `${kind} on missed`).toBe(contactKind);
      expect(isContactNote({ kind, appointmentStatus: 'cancelled' }), `${kind} on cancelled`).toBe(
        contactKind,
      );
      expect(isContactNote({ kind, appointmentStatus: 'scheduled' }), `${kind} on scheduled`).toBe(
        contactKind,
      );
    }
  });

  it('dates a contact by the day it took place where the organization works', () => {
    expect(dayOf('2026-03-10T23:59:59.999Z', 'UTC')).toBe('2026-03-10');
    expect(dayOf(new Date('2026-03-11T00:00:00Z'), 'UTC')).toBe('2026-03-11');
    // 02:00 UTC on 10 March is 21:00 on 9 March in Louisville.
    expect(dayOf('2026-03-10T02:00:00Z', 'America/New_York')).toBe('2026-03-09');
    expect(dayOf('2026-03-09T23:30:00Z', 'Europe/Paris')).toBe('2026-03-10');
  });
});

describe('the intensity window and rule', () => {
  it('is the 30 days ending today, both ends included, across months and leap days', () => {
    expect(intensityWindow('2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(intensityWindow('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(intensityWindow('2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(intensityWindow('2026-01-15')).toEqual({ from: '2025-12-17', to: '2026-01-15' });
    const window = intensityWindow('2026-03-31');
    expect(inWindow('2026-03-02', window)).toBe(true);
    expect(inWindow('2026-03-01', window)).toBe(false);
    expect(inWindow('2026-03-31', window)).toBe(true);
    expect(inWindow('2026-04-01', window)).toBe(false);
  });

  it('always spans exactly 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const today = addDays('2000-01-01', offset);
        const { from, to } = intensityWindow(today);
        expect(to).toBe(today);
        expect(addDays(from, 29)).toBe(today);
      }),
    );
  });

  it('flags fewer contacts than expected, never without an expectation', () => {
    expect(belowIntensity(1, 2)).toBe(true);
    expect(belowIntensity(2, 2)).toBe(false);
    expect(belowIntensity(3, 2)).toBe(false);
    expect(belowIntensity(0, 1)).toBe(true);
    expect(belowIntensity(0, null)).toBe(false);
  });
});
