/**
 * Pure rules of a regionalization plan: the regions in order of preference, the health checklist,
 * the business plan's steps and the pre-departure checklist. The contract refuses what they refuse;
 * the use cases read the defaults here.
 */
import {
  type BusinessStepKind,
  businessStepKinds,
  type DocumentStatus,
  type HealthNeed,
  maxPreferredRegions,
  type PredepartureDocumentKind,
  predepartureDocumentKinds,
  quebecRegionCodes,
  type RegionRef,
  type StepStatus,
} from './vocabulary.js';

export type RegionsProblem = 'duplicate' | 'unknown_region' | 'too_many';

/** What is wrong with a list of preferred regions, or null: known Québec regions, each once, at most five. */
export function regionsProblem(regions: readonly RegionRef[]): RegionsProblem | null {
  if (regions.length > maxPreferredRegions) return 'too_many';
  if (regions.some((r) => r.country !== 'CA' || !(quebecRegionCodes as readonly string[]).includes(r.code)))
    return 'unknown_region';
  const keys = regions.map((r) => `${r.country}:${r.code}`);
  return new Set(keys).size === keys.length ? null : 'duplicate';
}

/** "None" is an answer of its own: it cannot come with a need. */
export function healthNeedsConsistent(needs: readonly HealthNeed[]): boolean {
  return new Set(needs).size === needs.length && (!needs.includes('none') || needs.length === 1);
}

export interface BusinessStep {
  kind: BusinessStepKind;
  status: StepStatus;
  startedOn: string | null;
  doneOn: string | null;
}

export type StepProblem = 'duplicate' | 'done_without_date' | 'date_without_done' | 'done_before_start';

/**
 * What is wrong with the steps of a business plan, or null. Each step once; a step done has the day
 * it was done (not before it started), one not done has none. The order is the household's own.
 */
export function stepsProblem(steps: readonly BusinessStep[]): StepProblem | null {
  if (new Set(steps.map((s) => s.kind)).size !== steps.length) return 'duplicate';
  for (const step of steps) {
    if (step.status === 'done' && step.doneOn === null) return 'done_without_date';
    if (step.status !== 'done' && step.doneOn !== null) return 'date_without_done';
    if (step.startedOn !== null && step.doneOn !== null && step.doneOn < step.startedOn)
      return 'done_before_start';
  }
  return null;
}

/** The step to work on: the first, in the plan's order, not done yet; null when all are done. */
export function nextStep(steps: readonly BusinessStep[]): BusinessStep | null {
  return steps.find((s) => s.status !== 'done') ?? null;
}

export function defaultBusinessSteps(): BusinessStep[] {
  return businessStepKinds.map((kind) => ({ kind, status: 'to_do', startedOn: null, doneOn: null }));
}

export interface PredepartureDocument {
  kind: PredepartureDocumentKind;
  status: DocumentStatus;
  /** A document of the person's file that proves it, when one was uploaded. */
  documentId: string | null;
}

export function defaultPredepartureDocuments(): PredepartureDocument[] {
  return predepartureDocumentKinds.map((kind) => ({ kind, status: 'to_do', documentId: null }));
}

export function documentsUnique(documents: readonly PredepartureDocument[]): boolean {
  return new Set(documents.map((d) => d.kind)).size === documents.length;
}

/** The week a first appointment is booked for: seven days from the planned arrival day. */
export function arrivalWeek(plannedArrivalOn: string): { from: string; to: string } {
  const day = new Date(`${plannedArrivalOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 6);
  return { from: plannedArrivalOn, to: day.toISOString().slice(0, 10) };
}

/**
 * The day a first appointment is offered on: the day after the arrival (the household lands, then
 * comes in), moved to the Monday when it falls on a weekend; always within the arrival week.
 */
export function firstAppointmentDay(plannedArrivalOn: string): string {
  const day = new Date(`${plannedArrivalOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const weekday = day.getUTCDay();
  if (weekday === 6) day.setUTCDate(day.getUTCDate() + 2);
  if (weekday === 0) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export type ReadinessGap = 'documents' | 'arrival_date' | 'first_appointment';

export interface Readiness {
  ready: boolean;
  gaps: ReadinessGap[];
  documentsDone: number;
  documentsTotal: number;
}

/**
 * Whether a person still abroad is ready to leave: every document of the checklist done, the arrival
 * day set, and a first appointment booked in the arrival week. An empty checklist is not "all done".
 */
export function predepartureReadiness(facts: {
  documents: readonly PredepartureDocument[];
  plannedArrivalOn: string | null;
  firstAppointmentInArrivalWeek: boolean;
}): Readiness {
  const documentsDone = facts.documents.filter((d) => d.status === 'done').length;
  const documentsTotal = facts.documents.length;
  const gaps: ReadinessGap[] = [];
  if (documentsTotal === 0 || documentsDone < documentsTotal) gaps.push('documents');
  if (facts.plannedArrivalOn === null) gaps.push('arrival_date');
  if (!facts.firstAppointmentInArrivalWeek) gaps.push('first_appointment');
  return { ready: gaps.length === 0, gaps, documentsDone, documentsTotal };
}

/** The fields whose value differs between two versions of a plan (deep, order of lists included). */
export function changedFields<T extends object>(before: T | null, after: T): (keyof T)[] {
  const keys = Object.keys(after) as (keyof T)[];
  if (before === null) return keys.filter((k) => !isEmpty(after[k]));
  return keys.filter((k) => canonical(before[k]) !== canonical(after[k]));
}

/** JSON with object keys sorted: a list read back from a JSONB column has its keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}
