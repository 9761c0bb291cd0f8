/** What an organization asks of its staff over a rolling period: training points, hours, or both. */
export interface Certification {
  requiredPoints: number | null;
  requiredMinutes: number | null;
  periodMonths: number;
}

/** Something credited on a day: live minutes of a training meeting, or the points of an attestation. */
export interface DatedCredit {
  on: string;
  amount: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first day of the period ending `today` (ISO dates): the same day `months` earlier, the month's
 * last day when that month is shorter (31 March less one month is 28 or 29 February).
 */
export function periodStart(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

const within = (credits: readonly DatedCredit[], from: string, to: string) =>
  credits.filter((c) => c.on >= from && c.on <= to).reduce((sum, c) => sum + c.amount, 0);
const progress = (earned: number, required: number | null) =>
  required === null ? null : Math.min(1, earned / required);

/**
 * Where a staff member stands: what was credited from the period's first day to today included, each
 * requirement's progress (capped at 100 %), and whether every requirement set is met.
 */
export function certificationProgress(
  certification: Certification,
  credits: { minutes: readonly DatedCredit[]; points: readonly DatedCredit[] },
  today: string,
) {
  const from = periodStart(today, certification.periodMonths);
  const minutes = within(credits.minutes, from, today);
  const points = within(credits.points, from, today);
  const minutesProgress = progress(minutes, certification.requiredMinutes);
  const pointsProgress = progress(points, certification.requiredPoints);
  return {
    from,
    to: today,
    minutes,
    points,
    minutesProgress,
    pointsProgress,
    reached: (minutesProgress ?? 1) >= 1 && (pointsProgress ?? 1) >= 1,
  };
}

/** A training as far as its points go. */
export interface TrainingOutcome {
  points: number;
  /** The training grants an attestation (then the points come with it). */
  grantsAttestation: boolean;
  attestationIssuedOn: string | null;
  meetingsToCome: number;
  /** Held meetings, each with the live minutes credited to the participant (0 when absent or unmarked). */
  heldMeetings: readonly { on: string; attendedMinutes: number }[];
}

/**
 * The points a training credits, and on which day. With an attestation rule, the points come with the
 * attestation (so the 20 %-absence rule and "no credit for a recording" apply to them too). Without one,
 * once the training is over and the participant attended every held meeting live, on its last day.
 */
export function pointsEarned(training: TrainingOutcome): DatedCredit | null {
  if (training.points === 0) return null;
  if (training.grantsAttestation)
    return training.attestationIssuedOn
      ? { on: training.attestationIssuedOn, amount: training.points }
      : null;
  const last = training.heldMeetings.at(-1);
  if (!last || training.meetingsToCome > 0) return null;
  if (training.heldMeetings.some((m) => m.attendedMinutes === 0)) return null;
  return { on: last.on, amount: training.points };
}
