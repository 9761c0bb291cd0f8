/**
 * The vocabulary of a match between a person and a job offer. Each criterion gives a fit between 0 and
 * 1 and the reason for it as a code with parameters, so that the web app writes the reason in the
 * reader's language ("Same occupation as her target in the plan", "B1 in French, B2 required").
 */

export const matchCriteria = [
  'occupation',
  'skills',
  'language',
  'distance',
  'contract',
  'hours',
  'credential',
] as const;
export type MatchCriterion = (typeof matchCriteria)[number];

/** How much each criterion counts. Non-negative integers kept as an organization's setting. */
export type MatchWeights = Record<MatchCriterion, number>;

export type ReasonParams = Record<string, string | number | boolean>;

export interface CriterionFit {
  criterion: MatchCriterion;
  /** 0 (does not fit) to 1 (fits); `null` when the person's side is not known (counted as neutral). */
  fit: number | null;
  reason: string;
  params: ReasonParams;
}

/** A criterion the offer does not ask about (no language or credential required) is left out entirely. */
export type CriterionOutcome = CriterionFit | { criterion: MatchCriterion; notApplicable: true };

export const isApplicable = (outcome: CriterionOutcome): outcome is CriterionFit =>
  !('notApplicable' in outcome);

/**
 * Where an organization's weights start before a coordinator changes them: the occupation counts most,
 * then language and distance, which decide whether the person can take the job at all.
 */
export const defaultMatchWeights: MatchWeights = {
  occupation: 5,
  skills: 2,
  language: 3,
  distance: 3,
  contract: 1,
  hours: 1,
  credential: 3,
};
