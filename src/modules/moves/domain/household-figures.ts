/**
 * Emplois en régions is judged on households settled in a region each year (260 when it began, 1,160
 * as the target). These pure functions are the specification of its figures: a household counts once
 * in a year however many of its members moved or however many times it moved, and the path from the
 * front door to a lasting settlement is a funnel of distinct households at each stage.
 */

export interface MoveFact {
  householdKey: string;
  movedOn: string;
  regionCountry: string;
  regionCode: string;
  organizationId: string;
}

export interface RequestFact {
  requestId: string;
  receivedOn: string;
}

export interface StayFact {
  householdKey: string;
  startsOn: string;
  cancelled: boolean;
  decision: 'interested' | 'not_interested' | 'decided_to_move' | null;
  decidedOn: string | null;
}

/** A move's 12-month follow-up as the outcomes module answered it. */
export interface RetentionFact {
  householdKey: string;
  movedOn: string;
  dueOn: string;
  answeredOn: string | null;
  inRegion: boolean | null;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** Distinct households that moved in each year: a household moving twice in a year counts once. */
export function householdsByYear(moves: readonly MoveFact[], years: readonly number[]): Map<number, number> {
  const keys = new Map<number, Set<string>>(years.map((year) => [year, new Set<string>()]));
  for (const move of moves) keys.get(yearOf(move.movedOn))?.add(move.householdKey);
  return new Map([...keys].map(([year, set]) => [year, set.size]));
}

/**
 * Distinct households that moved in the year, grouped by `groupOf` (the region, the organization).
 * A household that moved to two regions in one year counts once in each: the groups may add up to
 * more than the year's total, which the page says.
 */
export function householdsInYearBy(
  moves: readonly MoveFact[],
  year: number,
  groupOf: (move: MoveFact) => string,
): Map<string, number> {
  const keys = new Map<string, Set<string>>();
  for (const move of moves) {
    if (yearOf(move.movedOn) !== year) continue;
    const group = groupOf(move);
    let set = keys.get(group);
    if (!set) {
      set = new Set();
      keys.set(group, set);
    }
    set.add(move.householdKey);
  }
  return new Map([...keys].map(([group, set]) => [group, set.size]));
}

export const funnelStages = ['requests', 'stays', 'decisions', 'moves', 'retained'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export interface Funnel {
  year: number;
  stages: Record<FunnelStage, number>;
  /** Households that moved in the year whose 12-month follow-up has fallen due by `today`. */
  retentionDue: number;
}

/**
 * The year's path from the front door to a lasting settlement, each stage in distinct households:
 * requests received; households on an exploratory stay that began (cancelled stays left out);
 * households that decided to move after a stay; households that moved; and of those, the ones whose
 * 12-month follow-up, answered by `today`, says they still live in the region. Stages are counted
 * within the year, not as a cohort: a stay in December and a move in January fall in two years.
 */
export function regionalizationFunnel(
  facts: {
    requests: readonly RequestFact[];
    stays: readonly StayFact[];
    moves: readonly MoveFact[];
    retention: readonly RetentionFact[];
  },
  year: number,
  today: string,
): Funnel {
  const inYear = (day: string | null) => day !== null && yearOf(day) === year;
  const distinct = (keys: Iterable<string>) => new Set(keys).size;
  const requests = facts.requests.filter((r) => inYear(r.receivedOn)).length;
  const stays = distinct(
    facts.stays.filter((s) => !s.cancelled && inYear(s.startsOn)).map((s) => s.householdKey),
  );
  const decisions = distinct(
    facts.stays
      .filter((s) => !s.cancelled && s.decision === 'decided_to_move' && inYear(s.decidedOn))
      .map((s) => s.householdKey),
  );
  const movedKeys = new Set(facts.moves.filter((m) => inYear(m.movedOn)).map((m) => m.householdKey));
  const yearRetention = facts.retention.filter((r) => inYear(r.movedOn) && movedKeys.has(r.householdKey));
  const retained = distinct(
    yearRetention
      .filter((r) => r.inRegion === true && r.answeredOn !== null && r.answeredOn <= today)
      .map((r) => r.householdKey),
  );
  const retentionDue = distinct(yearRetention.filter((r) => r.dueOn <= today).map((r) => r.householdKey));
  return {
    year,
    stages: { requests, stays, decisions, moves: movedKeys.size, retained },
    retentionDue,
  };
}
