/** One held meeting of the period, its marks already added up (see `attendedMinutes`). */
export interface HeldMeetingFacts {
  meetingId: string;
  startsAt: string;
  minutes: number;
  /** Minutes credited to seated participants at this meeting (live only). */
  attendedMinutes: number;
  /** Marks taken for seated participants. */
  marks: number;
  /** Of those, unexcused absences. */
  noShows: number;
}

/** A series' held meetings of the period, added up. */
export interface HeldTotals {
  meetings: number;
  /** Their lengths added up (each meeting once, not per participant). */
  minutes: number;
  attendedMinutes: number;
  marks: number;
  noShows: number;
}

/** Held meetings added up, as the summary rows keep them. */
export function heldTotals(meetings: readonly HeldMeetingFacts[]): HeldTotals {
  return meetings.reduce(
    (sum, m) => ({
      meetings: sum.meetings + 1,
      minutes: sum.minutes + m.minutes,
      attendedMinutes: sum.attendedMinutes + m.attendedMinutes,
      marks: sum.marks + m.marks,
      noShows: sum.noShows + m.noShows,
    }),
    { meetings: 0, minutes: 0, attendedMinutes: 0, marks: 0, noShows: 0 },
  );
}

export interface SeriesFacts {
  seriesId: string;
  title: string;
  organizationName: string;
  capacity: number | null;
  /** Participants holding a seat. */
  enrolled: number;
  held: HeldTotals;
  attestationsIssued: number;
}

/** Minutes credited to one participant (a person or a staff member) over the period's held meetings. */
export interface ParticipantMinutes {
  participantId: string;
  attendedMinutes: number;
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

/** Bands of credited hours, lower bound excluded except for the first (0 h exactly). */
export const hoursBands = [
  { fromHours: 0, toHours: 0 },
  { fromHours: 0, toHours: 2 },
  { fromHours: 2, toHours: 5 },
  { fromHours: 5, toHours: 10 },
  { fromHours: 10, toHours: 20 },
  { fromHours: 20, toHours: null },
] as const;

/** How many participants fall in each band of credited hours. */
export function hoursDistribution(participants: readonly ParticipantMinutes[]) {
  const counts = hoursBands.map(() => 0);
  for (const p of participants) {
    const hours = p.attendedMinutes / 60;
    const band =
      hours === 0
        ? 0
        : hoursBands.findIndex(
            (b, i) => i > 0 && hours > b.fromHours && (b.toHours === null || hours <= b.toHours),
          );
    counts[band] = (counts[band] ?? 0) + 1;
  }
  return hoursBands.map((b, i) => ({
    fromHours: b.fromHours,
    toHours: b.toHours,
    participants: counts[i] ?? 0,
  }));
}

/** The middle value of credited hours (mean of the two middle ones for an even count); null with nobody. */
export function medianHours(participants: readonly ParticipantMinutes[]): number | null {
  if (participants.length === 0) return null;
  const sorted = participants.map((p) => p.attendedMinutes).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const minutes =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return minutes / 60;
}

/**
 * The figures of a period, all from attendance: fill rate (seats taken ÷ seats offered, series with a
 * capacity), attendance rate (minutes attended ÷ minutes scheduled for seated participants at held
 * meetings; an unmarked participant counts as absent), no-show rate (unexcused absences ÷ marks),
 * hours per participant (mean, median and bands, over participants marked at least once),
 * attestations issued.
 */
export function sessionFigures(series: readonly SeriesFacts[], participants: readonly ParticipantMinutes[]) {
  let seats = 0;
  let taken = 0;
  let attended = 0;
  let scheduled = 0;
  let noShows = 0;
  let marks = 0;
  let attestations = 0;
  let meetingsHeld = 0;
  const bySeries = series.map((s) => {
    if (s.capacity !== null) {
      seats += s.capacity;
      taken += Math.min(s.enrolled, s.capacity);
    }
    const seriesScheduled = s.held.minutes * s.enrolled;
    const seriesAttended = s.held.attendedMinutes;
    const seriesMarks = s.held.marks;
    const seriesNoShows = s.held.noShows;
    attended += seriesAttended;
    scheduled += seriesScheduled;
    marks += seriesMarks;
    noShows += seriesNoShows;
    attestations += s.attestationsIssued;
    meetingsHeld += s.held.meetings;
    return {
      seriesId: s.seriesId,
      title: s.title,
      organizationName: s.organizationName,
      enrolled: s.enrolled,
      capacity: s.capacity,
      meetingsHeld: s.held.meetings,
      attendanceRate: seriesScheduled === 0 ? null : seriesAttended / seriesScheduled,
      noShowRate: seriesMarks === 0 ? null : seriesNoShows / seriesMarks,
      attestationsIssued: s.attestationsIssued,
    };
  });
  const totalMinutes = participants.reduce((sum, p) => sum + p.attendedMinutes, 0);
  return {
    sessions: series.length,
    meetingsHeld,
    fillRate: ratio(taken, seats),
    attendanceRate: ratio(attended, scheduled),
    noShowRate: ratio(noShows, marks),
    participants: participants.length,
    hoursPerParticipant: participants.length === 0 ? null : totalMinutes / 60 / participants.length,
    medianHoursPerParticipant: medianHours(participants),
    hoursDistribution: hoursDistribution(participants),
    attestationsIssued: attestations,
    bySeries,
  };
}

/** Each held meeting's attendance rate: credited minutes ÷ (its length × seated participants). */
export function meetingFigures(meetings: readonly HeldMeetingFacts[], enrolled: number) {
  return meetings.map((m) => ({
    meetingId: m.meetingId,
    startsAt: m.startsAt,
    marks: m.marks,
    attendanceRate: enrolled === 0 ? null : m.attendedMinutes / (m.minutes * enrolled),
    noShowRate: m.marks === 0 ? null : m.noShows / m.marks,
  }));
}
