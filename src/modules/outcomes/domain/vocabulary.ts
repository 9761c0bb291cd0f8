/**
 * The catalogue of what became of a person when an enrolment ends (its exit outcome), the families
 * the measures group them in, and the answers of a follow-up after exit. Codes are stable: they are
 * stored, exported and worded by the web app in each language.
 */

export const outcomeFamilies = [
  'employment',
  'training',
  'mobility',
  'referral',
  'no_outcome',
  'exclusion',
] as const;
export type OutcomeFamily = (typeof outcomeFamilies)[number];

/** Each exit outcome with its family; fixed-term ones carry the contract's dates (their length). */
export const outcomeCatalogue = {
  permanent_contract: { family: 'employment', fixedTerm: false, unsubsidized: true },
  fixed_term_contract: { family: 'employment', fixedTerm: true, unsubsidized: true },
  temporary_work: { family: 'employment', fixedTerm: true, unsubsidized: true },
  insertion_contract: { family: 'employment', fixedTerm: true, unsubsidized: false },
  subsidised_contract: { family: 'employment', fixedTerm: true, unsubsidized: false },
  apprenticeship: { family: 'employment', fixedTerm: true, unsubsidized: true },
  public_service: { family: 'employment', fixedTerm: false, unsubsidized: true },
  self_employment: { family: 'employment', fixedTerm: false, unsubsidized: true },
  hired_by_other_siae: { family: 'employment', fixedTerm: true, unsubsidized: false },
  qualifying_training: { family: 'training', fixedTerm: false, unsubsidized: false },
  pre_qualifying_training: { family: 'training', fixedTerm: false, unsubsidized: false },
  studies: { family: 'training', fixedTerm: false, unsubsidized: false },
  moved_to_region: { family: 'mobility', fixedTerm: false, unsubsidized: false },
  referred_to_other_program: { family: 'referral', fixedTerm: false, unsubsidized: false },
  job_search: { family: 'no_outcome', fixedTerm: false, unsubsidized: false },
  dropped_out: { family: 'no_outcome', fixedTerm: false, unsubsidized: false },
  unreachable: { family: 'no_outcome', fixedTerm: false, unsubsidized: false },
  moved_abroad: { family: 'exclusion', fixedTerm: false, unsubsidized: false },
  long_illness: { family: 'exclusion', fixedTerm: false, unsubsidized: false },
  institutionalised: { family: 'exclusion', fixedTerm: false, unsubsidized: false },
  deceased: { family: 'exclusion', fixedTerm: false, unsubsidized: false },
} as const satisfies Record<string, { family: OutcomeFamily; fixedTerm: boolean; unsubsidized: boolean }>;

export type ExitOutcome = keyof typeof outcomeCatalogue;
export const exitOutcomes = Object.keys(outcomeCatalogue) as [ExitOutcome, ...ExitOutcome[]];

export const isFixedTerm = (outcome: ExitOutcome) => outcomeCatalogue[outcome].fixedTerm;
export const familyOf = (outcome: ExitOutcome): OutcomeFamily => outcomeCatalogue[outcome].family;

/** What supports a recorded exit: a placement of the file, a training enrolment, the person's word, a document. */
export const exitEvidenceKinds = ['placement', 'training', 'declaration', 'document'] as const;
export type ExitEvidenceKind = (typeof exitEvidenceKinds)[number];

/** How an exit classifies under a program's positive-exit rule. */
export const exitVerdicts = ['positive', 'not_positive', 'excluded', 'no_rule'] as const;
export type ExitVerdict = (typeof exitVerdicts)[number];

/** ≥ or > against a threshold (a CDD of "more than 6 months" vs "6 months or more"). */
export const thresholdComparisons = ['more_than', 'at_least'] as const;
export type ThresholdComparison = (typeof thresholdComparisons)[number];

export const countingUnits = ['person', 'household'] as const;
export type CountingUnit = (typeof countingUnits)[number];

/** Follow-up after exit. */
export const followUpStatuses = ['pending', 'answered', 'unreachable', 'cancelled'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export const defaultFollowUpMonths = [3, 6, 12, 18] as const;
export const defaultUnreachableAfterAttempts = 3;
/** Days a follow-up form link stays usable. */
export const followUpLinkDays = 14;

export const followUpChannels = ['phone', 'email', 'sms', 'in_person', 'form'] as const;
export type FollowUpChannel = (typeof followUpChannels)[number];
export const attemptResults = ['no_answer', 'wrong_number', 'message_left', 'declined', 'sent'] as const;
export type AttemptResult = (typeof attemptResults)[number];

/** Monthly gross wage bands of a follow-up answer (the person says a band, not an amount). */
export const wageBands = ['none', 'under_1000', '1000_1499', '1500_1999', '2000_2999', '3000_plus'] as const;
export type WageBand = (typeof wageBands)[number];

/** The languages of the follow-up form a person answers without an account. */
export const followUpFormLanguages = ['fr', 'en', 'ar', 'uk', 'es', 'fa'] as const;
export type FollowUpFormLanguage = (typeof followUpFormLanguages)[number];

/** The answer to a follow-up, by the person (form) or the counselor (phone, in person). */
export interface FollowUpAnswer {
  employed: boolean;
  sameEmployer: boolean | null;
  contractType: 'permanent' | 'fixed_term' | 'temporary' | 'self_employed' | 'other' | null;
  hoursPerWeek: number | null;
  wageBand: WageBand | null;
  inTraining: boolean;
  inRegion: boolean | null;
  satisfied: 1 | 2 | 3 | 4 | 5 | null;
}

/** Default small-cell threshold of published statistics. */
export const defaultSmallCellThreshold = 10;

/** The measures a program's outcome dashboard shows, in the order it shows them. */
export const outcomeMeasures = [
  'positive_exit_rate',
  'positive_exit_rate_after_entry',
  'employment_rate_q2',
  'employment_rate_q4',
  'credential_attainment',
  'retention_in_region_6',
  'retention_in_region_12',
  'underemployment',
] as const;
export type OutcomeMeasureCode = (typeof outcomeMeasures)[number];
