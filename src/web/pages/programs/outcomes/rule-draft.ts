import type { ExitRuleVersion, ExitRuleVersionBody } from '../../../api/outcome-figures.js';

/** The new version's form as typed: numbers may be empty (''), the follow-up months a list in words. */
export type RuleDraft = Omit<
  ExitRuleVersionBody,
  'followUpMonths' | 'fixedTermMinimumMonths' | 'measuredMonthsAfterEntry' | 'unreachableAfterAttempts'
> & {
  followUpMonths: string;
  fixedTermMinimumMonths: number | string;
  measuredMonthsAfterEntry: number | string;
  unreachableAfterAttempts: number | string;
};

/** A program's first version starts from common terms, which its administrators then adjust. */
const defaultRule: Omit<
  ExitRuleVersion,
  'id' | 'version' | 'effectiveFrom' | 'createdAt' | 'createdBy' | 'createdByName'
> = {
  positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
  fixedTermMinimumMonths: 6,
  fixedTermComparison: 'at_least',
  exclusions: ['moved_abroad', 'long_illness', 'institutionalised', 'deceased'],
  requireQualificationLevel: false,
  requireCredential: false,
  requireEmployedInField: false,
  countingUnit: 'person',
  measuredMonthsAfterEntry: null,
  followUpMonths: [3, 6, 12, 18],
  unreachableAfterAttempts: 3,
};

/** A new version starts as a copy of the latest (or of the default rule), from today. */
export function ruleDraftOf(from: ExitRuleVersion | null, today: string): RuleDraft {
  const rule = from ?? defaultRule;
  return {
    positiveOutcomes: [...rule.positiveOutcomes],
    fixedTermMinimumMonths: rule.fixedTermMinimumMonths ?? '',
    fixedTermComparison: rule.fixedTermComparison,
    exclusions: [...rule.exclusions],
    requireQualificationLevel: rule.requireQualificationLevel,
    requireCredential: rule.requireCredential,
    requireEmployedInField: rule.requireEmployedInField,
    countingUnit: rule.countingUnit,
    measuredMonthsAfterEntry: rule.measuredMonthsAfterEntry ?? '',
    followUpMonths: rule.followUpMonths.join(', '),
    unreachableAfterAttempts: rule.unreachableAfterAttempts,
    effectiveFrom: today,
  };
}

/** "3, 6, 12" → [3, 6, 12]; null when a part is not a whole number of months from 1 to 60. */
export function parseMonths(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const months = parts.map(Number);
  if (months.some((value) => !Number.isInteger(value) || value < 1 || value > 60)) return null;
  return [...new Set(months)].sort((a, b) => a - b);
}

const orNull = (value: number | string) => (value === '' ? null : Number(value));

/** What is sent, once the follow-up months have been read. */
export function ruleBodyOf(draft: RuleDraft, followUpMonths: number[]): ExitRuleVersionBody {
  return {
    positiveOutcomes: draft.positiveOutcomes,
    fixedTermMinimumMonths: orNull(draft.fixedTermMinimumMonths),
    fixedTermComparison: draft.fixedTermComparison,
    exclusions: draft.exclusions,
    requireQualificationLevel: draft.requireQualificationLevel,
    requireCredential: draft.requireCredential,
    requireEmployedInField: draft.requireEmployedInField ?? false,
    countingUnit: draft.countingUnit,
    measuredMonthsAfterEntry: orNull(draft.measuredMonthsAfterEntry),
    followUpMonths,
    unreachableAfterAttempts: Number(draft.unreachableAfterAttempts),
    effectiveFrom: draft.effectiveFrom,
  };
}
