import type { z } from 'zod';
import type { pathwayVersionBody } from '../../../contracts/recognition.js';
import type { PathwayStepRecord } from '../adapters/pathways-repository.js';
import { pathwayStepRefusals } from '../domain/case-rules.js';
import { recognitionErrors } from '../errors.js';

/** A version's steps as they are stored, numbered in the order given; refused when a step's fields do not fit its kind. */
export function checkedSteps(
  version: z.output<typeof pathwayVersionBody>,
  pathPrefix = 'body',
): PathwayStepRecord[] {
  const refusals = pathwayStepRefusals(version.steps).map((r) => ({
    ...r,
    path: r.path.replace(/^body/, pathPrefix),
  }));
  if (refusals.length > 0) throw recognitionErrors.pathwayStepsIncoherent(undefined, refusals);
  return version.steps.map((s, index) => ({
    position: index + 1,
    kind: s.kind,
    labelFr: s.labelFr,
    labelEn: s.labelEn,
    evaluator: s.evaluator ?? null,
    reportType: s.reportType ?? null,
    languageTest: s.languageTest ?? null,
    levelRequired: s.levelRequired ?? null,
    typicalCostCents: s.typicalCostCents ?? null,
    currency: s.currency,
    typicalDurationDays: s.typicalDurationDays ?? null,
    sourceUrl: s.sourceUrl ?? null,
    sourceText: s.sourceText ?? null,
  }));
}
