import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationProgress, periodStart, pointsEarned } from './staff-training.js';

describe('the period of a certification', () => {
  it('goes back whole months, to the month’s last day when it is shorter', () => {
    expect(periodStart('2026-06-15', 12)).toBe('2025-06-15');
    expect(periodStart('2026-03-31', 1)).toBe('2026-02-28');
    expect(periodStart('2028-03-31', 1)).toBe('2028-02-29');
    expect(periodStart('2026-01-10', 1)).toBe('2025-12-10');
    expect(periodStart('2026-01-31', 14)).toBe('2024-11-30');
  });

  it('always lands on a real day before today', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 120 }),
        (date, months) => {
          const today = date.toISOString().slice(0, 10);
          const start = periodStart(today, months);
          expect(new Date(`${start}T00:00:00Z`).toISOString().slice(0, 10)).toBe(start);
          expect(start < today).toBe(true);
        },
      ),
    );
  });
});

describe('progress toward a certification', () => {
  const credits = {
    minutes: [
      { on: '2025-05-31', amount: 600 }, // before the period
      { on: '2025-06-01', amount: 420 }, // its first day counts
      { on: '2026-05-31', amount: 180 }, // today counts
    ],
    points: [
      { on: '2025-09-01', amount: 7 },
      { on: '2026-06-01', amount: 5 }, // after today: not yet
    ],
  };

  it('counts what was credited in the period, each requirement capped at 100 %', () => {
    expect(
      certificationProgress(
        { requiredPoints: 10, requiredMinutes: 600, periodMonths: 12 },
        credits,
        '2026-05-31',
      ),
    ).toEqual({
      from: '2025-05-31',
      to: '2026-05-31',
      minutes: 1200,
      points: 7,
      minutesProgress: 1,
      pointsProgress: 0.7,
      reached: false,
    });
    expect(
      certificationProgress(
        { requiredPoints: 10, requiredMinutes: 600, periodMonths: 12 },
        credits,
        '2026-06-01',
      ),
    ).toMatchObject({ from: '2025-06-01', minutes: 600, points: 12, reached: true });
  });

  it('judges only the requirements set', () => {
    const hoursOnly = certificationProgress(
      { requiredPoints: null, requiredMinutes: 600, periodMonths: 12 },
      credits,
      '2026-06-01',
    );
    expect(hoursOnly).toMatchObject({ pointsProgress: null, minutesProgress: 1, reached: true });
    const pointsOnly = certificationProgress(
      { requiredPoints: 20, requiredMinutes: null, periodMonths: 12 },
      credits,
      '2026-06-01',
    );
    expect(pointsOnly).toMatchObject({ minutesProgress: null, pointsProgress: 0.6, reached: false });
  });

  it('is reached exactly at the threshold and never by less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (required, earned) => {
          const result = certificationProgress(
            { requiredPoints: null, requiredMinutes: required, periodMonths: 1 },
            { minutes: [{ on: '2026-01-15', amount: earned }], points: [] },
            '2026-01-20',
          );
          expect(result.reached).toBe(earned >= required);
          expect(result.minutesProgress).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('points of a training', () => {
  const base = {
    points: 7,
    grantsAttestation: false,
    attestationIssuedOn: null,
    meetingsToCome: 0,
    heldMeetings: [
      { on: '2026-02-02', attendedMinutes: 420 },
      { on: '2026-02-09', attendedMinutes: 300 },
    ],
  };

  it('come with the attestation when the training grants one', () => {
    expect(pointsEarned({ ...base, grantsAttestation: true })).toBeNull();
    expect(pointsEarned({ ...base, grantsAttestation: true, attestationIssuedOn: '2026-02-10' })).toEqual({
      on: '2026-02-10',
      amount: 7,
    });
  });

  it('otherwise come on the last day once every held meeting was attended live', () => {
    expect(pointsEarned(base)).toEqual({ on: '2026-02-09', amount: 7 });
    expect(pointsEarned({ ...base, meetingsToCome: 1 })).toBeNull();
    expect(
      pointsEarned({
        ...base,
        heldMeetings: [{ on: '2026-02-02', attendedMinutes: 0 }, base.heldMeetings[1]!],
      }),
    ).toBeNull();
    expect(pointsEarned({ ...base, heldMeetings: [] })).toBeNull();
    expect(pointsEarned({ ...base, points: 0 })).toBeNull();
  });
});
