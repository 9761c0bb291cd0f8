/**
 * Exploratory stays (docs/regions.md): a household spends one to five days in a region to see whether it
 * could live there. Planned, then done (and reported: interested, not interested, decided to move) or
 * cancelled. Pure rules, shared with contracts and the web app.
 */
export const stayStatuses = ['planned', 'done', 'cancelled'] as const;
export type StayStatus = (typeof stayStatuses)[number];

export const stayDecisions = ['interested', 'not_interested', 'decided_to_move'] as const;
export type StayDecision = (typeof stayDecisions)[number];

export const programmeItemKinds = [
  'employer_visit',
  'housing_visit',
  'meeting',
  'school_visit',
  'other',
] as const;
export type ProgrammeItemKind = (typeof programmeItemKinds)[number];

export const stayCostKinds = ['transport', 'lodging', 'meals', 'other'] as const;
export type StayCostKind = (typeof stayCostKinds)[number];

export const stayCostPayers = ['household', 'program', 'partner'] as const;
export type StayCostPayer = (typeof stayCostPayers)[number];

export const MIN_STAY_DAYS = 1;
export const MAX_STAY_DAYS = 5;

const DAY_MS = 86_400_000;

/** Days between two 'YYYY-MM-DD' dates, counted as the calendar does (no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` after a 'YYYY-MM-DD' date. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days a stay lasts, both ends included (a stay from Monday to Wednesday lasts 3 days). */
export function stayLength(startsOn: string, endsOn: string): number {
  return daysBetween(startsOn, endsOn) + 1;
}

export type StayDatesProblem = 'ends_before_start' | 'too_long';

/** Why these dates do not make a stay of one to five days; null when they do. */
export function stayDatesProblem(startsOn: string, endsOn: string): StayDatesProblem | null {
  const days = stayLength(startsOn, endsOn);
  if (days < MIN_STAY_DAYS) return 'ends_before_start';
  if (days > MAX_STAY_DAYS) return 'too_long';
  return null;
}

/** Whether a programme item's day falls within the stay. */
export function dayWithinStay(day: string, startsOn: string, endsOn: string): boolean {
  return day >= startsOn && day <= endsOn;
}

export const stayActions = ['edit', 'cancel', 'report', 'add_item', 'add_cost'] as const;
export type StayAction = (typeof stayActions)[number];

/**
 * What may be done with a stay in each status: a planned stay is edited, completed with its programme
 * and costs, cancelled or reported (which marks it done); a done stay may still be reported again (a
 * decision corrected) and receive late costs; a cancelled stay stays as it was.
 */
export function stayAllows(status: StayStatus, action: StayAction): boolean {
  switch (status) {
    case 'planned':
      return true;
    case 'done':
      return action === 'report' || action === 'add_cost';
    case 'cancelled':
      return false;
  }
}

export type ReportProblem = 'before_start' | 'decided_on_missing' | 'decided_on_before_start';

/**
 * Whether a report may be written: not before the stay began (in the organization's today), and a
 * decision to move carries the day it was taken, not before the stay began.
 */
export function reportProblem(input: {
  startsOn: string;
  today: string;
  decision: StayDecision;
  decidedOn: string | null;
}): ReportProblem | null {
  if (input.today < input.startsOn) return 'before_start';
  if (input.decision === 'decided_to_move') {
    if (!input.decidedOn) return 'decided_on_missing';
    if (input.decidedOn < input.startsOn) return 'decided_on_before_start';
  }
  return null;
}

/** The day a decision to move counts from: only a decision to move has one. */
export function decidedOnOf(decision: StayDecision, decidedOn: string | null | undefined): string | null {
  return decision === 'decided_to_move' ? (decidedOn ?? null) : null;
}

/** Total of cost lines in cents, and per payer. */
export function costTotals(lines: readonly { amountCents: number; paidBy: StayCostPayer }[]) {
  const byPayer: Record<StayCostPayer, number> = { household: 0, program: 0, partner: 0 };
  let total = 0;
  for (const line of lines) {
    byPayer[line.paidBy] += line.amountCents;
    total += line.amountCents;
  }
  return { totalCents: total, byPayer };
}

/** Initials of a name for minimum exposure ("Amina Diallo" → "A. D."). */
export function initialsOf(givenName: string, familyName: string): string {
  const first = (s: string) => {
    const c = [...s.trim()][0];
    return c ? `${c.toLocaleUpperCase()}.` : '';
  };
  return [first(givenName), first(familyName)].filter(Boolean).join(' ');
}

/** Lower case without accents or dashes, to find a region's name in a session's title ("Saguenay–Lac-Saint-Jean"). */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}
