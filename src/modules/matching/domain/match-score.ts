import {
  type CriterionFit,
  type CriterionOutcome,
  isApplicable,
  type MatchCriterion,
  type MatchWeights,
  matchCriteria,
} from './criteria.js';

/** A criterion whose person side is unknown counts as half a fit: neither a reason to rank up nor down. */
export const UNKNOWN_FIT = 0.5;

export interface ScoredCriterion extends CriterionFit {
  weight: number;
}

export interface MatchScore {
  /** 0 to 100, the weighted mean of the applicable criteria. */
  score: number;
  criteria: ScoredCriterion[];
  /** How many criteria counted as unknown: a score built on guesses says so. */
  unknown: number;
}

export function assertValidWeights(weights: MatchWeights): void {
  for (const criterion of matchCriteria) {
    const weight = weights[criterion];
    if (!Number.isInteger(weight) || weight < 0)
      throw new RangeError(`weight of ${criterion} must be an integer ≥ 0`);
  }
}

/**
 * Combines the criteria an offer asks about. Criteria with no weight are still listed (the reader sees
 * them) but do not move the score; criteria the offer does not ask about are left out.
 */
export function matchScore(outcomes: readonly CriterionOutcome[], weights: MatchWeights): MatchScore {
  assertValidWeights(weights);
  const seen = new Set<MatchCriterion>();
  const criteria: ScoredCriterion[] = [];
  let weighted = 0;
  let totalWeight = 0;
  let unknown = 0;
  for (const outcome of outcomes) {
    if (seen.has(outcome.criterion)) throw new Error(`criterion ${outcome.criterion} given twice`);
    seen.add(outcome.criterion);
    if (!isApplicable(outcome)) continue;
    const weight = weights[outcome.criterion];
    const fit = outcome.fit ?? UNKNOWN_FIT;
    if (outcome.fit === null) unknown += 1;
    weighted += weight * Math.min(1, Math.max(0, fit));
    totalWeight += weight;
    criteria.push({ ...outcome, weight });
  }
  criteria.sort((a, b) => matchCriteria.indexOf(a.criterion) - matchCriteria.indexOf(b.criterion));
  const score = totalWeight === 0 ? 0 : Math.round((100 * weighted) / totalWeight);
  return { score, criteria, unknown };
}

/** Best first; on equal scores the one with fewer unknowns, then the caller's stable key. */
export function rankMatches<T extends { match: MatchScore; key: string }>(
  items: readonly T[],
  limit: number,
): T[] {
  return [...items]
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        a.match.unknown - b.match.unknown ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .slice(0, Math.max(0, limit));
}
