import { describe, expect, it } from 'vitest';
import { sessionFigures } from './figures.js';

const present = { mark: 'present' as const, minutesMissed: 0, live: true };
const noShow = { mark: 'unexcused_absence' as const, minutesMissed: 0, live: true };

describe('session figures from attendance', () => {
  it('computes fill, attendance, no-shows and hours per participant', () => {
    const figures = sessionFigures([
      {
        seriesId: 's1',
        title: 'CV workshop',
        capacity: 10,
        enrolled: 8,
        heldMeetings: [{ meetingId: 'm1', minutes: 120 }],
        marks: [
          ...Array.from({ length: 6 }, (_, i) => ({
            meetingId: 'm1',
            participantId: `p${i}`,
            record: present,
          })),
          { meetingId: 'm1', participantId: 'p6', record: noShow },
          {
            meetingId: 'm1',
            participantId: 'p7',
            record: { mark: 'late' as const, minutesMissed: 30, live: true },
          },
        ],
        attestationsIssued: 0,
      },
      {
        seriesId: 's2',
        title: 'Info-Emploi',
        capacity: null,
        enrolled: 2,
        heldMeetings: [],
        marks: [],
        attestationsIssued: 0,
      },
    ]);
    expect(figures.fillRate).toEqual({ numerator: 8, denominator: 10, rate: 0.8 });
    // 6 × 120 + 90 attended of 8 × 120 scheduled.
    expect(figures.attendanceRate).toEqual({ numerator: 810, denominator: 960, rate: 810 / 960 });
    expect(figures.noShowRate).toEqual({ numerator: 1, denominator: 8, rate: 1 / 8 });
    expect(figures.participants).toBe(8);
    expect(figures.hoursPerParticipant).toBeCloseTo(810 / 60 / 8, 10);
    expect(figures.bySeries[1]?.attendanceRate).toBeNull();
  });

  it('says "no data" rather than 0 % when nothing was offered or held', () => {
    const figures = sessionFigures([]);
    expect(figures.fillRate.rate).toBeNull();
    expect(figures.attendanceRate.rate).toBeNull();
    expect(figures.hoursPerParticipant).toBeNull();
  });
});
