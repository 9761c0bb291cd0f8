import { describe, expect, it } from 'vitest';
import { isoToLocal, localToIso, recurringStarts, weekAfter } from './meetings.js';

describe('recurring meeting starts', () => {
  it('lists each chosen weekday once a week for n weeks, from the first date on', () => {
    // 2026-03-04 is a Wednesday: two weeks from it hold two Wednesdays and two Mondays.
    expect(recurringStarts({ weekdays: [1, 3], time: '14:30', weeks: 2, from: '2026-03-04' })).toEqual([
      '2026-03-04T14:30',
      '2026-03-09T14:30',
      '2026-03-11T14:30',
      '2026-03-16T14:30',
    ]);
  });

  it('crosses months and years by the calendar', () => {
    expect(recurringStarts({ weekdays: [4], time: '09:00', weeks: 3, from: '2026-12-24' })).toEqual([
      '2026-12-24T09:00',
      '2026-12-31T09:00',
      '2027-01-07T09:00',
    ]);
  });

  it('keeps the local hour across a daylight-saving change', () => {
    const starts = recurringStarts({ weekdays: [0], time: '10:00', weeks: 3, from: '2026-03-22' });
    expect(starts).toHaveLength(3);
    for (const start of starts) expect(new Date(localToIso(start) as string).getHours()).toBe(10);
  });

  it('gives nothing for an unreadable plan', () => {
    expect(recurringStarts({ weekdays: [1], time: '9h', weeks: 2, from: '2026-03-02' })).toEqual([]);
    expect(recurringStarts({ weekdays: [1], time: '09:00', weeks: 0, from: '2026-03-02' })).toEqual([]);
    expect(recurringStarts({ weekdays: [], time: '09:00', weeks: 4, from: '2026-03-02' })).toEqual([]);
  });
});

describe('local date-times and instants', () => {
  it('round-trips through ISO in the browser time zone', () => {
    const iso = localToIso('2026-06-15T18:45');
    expect(iso).toMatch(/Z$/);
    expect(isoToLocal(iso as string)).toBe('2026-06-15T18:45');
  });

  it('refuses an incomplete value', () => {
    expect(localToIso('2026-06-15')).toBeNull();
    expect(localToIso('')).toBeNull();
  });

  it('adds the next week at the same local hour', () => {
    expect(weekAfter('2026-10-22T17:00')).toBe('2026-10-29T17:00');
  });
});
