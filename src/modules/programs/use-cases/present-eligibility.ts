import type { RuleResultView } from '../../../contracts/programs.js';
import type { Locale } from '../../../core/i18n/locale.js';
import type { EligibilityEvaluation, RuleResult } from '../domain/eligibility.js';
import { describeRule, explainResult } from '../domain/explain.js';

function presentResult(result: RuleResult, locale: Locale): RuleResultView {
  return {
    kind: result.rule.kind,
    outcome: result.outcome,
    description: describeRule(result.rule, locale),
    explanation: explainResult(result, locale),
    observed: result.observed,
    ...(result.children ? { children: result.children.map((c) => presentResult(c, locale)) } : {}),
  };
}

export function presentEligibility(evaluation: EligibilityEvaluation, locale: Locale) {
  return {
    verdict: evaluation.verdict,
    onDate: evaluation.onDate,
    results: evaluation.results.map((r) => presentResult(r, locale)),
  };
}
