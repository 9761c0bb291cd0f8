import { describe, expect, it } from 'vitest';
import { attendedMinutes, InvalidAttendanceError } from './attendance.js';

describe('attended minutes of one meeting', () => {
  it('credits presence fully, lateness and early departure partly, absence not at all', () => {
    expect(attendedMinutes(90, { mark: 'present', minutesMissed: 0, live: true })).toBe(90);
    expect(attendedMinutes(90, { mark: 'late', minutesMissed: 10, live: true })).toBe(80);
    expect(attendedMinutes(90, { mark: 'left_early', minutesMissed: 90, live: true })).toBe(0);
    expect(attendedMinutes(90, { mark: 'excused_absence', minutesMissed: 0, live: true })).toBe(0);
    expect(attendedMinutes(90, { mark: 'unexcused_absence', minutesMissed: 0, live: true })).toBe(0);
    expect(attendedMinutes(90, undefined)).toBe(0);
  });

  it('refuses impossible marks rather than crediting them', () => {
    expect(() => attendedMinutes(90, { mark: 'late', minutesMissed: 91, live: true })).toThrow(
      InvalidAttendanceError,
    );
    expect(() => attendedMinutes(90, { mark: 'late', minutesMissed: -1, live: true })).toThrow(
      InvalidAttendanceError,
    );
    expect(() => attendedMinutes(90, { mark: 'late', minutesMissed: 1.5, live: true })).toThrow(
      InvalidAttendanceError,
    );
    expect(() => attendedMinutes(0, { mark: 'present', minutesMissed: 0, live: true })).toThrow(
      InvalidAttendanceError,
    );
  });
});
