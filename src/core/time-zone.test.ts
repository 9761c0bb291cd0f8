import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToWallTime,
  dayBoundsInZone,
  dayInZone,
  formatDateTimeInZone,
  instantOfLocal,
  instantOfWallTime,
  isoOfWallTime,
  isSupportedTimeZone,
  localDateTimeInZone,
  nextDay,
  offsetMinutes,
  wallTimeOf,
} from './time-zone.js';

const zones = [
  'Europe/Paris',
  'America/Toronto',
  'America/Chicago',
  'America/New_York',
  'Australia/Lord_Howe', // a half-hour change
  'Asia/Kolkata',
  'Pacific/Apia', // skipped a whole day in 2011
  'UTC',
];

// 2010-01-01 … 2035-12-31, minute precision: every change of summer time of those years.
const instants = fc
  .integer({ min: Date.UTC(2010, 0, 1) / 60_000, max: Date.UTC(2035, 11, 31) / 60_000 })
  .map((minutes) => new Date(minutes * 60_000));
const days = fc
  .integer({ min: Date.UTC(2010, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const zone = fc.constantFrom(...zones);

describe('time zones', () => {
  it('accepts Intl’s canonical zones and UTC, nothing else', () => {
    expect(isSupportedTimeZone('America/Toronto')).toBe(true);
    expect(isSupportedTimeZone('Europe/Paris')).toBe(true);
    expect(isSupportedTimeZone('UTC')).toBe(true);
    expect(isSupportedTimeZone('Europe/Pariss')).toBe(false);
    expect(isSupportedTimeZone('+02:00')).toBe(false);
    expect(isSupportedTimeZone('')).toBe(false);
  });

  it('reads the days around the changes of 2026 in Paris and Montréal', () => {
    // Paris: 29 March 2026, 02:00 → 03:00; 25 October 2026, 03:00 → 02:00.
    expect(dayBoundsInZone('2026-03-29', 'Europe/Paris')).toEqual({
      start: new Date('2026-03-28T23:00:00Z'),
      end: new Date('2026-03-29T22:00:00Z'),
    });
    expect(dayBoundsInZone('2026-10-25', 'Europe/Paris').end.getTime()).toBe(
      Date.parse('2026-10-25T23:00:00Z'),
    );
    expect(instantOfLocal('2026-03-29T02:30', 'Europe/Paris')).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(instantOfLocal('2026-10-25T02:30', 'Europe/Paris')).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(instantOfLocal('2026-03-08T02:30', 'America/Toronto')).toEqual(new Date('2026-03-08T07:30:00Z'));
    expect(dayInZone(new Date('2026-12-04T03:00:00Z'), 'America/Toronto')).toBe('2026-12-03');
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/Chicago')).toBe(-300);
  });

  it('writes a time as it is read where the organization is, never in UTC', () => {
    const noonInMontreal = new Date('2026-12-03T17:00:00Z');
    const fr = formatDateTimeInZone(noonInMontreal, {
      timeZone: 'America/Toronto',
      language: 'fr',
      country: 'CA',
    });
    expect(fr).toBe('jeudi 3 décembre 2026 à 12 h 00 (heure de l’Est)');
    const paris = formatDateTimeInZone(new Date('2026-12-03T09:00:00Z'), {
      timeZone: 'Europe/Paris',
      language: 'fr',
      country: 'FR',
    });
    expect(paris).toBe('jeudi 3 décembre 2026 à 10:00 (heure d’Europe centrale)');
    const en = formatDateTimeInZone(noonInMontreal, {
      timeZone: 'America/Chicago',
      language: 'en',
      country: 'US',
    });
    expect(en).toBe('Thursday, December 3, 2026 at 11:00 AM (Central Time)');
    expect(fr).not.toContain('UTC');
  });

  it('places every instant inside the bounds of the day it falls on', () => {
    fc.assert(
      fc.property(instants, zone, (instant, z) => {
        const { start, end } = dayBoundsInZone(dayInZone(instant, z), z);
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(end.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('makes consecutive days meet exactly, 22 to 26 hours long, starting on their own day', () => {
    fc.assert(
      fc.property(days, zone, (day, z) => {
        const today = dayBoundsInZone(day, z);
        const tomorrow = dayBoundsInZone(nextDay(day), z);
        expect(today.end).toEqual(tomorrow.start);
        const hours = (today.end.getTime() - today.start.getTime()) / 3_600_000;
        // Apia's lost day (30 December 2011) has no instant at all; every other day is 22–26 hours.
        if (!(z === 'Pacific/Apia' && day === '2011-12-30')) {
          expect(hours).toBeGreaterThanOrEqual(22);
          expect(hours).toBeLessThanOrEqual(26);
          expect(dayInZone(today.start, z)).toBe(day);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the wall-clock time of every instant as that instant, or the first of two', () => {
    fc.assert(
      fc.property(instants, zone, (instant, z) => {
        const local = localDateTimeInZone(instant, z);
        const back = instantOfLocal(local, z);
        expect(localDateTimeInZone(back, z)).toBe(local);
        expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime() - back.getTime()).toBeLessThanOrEqual(60 * 60_000);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wall-clock times typed in a form, read in the organization’s zone', () => {
  const formZones = fc.constantFrom('Europe/Paris', 'America/Toronto', 'America/Chicago');
  const wallTimes = fc
    .tuple(days, fc.integer({ min: 0, max: 24 * 60 - 1 }))
    .map(
      ([day, m]) =>
        `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
    );
  /** The wall time some minutes later on the wall (no zone). */
  const wallPlus = (wall: string, minutes: number) =>
    new Date(Date.parse(`${wall}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);

  it('books 10:00 there, in winter and in summer, whatever the machine’s zone', () => {
    const machine = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(isoOfWallTime('2026-12-03T10:00', 'Europe/Paris')).toBe('2026-12-03T09:00:00.000Z');
        expect(isoOfWallTime('2026-06-15T10:00', 'Europe/Paris')).toBe('2026-06-15T08:00:00.000Z');
        expect(isoOfWallTime('2026-12-03T10:00', 'America/Toronto')).toBe('2026-12-03T15:00:00.000Z');
        expect(wallTimeOf('2026-12-03T16:00:00Z', 'America/Chicago')).toBe('2026-12-03T10:00');
        expect(wallTimeOf(new Date('2026-06-15T08:00:00Z'), 'Europe/Paris')).toBe('2026-06-15T10:00');
      }
    } finally {
      if (machine === undefined) delete process.env.TZ;
      else process.env.TZ = machine;
    }
  });

  it('reads the hour skipped in spring an hour later, and the hour lived twice in autumn as the first', () => {
    // Paris: 29 March 2026 02:00 → 03:00, 25 October 2026 03:00 → 02:00.
    expect(isoOfWallTime('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(wallTimeOf('2026-03-29T01:30:00Z', 'Europe/Paris')).toBe('2026-03-29T03:30');
    expect(isoOfWallTime('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
    // Toronto and Chicago: 8 March 2026 02:00 → 03:00, 1 November 2026 02:00 → 01:00.
    expect(isoOfWallTime('2026-03-08T02:30', 'America/Toronto')).toBe('2026-03-08T07:30:00.000Z');
    expect(isoOfWallTime('2026-11-01T01:30', 'America/Toronto')).toBe('2026-11-01T05:30:00.000Z');
    expect(isoOfWallTime('2026-03-08T02:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
    expect(isoOfWallTime('2026-11-01T01:30', 'America/Chicago')).toBe('2026-11-01T06:30:00.000Z');
    expect(wallTimeOf('2026-11-01T07:30:00Z', 'America/Chicago')).toBe('2026-11-01T01:30');
  });

  it('refuses what is no date-time of the calendar', () => {
    for (const value of [
      '',
      '2026-06-15',
      '2026-06-15T10',
      '2026-02-30T10:00',
      '2026-13-01T10:00',
      '2026-06-15T24:00',
      '2026-06-15T10:60',
      '0999-06-15T10:00',
      ' 2026-06-15T10:00',
    ])
      expect(instantOfWallTime(value, 'Europe/Paris'), value).toBeNull();
    expect(isoOfWallTime('2026-06-15T10:00:00', 'Europe/Paris')).toBe('2026-06-15T08:00:00.000Z');
    expect(isoOfWallTime('2028-02-29T10:00', 'Europe/Paris')).toBe('2028-02-29T09:00:00.000Z');
  });

  it('keeps the time of day a week later across a change of summer time', () => {
    expect(addDaysToWallTime('2026-10-22T17:00', 7)).toBe('2026-10-29T17:00');
    expect(addDaysToWallTime('2026-12-31T09:00', 7)).toBe('2027-01-07T09:00');
    const before = instantOfWallTime('2026-10-22T17:00', 'Europe/Paris') as Date;
    const after = instantOfWallTime('2026-10-29T17:00', 'Europe/Paris') as Date;
    expect(after.getTime() - before.getTime()).toBe((7 * 24 + 1) * 3_600_000);
  });

  it('gives back every instant from its wall time, or the first of the two that share it', () => {
    fc.assert(
      fc.property(instants, formZones, (instant, z) => {
        const wall = wallTimeOf(instant, z);
        const back = instantOfWallTime(wall, z) as Date;
        expect(wallTimeOf(back, z)).toBe(wall);
        if (back.getTime() !== instant.getTime()) {
          // Only an hour lived twice: the earlier one, one hour before.
          expect(instant.getTime() - back.getTime()).toBe(3_600_000);
          expect(offsetMinutes(back, z) - offsetMinutes(instant, z)).toBe(60);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back every wall time from its instant, except those summer time skips, an hour later', () => {
    fc.assert(
      fc.property(wallTimes, formZones, (wall, z) => {
        const instant = instantOfWallTime(wall, z) as Date;
        const shown = wallTimeOf(instant, z);
        if (shown !== wall) {
          expect(shown).toBe(wallPlus(wall, 60));
          const jump =
            offsetMinutes(new Date(instant.getTime() + 3 * 3_600_000), z) -
            offsetMinutes(new Date(instant.getTime() - 3 * 3_600_000), z);
          expect(jump).toBe(60);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the gaps and overlaps of every spring and autumn (2010–2035) in the three zones', () => {
    // Each year has exactly one skipped hour and one hour lived twice in each of the three zones.
    const day = 86_400_000;
    const hour = 3_600_000;
    for (const z of ['Europe/Paris', 'America/Toronto', 'America/Chicago']) {
      for (let year = 2010; year <= 2035; year += 1) {
        let skipped = 0;
        let twice = 0;
        for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += day) {
          if (offsetMinutes(new Date(d), z) === offsetMinutes(new Date(d + day), z)) continue;
          for (let t = d; t < d + day; t += hour) {
            const here = offsetMinutes(new Date(t), z);
            const next = offsetMinutes(new Date(t + hour), z);
            if (next === here) continue;
            // The clock changes at t + 1 h (every change of these zones falls on a UTC hour).
            const wall = wallTimeOf(new Date(t + hour), z);
            if (next > here) {
              skipped += 1;
              const inGap = wallPlus(wall, -30);
              expect(instantOfWallTime(inGap, z)?.getTime()).toBe(t + hour + 30 * 60_000);
              expect(wallTimeOf(instantOfWallTime(inGap, z) as Date, z)).toBe(wallPlus(inGap, 60));
            } else {
              twice += 1;
              // The wall time of t + 1 h was already shown at t: the half hour after it, twice.
              expect(wallTimeOf(new Date(t), z)).toBe(wall);
              expect(instantOfWallTime(wallPlus(wall, 30), z)?.getTime()).toBe(t + 30 * 60_000);
            }
          }
        }
        expect([skipped, twice], `${z} ${year}`).toEqual([1, 1]);
      }
    }
  });
});
