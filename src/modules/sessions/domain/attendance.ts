/** What a roll call records for one participant at one meeting. */
export const attendanceMarks = [
  'present',
  'late',
  'left_early',
  'excused_absence',
  'unexcused_absence',
] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export interface AttendanceRecord {
  mark: AttendanceMark;
  /** For `late`: minutes missed at the start; for `left_early`: minutes missed at the end. */
  minutesMissed: number;
  /** Only live attendance counts: watching a recording is recorded, never credited. */
  live: boolean;
}

export interface MeetingAttendance {
  status: MeetingStatus;
  scheduledMinutes: number;
  /** Undefined when no mark was taken for this participant. */
  record?: AttendanceRecord;
}

export class InvalidAttendanceError extends Error {}

/** Minutes of a meeting credited to a participant: live presence only, less what was missed. */
export function attendedMinutes(scheduledMinutes: number, record: AttendanceRecord | undefined): number {
  if (!Number.isInteger(scheduledMinutes) || scheduledMinutes <= 0)
    throw new InvalidAttendanceError('scheduled minutes must be a positive integer');
  if (!record?.live) return 0;
  if (
    !Number.isInteger(record.minutesMissed) ||
    record.minutesMissed < 0 ||
    record.minutesMissed > scheduledMinutes
  ) {
    throw new InvalidAttendanceError('minutes missed must be between 0 and the meeting length');
  }
  switch (record.mark) {
    case 'present':
      return scheduledMinutes;
    case 'late':
    case 'left_early':
      return scheduledMinutes - record.minutesMissed;
    case 'excused_absence':
    case 'unexcused_absence':
      return 0;
  }
}

export interface AttendanceTotals {
  /** Minutes of meetings that took place (cancelled ones count against no one). */
  scheduledMinutes: number;
  attendedMinutes: number;
  excusedAbsences: number;
  unexcusedAbsences: number;
  /** Meetings held without a mark for this participant: a roll call still to complete. */
  unmarkedMeetings: number;
}

/** Sums a participant's meetings; only meetings that were held count, a cancelled one counts for nobody. */
export function attendanceTotals(meetings: readonly MeetingAttendance[]): AttendanceTotals {
  const totals: AttendanceTotals = {
    scheduledMinutes: 0,
    attendedMinutes: 0,
    excusedAbsences: 0,
    unexcusedAbsences: 0,
    unmarkedMeetings: 0,
  };
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    totals.scheduledMinutes += m.scheduledMinutes;
    totals.attendedMinutes += attendedMinutes(m.scheduledMinutes, m.record);
    if (!m.record) totals.unmarkedMeetings += 1;
    else if (m.record.mark === 'excused_absence') totals.excusedAbsences += 1;
    else if (m.record.mark === 'unexcused_absence') totals.unexcusedAbsences += 1;
  }
  return totals;
}
