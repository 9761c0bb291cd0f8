import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayBoundsInZone,
  dayInZone,
  formatDateTimeInZone,
  instantOfLocal,
  isSupportedTimeZone,
  localDateTimeInZone,
  nextDay,
  offsetMinutes,
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
