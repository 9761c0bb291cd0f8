import { type AttendanceRecord, attendedMinutes } from './attendance.js';

export interface SeriesFacts {
  seriesId: string;
  title: string;
  capacity: number | null;
  /** Participants holding a seat. */
  enrolled: number;
  /** Held meetings in the period with their length. */
  heldMeetings: { meetingId: string; minutes: number }[];
  /** Marks of seated participants at those meetings. */
  marks: { meetingId: string; participantId: string; record: AttendanceRecord }[];
  attestationsIssued: number;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}
const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/**
 * The figures of a period, all from attendance: fill rate (seats taken ÷ seats offered, series with a
 * capacity), attendance rate (minutes attended ÷ minutes scheduled for seated participants at held
 * meetings; an unmarked participant counts as absent), no-show rate (unexcused absences ÷ marks),
 * hours per participant, attestations issued.
 */
export function sessionFigures(series: readonly SeriesFacts[]) {
  let seats = 0;
  let taken = 0;
  let attended = 0;
  let scheduled = 0;
  let noShows = 0;
  let marksCount = 0;
  const participants = new Set<string>();
  let attestations = 0;
  const bySeries = series.map((s) => {
    if (s.capacity !== null) {
      seats += s.capacity;
      taken += Math.min(s.enrolled, s.capacity);
    }
    const length = new Map(s.heldMeetings.map((m) => [m.meetingId, m.minutes]));
    const seriesScheduled = s.heldMeetings.reduce((sum, m) => sum + m.minutes, 0) * s.enrolled;
    let seriesAttended = 0;
    for (const mark of s.marks) {
      const minutes = length.get(mark.meetingId);
      if (minutes === undefined) continue;
      seriesAttended += attendedMinutes(minutes, mark.record);
      marksCount += 1;
      if (mark.record.mark === 'unexcused_absence') noShows += 1;
      participants.add(mark.participantId);
    }
    attended += seriesAttended;
    scheduled += seriesScheduled;
    attestations += s.attestationsIssued;
    return {
      seriesId: s.seriesId,
      title: s.title,
      enrolled: s.enrolled,
      capacity: s.capacity,
      attendanceRate: seriesScheduled === 0 ? null : seriesAttended / seriesScheduled,
    };
  });
  return {
    sessions: series.length,
    meetingsHeld: series.reduce((sum, s) => sum + s.heldMeetings.length, 0),
    fillRate: ratio(taken, seats),
    attendanceRate: ratio(attended, scheduled),
    noShowRate: ratio(noShows, marksCount),
    participants: participants.size,
    hoursPerParticipant: participants.size === 0 ? null : attended / 60 / participants.size,
    attestationsIssued: attestations,
    bySeries,
  };
}
