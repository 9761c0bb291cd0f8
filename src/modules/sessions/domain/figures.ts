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

/** The band of credited hours `minutes` falls in (an index of `hoursBands`). */
export function hoursBandOf(minutes: number): number {
  const hours = minutes / 60;
  return hours === 0
    ? 0
    : hoursBands.findIndex(
        (b, i) => i > 0 && hours > b.fromHours && (b.toHours === null || hours <= b.toHours),
      );
}

/** How many participants fall in each band of credited hours. */
export function hoursDistribution(participants: readonly ParticipantMinutes[]) {
  const counts = hoursBands.map(() => 0);
  for (const p of participants) {
    const band = hoursBandOf(p.attendedMinutes);
    counts[band] = (counts[band] ?? 0) + 1;
  }
  return counts;
}

/** The middle value of credited minutes (mean of the two middle ones for an even count); null with nobody. */
export function medianMinutes(participants: readonly ParticipantMinutes[]): number | null {
  if (participants.length === 0) return null;
  const sorted = participants.map((p) => p.attendedMinutes).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * A period's sums, from which its figures follow: what `periodTotals` adds up from the series and
 * participants, or what the database adds up from the summary tables (adapters/figures-summary-read.ts)
 * without sending them — the use-case test checks both give the same figures.
 */
export interface PeriodTotals {
  sessions: number;
  meetingsHeld: number;
  /** Seats offered and taken, over series with a capacity. */
  seats: number;
  taken: number;
  attendedMinutes: number;
  scheduledMinutes: number;
  marks: number;
  noShows: number;
  attestationsIssued: number;
  participants: number;
  participantMinutes: number;
  medianParticipantMinutes: number | null;
  /** Participants in each of `hoursBands`, in order. */
  participantsByBand: number[];
}

export function periodTotals(
  series: readonly Omit<SeriesFacts, 'title' | 'organizationName' | 'seriesId'>[],
  participants: readonly ParticipantMinutes[],
): PeriodTotals {
  const totals: PeriodTotals = {
    sessions: series.length,
    meetingsHeld: 0,
    seats: 0,
    taken: 0,
    attendedMinutes: 0,
    scheduledMinutes: 0,
    marks: 0,
    noShows: 0,
    attestationsIssued: 0,
    participants: participants.length,
    participantMinutes: participants.reduce((sum, p) => sum + p.attendedMinutes, 0),
    medianParticipantMinutes: medianMinutes(participants),
    participantsByBand: hoursDistribution(participants),
  };
  for (const s of series) {
    if (s.capacity !== null) {
      totals.seats += s.capacity;
      totals.taken += Math.min(s.enrolled, s.capacity);
    }
    totals.meetingsHeld += s.held.meetings;
    totals.attendedMinutes += s.held.attendedMinutes;
    totals.scheduledMinutes += s.held.minutes * s.enrolled;
    totals.marks += s.held.marks;
    totals.noShows += s.held.noShows;
    totals.attestationsIssued += s.attestationsIssued;
  }
  return totals;
}

/** One series' own figures, as a line of the period's table. */
export function seriesLine(s: SeriesFacts) {
  const scheduled = s.held.minutes * s.enrolled;
  return {
    seriesId: s.seriesId,
    title: s.title,
    organizationName: s.organizationName,
    enrolled: s.enrolled,
    capacity: s.capacity,
    meetingsHeld: s.held.meetings,
    attendanceRate: scheduled === 0 ? null : s.held.attendedMinutes / scheduled,
    noShowRate: s.held.marks === 0 ? null : s.held.noShows / s.held.marks,
    attestationsIssued: s.attestationsIssued,
  };
}

/**
 * The figures of a period, all from attendance: fill rate (seats taken ÷ seats offered, series with a
 * capacity), attendance rate (minutes attended ÷ minutes scheduled for seated participants at held
 * meetings; an unmarked participant counts as absent), no-show rate (unexcused absences ÷ marks),
 * hours per participant (mean, median and bands, over participants marked at least once),
 * attestations issued; with the lines of the series given (a page of them, or all).
 */
export function figuresOfTotals(totals: PeriodTotals, lines: readonly SeriesFacts[]) {
  return {
    sessions: totals.sessions,
    meetingsHeld: totals.meetingsHeld,
    fillRate: ratio(totals.taken, totals.seats),
    attendanceRate: ratio(totals.attendedMinutes, totals.scheduledMinutes),
    noShowRate: ratio(totals.noShows, totals.marks),
    participants: totals.participants,
    hoursPerParticipant:
      totals.participants === 0 ? null : totals.participantMinutes / 60 / totals.participants,
    medianHoursPerParticipant:
      totals.medianParticipantMinutes === null ? null : totals.medianParticipantMinutes / 60,
    hoursDistribution: hoursBands.map((b, i) => ({
      fromHours: b.fromHours,
      toHours: b.toHours,
      participants: totals.participantsByBand[i] ?? 0,
    })),
    attestationsIssued: totals.attestationsIssued,
    bySeries: lines.map(seriesLine),
  };
}

/** The figures of a period and every series' line, from the series and participants themselves. */
export function sessionFigures(series: readonly SeriesFacts[], participants: readonly ParticipantMinutes[]) {
  return figuresOfTotals(periodTotals(series, participants), series);
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
