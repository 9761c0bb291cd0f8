import type { PathwayVersionBody, PathwayView } from '../../api/recognition.js';
import { fromCents, toCents } from '../loan-fund/money.js';
import type { StepCurrency, StepDraft } from './VersionStepFields.js';

type Step = PathwayView['current']['steps'][number];

let nextKey = 0;

/** A step of the catalogue as the form holds it (amounts and days as the inputs show them). */
export const draftOf = (step: Step): StepDraft => ({
  key: nextKey++,
  kind: step.kind,
  labelFr: step.labelFr,
  labelEn: step.labelEn,
  evaluator: step.evaluator ?? '',
  reportType: step.reportType ?? '',
  languageTest: step.languageTest ?? '',
  levelRequired: step.levelRequired ?? '',
  cost: step.typicalCostCents === null ? '' : fromCents(step.typicalCostCents),
  currency: step.currency,
  duration: step.typicalDurationDays ?? '',
  sourceUrl: step.sourceUrl ?? '',
  sourceText: step.sourceText ?? '',
});

/** A blank step, in the currency of the steps already written. */
export const emptyStep = (position: number, currency: StepCurrency): StepDraft =>
  draftOf({
    position,
    kind: 'other',
    labelFr: '',
    labelEn: '',
    currency,
    evaluator: null,
    reportType: null,
    languageTest: null,
    levelRequired: null,
    typicalCostCents: null,
    typicalDurationDays: null,
    sourceUrl: null,
    sourceText: null,
  });

export const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** A step as the server takes it: cents, whole days, empty texts as absent. */
export function bodyStep(draft: StepDraft): PathwayVersionBody['steps'][number] {
  const duration = typeof draft.duration === 'number' ? draft.duration : Number.parseInt(draft.duration, 10);
  return {
    kind: draft.kind,
    labelFr: draft.labelFr,
    labelEn: draft.labelEn,
    evaluator: orNull(draft.evaluator),
    reportType: orNull(draft.reportType),
    languageTest: orNull(draft.languageTest),
    levelRequired: orNull(draft.levelRequired),
    typicalCostCents: toCents(draft.cost),
    currency: draft.currency,
    typicalDurationDays: Number.isInteger(duration) ? duration : null,
    sourceUrl: orNull(draft.sourceUrl),
    sourceText: orNull(draft.sourceText),
  };
}

/** The list with the step at `index` swapped with the one before it. */
export function movedUp(rows: readonly StepDraft[], index: number): StepDraft[] {
  const copy = [...rows];
  [copy[index - 1], copy[index]] = [copy[index] as StepDraft, copy[index - 1] as StepDraft];
  return copy;
}
