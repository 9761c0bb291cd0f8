import type { z } from 'zod';
import type { positiveExitRuleBody } from '../../contracts/outcomes.js';

type Rule = z.input<typeof positiveExitRuleBody>;

const employment = [
  'permanent_contract',
  'fixed_term_contract',
  'temporary_work',
  'insertion_contract',
  'subsidised_contract',
  'apprenticeship',
  'public_service',
  'self_employment',
  'hired_by_other_siae',
] as const;
const frenchExclusions = ['deceased', 'moved_abroad', 'long_illness'] as const;
const none: Pick<Rule, 'fixedTermMinimumMonths' | 'fixedTermComparison'> = {
  fixedTermMinimumMonths: null,
  fixedTermComparison: 'more_than',
};

/**
 * ILLUSTRATIVE DATA. Each program's positive-exit rule as its funder writes it, by program key.
 * impulseR: a job of more than six months or a qualifying training, 18 months after entry. IPR:
 * any job or training, at exit. St. Louis: a job at the person's qualification level. Louisville: a
 * job with the credential obtained (then in its field: below). Québec: households settled in a region, followed at 6 and 12 months.
 */
export const demoExitRules: Record<string, Rule> = {
  impulser: {
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'more_than',
    exclusions: [...frenchExclusions],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: 18,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  },
  ipr: {
    positiveOutcomes: [...employment, 'qualifying_training', 'pre_qualifying_training', 'studies'],
    ...none,
    exclusions: [...frenchExclusions],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: null,
    followUpMonths: [3, 6, 12],
    unreachableAfterAttempts: 3,
  },
  rcp: {
    positiveOutcomes: [...employment],
    ...none,
    exclusions: ['deceased', 'moved_abroad', 'institutionalised'],
    requireQualificationLevel: true,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: null,
    followUpMonths: [6, 12],
    unreachableAfterAttempts: 3,
  },
  'louisville-recredentialing': {
    positiveOutcomes: [...employment],
    ...none,
    exclusions: ['deceased', 'moved_abroad', 'institutionalised'],
    requireQualificationLevel: false,
    requireCredential: true,
    countingUnit: 'person',
    measuredMonthsAfterEntry: null,
    followUpMonths: [6, 12],
    unreachableAfterAttempts: 3,
  },
  'emplois-en-regions': {
    positiveOutcomes: ['moved_to_region'],
    ...none,
    exclusions: ['deceased'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'household',
    measuredMonthsAfterEntry: null,
    followUpMonths: [6, 12],
    unreachableAfterAttempts: 3,
  },
};

/**
 * Louisville's second version, from a recent day: its rule as PROGRAMS.md words it, "credential obtained
 * and employed in the field" — the exit's contract in the field of a credential a recognition case gave.
 * Exits decided by the first version keep it.
 */
export const louisvilleFieldVersion: Rule = {
  ...demoExitRules['louisville-recredentialing']!,
  requireEmployedInField: true,
};

/** impulseR's second version, from a recent day: a CDD of six months exactly now counts. */
export const impulserSecondVersion: Rule = {
  ...demoExitRules.impulser!,
  fixedTermComparison: 'at_least',
};
