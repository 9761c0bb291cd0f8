import type {
  CaseStatus,
  CaseStepStatus,
  PathwayStepKind,
  RecognisedCredentialKind,
  RecognitionResult,
  StepPayer,
} from './vocabulary.js';

/** A field refused, with its stable code; the route answers them as the error's details. */
export interface Refusal {
  path: string;
  code: string;
}

export function caseStatusOf(c: { result: string | null; closedOn: string | null }): CaseStatus {
  if (c.result) return 'decided';
  return c.closedOn ? 'closed' : 'open';
}

/**
 * The version a case starting on `day` follows: the latest one effective that day or before. None when
 * every version takes effect later.
 */
export function versionInForce<V extends { number: number; effectiveOn: string }>(
  versions: readonly V[],
  day: string,
): V | undefined {
  let found: V | undefined;
  for (const v of versions)
    if (
      v.effectiveOn <= day &&
      (!found ||
        v.effectiveOn > found.effectiveOn ||
        (v.effectiveOn === found.effectiveOn && v.number > found.number))
    )
      found = v;
  return found;
}

/** The version shown as the pathway's current one: in force today, else the first to come. */
export function currentVersion<V extends { number: number; effectiveOn: string }>(
  versions: readonly V[],
  today: string,
): V {
  const inForce = versionInForce(versions, today);
  if (inForce) return inForce;
  const first = [...versions].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.number - b.number,
  )[0];
  if (!first) throw new Error('a pathway has at least one version');
  return first;
}

export interface StepState {
  id: string;
  position: number;
  kind: PathwayStepKind;
  status: CaseStepStatus;
  startedOn: string | null;
  doneOn: string | null;
  typicalCostCents: number | null;
  actualCostCents: number | null;
  currency: string;
  paidBy: StepPayer | null;
  loanApplicationId: string | null;
}

const ended = new Set<CaseStepStatus>(['done', 'waived', 'failed']);

/** A step after a change, checked: dates in order and coherent with the status, never after today. */
export function stepChangeRefusals(caseStartedOn: string, before: StepState, after: StepState): Refusal[] {
  const refusals: Refusal[] = [];
  if (after.doneOn && !ended.has(after.status))
    refusals.push({ path: 'body.doneOn', code: 'end_date_needs_ended_status' });
  if (after.status === 'done' && !after.doneOn)
    refusals.push({ path: 'body.doneOn', code: 'done_needs_date' });
  if (after.startedOn && after.startedOn < caseStartedOn)
    refusals.push({ path: 'body.startedOn', code: 'before_case_start' });
  if (after.doneOn && after.doneOn < (after.startedOn ?? caseStartedOn))
    refusals.push({ path: 'body.doneOn', code: 'before_step_start' });
  if (before.loanApplicationId) {
    if (after.paidBy !== 'fund_loan') refusals.push({ path: 'body.paidBy', code: 'financed_by_loan' });
    if (after.actualCostCents !== before.actualCostCents)
      refusals.push({ path: 'body.actualCostCents', code: 'financed_by_loan' });
  }
  return refusals;
}

/** What a step is expected to cost: its actual cost when known, else the pathway's typical one. */
export function stepCostCents(step: Pick<StepState, 'actualCostCents' | 'typicalCostCents'>): number {
  return step.actualCostCents ?? step.typicalCostCents ?? 0;
}

/** Steps chosen for a loan: the case's, not yet financed, not waived or failed, with a cost in the fund's currency. */
export function financingRefusals(
  steps: readonly StepState[],
  chosenIds: readonly string[],
  fundCurrency: string,
): Refusal[] {
  const refusals: Refusal[] = [];
  const byId = new Map(steps.map((s) => [s.id, s]));
  if (new Set(chosenIds).size !== chosenIds.length)
    refusals.push({ path: 'body.stepIds', code: 'repeated_step' });
  chosenIds.forEach((id, index) => {
    const path = `body.stepIds.${index}`;
    const step = byId.get(id);
    if (!step) refusals.push({ path, code: 'not_a_step_of_case' });
    else if (step.loanApplicationId) refusals.push({ path, code: 'already_financed' });
    else if (step.status === 'waived' || step.status === 'failed')
      refusals.push({ path, code: 'step_ended' });
    else if (stepCostCents(step) <= 0) refusals.push({ path, code: 'no_cost' });
    else if (step.currency !== fundCurrency) refusals.push({ path, code: 'other_currency' });
  });
  return refusals;
}

/** What a loan may pay a step as: the fund's purposes (loan-fund contracts' `loanPurposes`). */
export function loanPurposeOf(kind: PathwayStepKind) {
  switch (kind) {
    case 'credential_evaluation':
      return 'credential_evaluation' as const;
    case 'language_test':
    case 'exam':
      return 'exam_fee' as const;
    case 'course':
    case 'supervised_practice':
      return 'course' as const;
    case 'application_fee':
    case 'licence_issued':
      return 'licensing_fee' as const;
    default:
      return 'other' as const;
  }
}

export interface ResultInput {
  result: RecognitionResult;
  decidedOn: string;
  conditions?: string | null;
  credential?: { kind: RecognisedCredentialKind; name: string; obtainedOn: string } | null;
}

/** The regulator's decision checked against the case. */
export function resultRefusals(caseStartedOn: string, input: ResultInput): Refusal[] {
  const refusals: Refusal[] = [];
  if (input.decidedOn < caseStartedOn) refusals.push({ path: 'body.decidedOn', code: 'before_case_start' });
  if (input.result === 'partial' && !input.conditions)
    refusals.push({ path: 'body.conditions', code: 'partial_needs_conditions' });
  if (input.result !== 'partial' && input.conditions)
    refusals.push({ path: 'body.conditions', code: 'conditions_only_for_partial' });
  if (input.result === 'refused' && input.credential)
    refusals.push({ path: 'body.credential', code: 'refused_gives_no_credential' });
  if (input.credential && input.credential.obtainedOn < caseStartedOn)
    refusals.push({ path: 'body.credential.obtainedOn', code: 'before_case_start' });
  return refusals;
}

/** Steps done or waived ÷ steps, two integers. */
export function caseProgress(steps: readonly Pick<StepState, 'status'>[]) {
  return {
    done: steps.filter((s) => s.status === 'done' || s.status === 'waived').length,
    total: steps.length,
  };
}

/** Actual costs known, in all and per payer (steps without a payer are left out of the split). */
export function caseCosts(steps: readonly StepState[]) {
  const byPayer = new Map<StepPayer, number>();
  let actualCents = 0;
  for (const s of steps) {
    const cents = s.actualCostCents ?? 0;
    actualCents += cents;
    if (s.paidBy && cents > 0) byPayer.set(s.paidBy, (byPayer.get(s.paidBy) ?? 0) + cents);
  }
  return { actualCents, byPayer: [...byPayer].map(([paidBy, cents]) => ({ paidBy, cents })) };
}

/** A pathway's steps checked against their kinds: an evaluator for an evaluation, a test for a language test. */
export function pathwayStepRefusals(
  steps: readonly {
    kind: PathwayStepKind;
    evaluator?: string | null;
    reportType?: string | null;
    languageTest?: string | null;
    levelRequired?: string | null;
  }[],
): Refusal[] {
  const refusals: Refusal[] = [];
  steps.forEach((s, index) => {
    const path = `body.steps.${index}`;
    if (s.kind !== 'credential_evaluation') {
      if (s.evaluator) refusals.push({ path: `${path}.evaluator`, code: 'only_for_credential_evaluation' });
      if (s.reportType) refusals.push({ path: `${path}.reportType`, code: 'only_for_credential_evaluation' });
    }
    if (s.kind !== 'language_test') {
      if (s.languageTest) refusals.push({ path: `${path}.languageTest`, code: 'only_for_language_test' });
      if (s.levelRequired) refusals.push({ path: `${path}.levelRequired`, code: 'only_for_language_test' });
    }
  });
  return refusals;
}
