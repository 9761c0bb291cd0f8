import { describe, expect, it } from 'vitest';
import { addDaysToWallTime, isoOfWallTime, wallTimeOf } from '../../../core/time-zone.js';
import { recurringStarts } from './meetings.js';

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

  it('keeps the organization’s hour across a daylight-saving change, whatever the browser’s zone', () => {
    const starts = recurringStarts({ weekdays: [0], time: '10:00', weeks: 3, from: '2026-03-22' });
    expect(starts).toEqual(['2026-03-22T10:00', '2026-03-29T10:00', '2026-04-05T10:00']);
    // Paris changes on 29 March: 10:00 there is 09:00 UTC before, 08:00 after.
    expect(starts.map((start) => isoOfWallTime(start, 'Europe/Paris'))).toEqual([
      '2026-03-22T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-04-05T08:00:00.000Z',
    ]);
    for (const start of starts)
      expect(wallTimeOf(isoOfWallTime(start, 'Europe/Paris')!, 'Europe/Paris')).toBe(start);
  });

  it('counts weekdays on the calendar, not on the machine’s clock', () => {
    const machine = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(recurringStarts({ weekdays: [1], time: '09:00', weeks: 1, from: '2026-03-04' })).toEqual([
          '2026-03-09T09:00',
        ]);
      }
    } finally {
      if (machine === undefined) delete process.env.TZ;
      else process.env.TZ = machine;
    }
  });

  it('gives nothing for an unreadable plan', () => {
    expect(recurringStarts({ weekdays: [1], time: '9h', weeks: 2, from: '2026-03-02' })).toEqual([]);
    expect(recurringStarts({ weekdays: [1], time: '09:00', weeks: 0, from: '2026-03-02' })).toEqual([]);
    expect(recurringStarts({ weekdays: [], time: '09:00', weeks: 4, from: '2026-03-02' })).toEqual([]);
  });
});

describe('meeting times typed in the organization’s zone', () => {
  it('round-trips through ISO in the organization’s zone, not the browser’s', () => {
    const iso = isoOfWallTime('2026-06-15T18:45', 'America/Toronto');
    expect(iso).toBe('2026-06-15T22:45:00.000Z');
    expect(wallTimeOf(iso as string, 'America/Toronto')).toBe('2026-06-15T18:45');
  });

  it('refuses an incomplete value', () => {
    expect(isoOfWallTime('2026-06-15', 'Europe/Paris')).toBeNull();
    expect(isoOfWallTime('', 'Europe/Paris')).toBeNull();
  });

  it('adds the next week at the same hour there', () => {
    expect(addDaysToWallTime('2026-10-22T17:00', 7)).toBe('2026-10-29T17:00');
  });
});
