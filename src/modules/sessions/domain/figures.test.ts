import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  heldTotals,
  hoursBandOf,
  hoursDistribution,
  medianMinutes,
  meetingFigures,
  sessionFigures,
} from './figures.js';

const meeting = (id: string, minutes: number, attended: number, marks: number, noShows: number) => ({
  meetingId: id,
  startsAt: '2026-01-05T09:00:00.000Z',
  minutes,
  attendedMinutes: attended,
  marks,
  noShows,
});

describe('session figures from attendance', () => {
  it('computes fill, attendance, no-shows and hours per participant', () => {
    // 8 seated: 6 present 120 min, 1 no-show, 1 late by 30 min.
    const participants = [
      ...Array.from({ length: 6 }, (_, i) => ({ participantId: `p${i}`, attendedMinutes: 120 })),
      { participantId: 'p6', attendedMinutes: 0 },
      { participantId: 'p7', attendedMinutes: 90 },
    ];
    const figures = sessionFigures(
      [
        {
          seriesId: 's1',
          title: 'CV workshop',
          organizationName: 'PROMIS',
          capacity: 10,
          enrolled: 8,
          held: heldTotals([meeting('m1', 120, 810, 8, 1)]),
          attestationsIssued: 3,
        },
        {
          seriesId: 's2',
          title: 'Info-Emploi',
          organizationName: 'CFIQ',
          capacity: null,
          enrolled: 2,
          held: heldTotals([]),
          attestationsIssued: 0,
        },
      ],
      participants,
    );
    expect(figures.fillRate).toEqual({ numerator: 8, denominator: 10, rate: 0.8 });
    expect(figures.attendanceRate).toEqual({ numerator: 810, denominator: 960, rate: 810 / 960 });
    expect(figures.noShowRate).toEqual({ numerator: 1, denominator: 8, rate: 1 / 8 });
    expect(figures.participants).toBe(8);
    expect(figures.hoursPerParticipant).toBeCloseTo(810 / 60 / 8, 10);
    expect(figures.medianHoursPerParticipant).toBe(2);
    expect(figures.hoursDistribution.map((b) => b.participants)).toEqual([1, 7, 0, 0, 0, 0]);
    expect(figures.attestationsIssued).toBe(3);
    expect(figures.meetingsHeld).toBe(1);
    expect(figures.bySeries[0]).toMatchObject({
      meetingsHeld: 1,
      noShowRate: 1 / 8,
      organizationName: 'PROMIS',
    });
    expect(figures.bySeries[1]?.attendanceRate).toBeNull();
    expect(figures.bySeries[1]?.noShowRate).toBeNull();
  });

  it('says "no data" rather than 0 % when nothing was offered or held', () => {
    const figures = sessionFigures([], []);
    expect(figures.fillRate.rate).toBeNull();
    expect(figures.attendanceRate.rate).toBeNull();
    expect(figures.noShowRate.rate).toBeNull();
    expect(figures.hoursPerParticipant).toBeNull();
    expect(figures.medianHoursPerParticipant).toBeNull();
    expect(figures.hoursDistribution.every((b) => b.participants === 0)).toBe(true);
  });

  it('caps seats taken at the capacity (a series over capacity does not fill above 100 %)', () => {
    const figures = sessionFigures(
      [
        {
          seriesId: 's',
          title: 't',
          organizationName: 'o',
          capacity: 5,
          enrolled: 9,
          held: heldTotals([]),
          attestationsIssued: 0,
        },
      ],
      [],
    );
    expect(figures.fillRate.rate).toBe(1);
  });

  it('gives each meeting its own attendance rate over the seated participants', () => {
    expect(meetingFigures([meeting('m1', 60, 90, 2, 1), meeting('m2', 60, 0, 0, 0)], 3)).toEqual([
      {
        meetingId: 'm1',
        startsAt: '2026-01-05T09:00:00.000Z',
        marks: 2,
        attendanceRate: 0.5,
        noShowRate: 0.5,
      },
      {
        meetingId: 'm2',
        startsAt: '2026-01-05T09:00:00.000Z',
        marks: 0,
        attendanceRate: 0,
        noShowRate: null,
      },
    ]);
    expect(meetingFigures([meeting('m1', 60, 0, 0, 0)], 0)[0]?.attendanceRate).toBeNull();
  });
});

describe('hours per participant', () => {
  it('puts 0 h apart and each band includes its upper bound', () => {
    const of = (minutes: number[]) =>
      hoursDistribution(minutes.map((m, i) => ({ participantId: `p${i}`, attendedMinutes: m })));
    expect(of([0])).toEqual([1, 0, 0, 0, 0, 0]);
    expect(of([1, 120])).toEqual([0, 2, 0, 0, 0, 0]);
    expect(of([121, 300])).toEqual([0, 0, 2, 0, 0, 0]);
    expect(of([301, 600])).toEqual([0, 0, 0, 2, 0, 0]);
    expect(of([601, 1200])).toEqual([0, 0, 0, 0, 2, 0]);
    expect(of([1201, 100_000])).toEqual([0, 0, 0, 0, 0, 2]);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    const of = (minutes: number[]) =>
      medianMinutes(minutes.map((m, i) => ({ participantId: `p${i}`, attendedMinutes: m })));
    expect(of([600, 60, 120])).toBe(120);
    expect(of([60, 120, 180, 6000])).toBe(150);
    expect(of([])).toBeNull();
  });

  it('every participant falls in exactly one band, and the median lies between the least and the most', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 }), (minutes) => {
        const participants = minutes.map((m, i) => ({ participantId: `p${i}`, attendedMinutes: m }));
        const bands = hoursDistribution(participants);
        expect(bands.reduce((sum, n) => sum + n, 0)).toBe(minutes.length);
        expect(minutes.every((m) => hoursBandOf(m) >= 0)).toBe(true);
        const median = medianMinutes(participants) as number;
        expect(median).toBeGreaterThanOrEqual(Math.min(...minutes));
        expect(median).toBeLessThanOrEqual(Math.max(...minutes));
      }),
    );
  });

  it('rates stay between 0 and 1 whatever the attendance', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minutes: fc.integer({ min: 5, max: 300 }),
            enrolled: fc.integer({ min: 0, max: 30 }),
            capacity: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
            present: fc.integer({ min: 0, max: 30 }),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const figures = sessionFigures(
            rows.map((r, i) => {
              const present = Math.min(r.present, r.enrolled);
              return {
                seriesId: `s${i}`,
                title: 't',
                organizationName: 'o',
                capacity: r.capacity,
                enrolled: r.enrolled,
                held: heldTotals([
                  meeting(`m${i}`, r.minutes, present * r.minutes, r.enrolled, r.enrolled - present),
                ]),
                attestationsIssued: 0,
              };
            }),
            [],
          );
          for (const rate of [figures.fillRate.rate, figures.attendanceRate.rate, figures.noShowRate.rate]) {
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });
});
