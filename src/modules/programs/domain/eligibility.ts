import { z } from 'zod';
import { plainText, text } from '../../../contracts/primitives.js';
import { addMonths, addYears, ageOn, compareDates, completedMonthsBetween } from '../../../core/calendar.js';
import type { EligibilityFacts } from '../../people/api.js';
import { immigrationStatuses } from '../../people/domain/immigration-status.js';

const status = z.enum(immigrationStatuses);
const translatedLabel = z.object({ fr: text(200), en: text(200) });

type RuleShape =
  | { kind: 'maxAge'; years: number; inclusive: boolean }
  | { kind: 'minAge'; years: number }
  | { kind: 'allowedStatuses'; statuses: (typeof immigrationStatuses)[number][] }
  | { kind: 'excludedStatuses'; statuses: (typeof immigrationStatuses)[number][] }
  | { kind: 'minMonthsSinceAsylumApplication'; months: number; strict: boolean }
  | { kind: 'maxYearsSinceArrival'; years: number; strict: boolean }
  | { kind: 'foreignDegreeRequired' }
  | { kind: 'residence'; countries?: string[]; regions?: string[]; cities?: string[] }
  | { kind: 'anyOf'; label?: { fr: string; en: string }; rules: RuleShape[] }
  | { kind: 'allOf'; label?: { fr: string; en: string }; rules: RuleShape[] };

const simpleRules = [
  /** `inclusive: false` is "under N" (age < N); `true` is "N or younger" (age ≤ N). */
  z.object({ kind: z.literal('maxAge'), years: z.number().int().min(1).max(120), inclusive: z.boolean() }),
  z.object({ kind: z.literal('minAge'), years: z.number().int().min(0).max(120) }),
  z.object({ kind: z.literal('allowedStatuses'), statuses: z.array(status).min(1).max(50) }),
  z.object({ kind: z.literal('excludedStatuses'), statuses: z.array(status).min(1).max(50) }),
  /** `strict: true` is "more than N months" since the asylum application; `false` is "N months or more". */
  z.object({
    kind: z.literal('minMonthsSinceAsylumApplication'),
    months: z.number().int().min(0).max(240),
    strict: z.boolean(),
  }),
  /** `strict: true` is "less than N years" in the country; `false` is "N years or less". */
  z.object({
    kind: z.literal('maxYearsSinceArrival'),
    years: z.number().int().min(0).max(100),
    strict: z.boolean(),
  }),
  z.object({ kind: z.literal('foreignDegreeRequired') }),
  z.object({
    kind: z.literal('residence'),
    countries: z.array(plainText().length(2)).max(250).optional(),
    regions: z.array(text(120)).max(200).optional(),
    cities: z.array(text(120)).max(500).optional(),
  }),
] as const;

/** How deep "any of" and "all of" may nest: enough for any program's rules, and a bound for the parser. */
export const maxRuleNesting = 4;

const ruleNestedUpTo = (depth: number): z.ZodType<RuleShape> => {
  if (depth === 0) return z.discriminatedUnion('kind', [...simpleRules]);
  const inner = z
    .array(ruleNestedUpTo(depth - 1))
    .min(1)
    .max(50);
  return z.discriminatedUnion('kind', [
    ...simpleRules,
    z.object({ kind: z.literal('anyOf'), label: translatedLabel.optional(), rules: inner }),
    z.object({ kind: z.literal('allOf'), label: translatedLabel.optional(), rules: inner }),
  ]);
};

/**
 * Eligibility rules are data, stored with the program. Every threshold and whether it is strict
 * ("more than 6 months") or not ("6 months or more") is a parameter, never a constant. Groups nest
 * at most `maxRuleNesting` deep: a recursive schema would let a request of a few kilobytes exhaust
 * the stack of the validator.
 */
export const eligibilityRule: z.ZodType<RuleShape> = ruleNestedUpTo(maxRuleNesting);
export type EligibilityRule = RuleShape;
export const eligibilityRules = z.array(eligibilityRule).max(50);

export type RuleOutcome = 'passed' | 'failed' | 'unknown';

export interface RuleResult {
  rule: EligibilityRule;
  outcome: RuleOutcome;
  /** What was found, for the explanation: `{ age: 22 }`, `{ months: 7 }`, `{ status: 'refugee' }`… */
  observed: Record<string, string | number | boolean>;
  children?: RuleResult[];
}

export type EligibilityVerdict = 'eligible' | 'not_eligible' | 'incomplete';

export interface EligibilityEvaluation {
  verdict: EligibilityVerdict;
  onDate: string;
  results: RuleResult[];
}

const normalize = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

function combine(outcomes: RuleOutcome[], mode: 'any' | 'all'): RuleOutcome {
  if (mode === 'any') {
    if (outcomes.includes('passed')) return 'passed';
    return outcomes.includes('unknown') ? 'unknown' : 'failed';
  }
  if (outcomes.includes('failed')) return 'failed';
  return outcomes.includes('unknown') ? 'unknown' : 'passed';
}

export function evaluateRule(rule: EligibilityRule, facts: EligibilityFacts, onDate: string): RuleResult {
  const unknown = (observed: RuleResult['observed'] = {}): RuleResult => ({
    rule,
    outcome: 'unknown',
    observed,
  });
  const decide = (passed: boolean, observed: RuleResult['observed']): RuleResult => ({
    rule,
    outcome: passed ? 'passed' : 'failed',
    observed,
  });
  switch (rule.kind) {
    case 'maxAge': {
      if (!facts.birthDate) return unknown();
      const age = ageOn(facts.birthDate, onDate);
      return decide(rule.inclusive ? age <= rule.years : age < rule.years, { age });
    }
    case 'minAge': {
      if (!facts.birthDate) return unknown();
      const age = ageOn(facts.birthDate, onDate);
      return decide(age >= rule.years, { age });
    }
    case 'allowedStatuses':
      if (!facts.immigrationStatus) return unknown();
      return decide(rule.statuses.includes(facts.immigrationStatus), { status: facts.immigrationStatus });
    case 'excludedStatuses':
      if (!facts.immigrationStatus) return unknown();
      return decide(!rule.statuses.includes(facts.immigrationStatus), { status: facts.immigrationStatus });
    case 'minMonthsSinceAsylumApplication': {
      if (facts.immigrationStatus && facts.immigrationStatus !== 'asylum_seeker') {
        return decide(false, { status: facts.immigrationStatus });
      }
      if (!facts.asylumApplicationDate) return unknown();
      const threshold = addMonths(facts.asylumApplicationDate, rule.months);
      const comparison = compareDates(onDate, threshold);
      const months = completedMonthsBetween(facts.asylumApplicationDate, onDate);
      return decide(rule.strict ? comparison > 0 : comparison >= 0, {
        months,
        since: facts.asylumApplicationDate,
      });
    }
    case 'maxYearsSinceArrival': {
      if (!facts.arrivalDate) return unknown();
      const limit = addYears(facts.arrivalDate, rule.years);
      const comparison = compareDates(onDate, limit);
      const months = completedMonthsBetween(facts.arrivalDate, onDate);
      return decide(rule.strict ? comparison < 0 : comparison <= 0, { months, since: facts.arrivalDate });
    }
    case 'foreignDegreeRequired':
      return decide(facts.hasForeignDegree, { hasForeignDegree: facts.hasForeignDegree });
    case 'residence': {
      const checks: RuleOutcome[] = [];
      const observed: RuleResult['observed'] = {};
      const check = (wanted: string[] | undefined, actual: string | null, key: string) => {
        if (!wanted || wanted.length === 0) return;
        if (!actual) {
          checks.push('unknown');
          return;
        }
        observed[key] = actual;
        checks.push(wanted.some((w) => normalize(w) === normalize(actual)) ? 'passed' : 'failed');
      };
      check(rule.countries, facts.residenceCountry, 'country');
      check(rule.regions, facts.residenceRegion, 'region');
      check(rule.cities, facts.residenceCity, 'city');
      return { rule, outcome: combine(checks, 'all'), observed };
    }
    case 'anyOf':
    case 'allOf': {
      const children = rule.rules.map((child) => evaluateRule(child, facts, onDate));
      const outcome = combine(
        children.map((c) => c.outcome),
        rule.kind === 'anyOf' ? 'any' : 'all',
      );
      return { rule, outcome, observed: {}, children };
    }
  }
}

/** All top-level rules must pass. A rule that cannot be decided for lack of data makes the file incomplete. */
export function evaluateEligibility(
  rules: readonly EligibilityRule[],
  facts: EligibilityFacts,
  onDate: string,
): EligibilityEvaluation {
  const results = rules.map((rule) => evaluateRule(rule, facts, onDate));
  const outcome = combine(
    results.map((r) => r.outcome),
    'all',
  );
  return {
    verdict: outcome === 'passed' ? 'eligible' : outcome === 'failed' ? 'not_eligible' : 'incomplete',
    onDate,
    results,
  };
}
