/** What other modules may ask of career plans. They never read its tables. */
import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from '../people/api.js';
import { planFiguresRepository } from './adapters/plan-figures-repository.js';
import { planSignalsRepository } from './adapters/plan-signals-repository.js';
import { plansRepository } from './adapters/plans-repository.js';
import { targetOccupationsRepository } from './adapters/target-occupations-repository.js';
import type { GoalKind } from './domain/vocabulary.js';
import { planViews } from './use-cases/plan-view.js';

export interface PlanSignals {
  hasPlan: boolean;
  overdueSteps: number;
  nextStep: { title: string; dueOn: string } | null;
}

/**
 * For the given people of the organization: their open steps' signals as of `today` ('YYYY-MM-DD').
 * People without a plan get { hasPlan: false, overdueSteps: 0, nextStep: null }. Two queries for
 * the whole list. Closed plans do not count; the next step is the open, dated step due soonest
 * (an overdue one first).
 */
export async function planSignalsOf(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, PlanSignals>> {
  const signals = new Map<string, PlanSignals>(
    personIds.map((id) => [id, { hasPlan: false, overdueSteps: 0, nextStep: null }]),
  );
  if (personIds.length === 0) return signals;
  // One statement for the page: the overdue counts and the next steps side by side.
  for (const row of await planSignalsRepository(db).signals(organizationId, personIds, today)) {
    const signal = signals.get(row.personId);
    if (!signal) continue;
    if (row.hasPlan) Object.assign(signal, { hasPlan: true, overdueSteps: Number(row.overdue) });
    if (row.dueOn) signal.nextStep = { title: row.title!, dueOn: row.dueOn };
  }
  return signals;
}

/**
 * A subquery of person ids of the organization with at least one overdue step (an open step of an
 * open plan due before `today`), to embed as `where('people.id', 'in', personIdsWithOverdueSteps(...))`.
 */
export function personIdsWithOverdueSteps(db: Executor, organizationId: string, today: string) {
  return planSignalsRepository(db).personIdsWithOverdueSteps(organizationId, today);
}

export interface PlanFigures {
  /** Participants with a career development plan open during the period. */
  peopleWithPlan: number;
  /** Career activities completed in the period (steps done), by goal kind. */
  stepsDoneByGoalKind: Partial<Record<GoalKind, number>>;
  /** Credential goals (evaluation, certification, licensure) reached in the period. */
  credentialsObtained: number;
}

/**
 * Figures for a funder report over the organizations' plans, from `from` to `to` ('YYYY-MM-DD',
 * inclusive). Counts only: no person is named. The caller checks that the reader may see figures.
 */
export async function planFiguresOf(
  db: Executor,
  organizationIds: readonly string[],
  from: string,
  to: string,
): Promise<PlanFigures> {
  if (organizationIds.length === 0)
    return { peopleWithPlan: 0, stepsDoneByGoalKind: {}, credentialsObtained: 0 };
  const repo = planFiguresRepository(db);
  const [peopleWithPlan, byKind, credentialsObtained] = await Promise.all([
    repo.peopleWithPlan(organizationIds, from, to),
    repo.stepsDoneByGoalKind(organizationIds, from, to),
    repo.credentialsObtained(organizationIds, from, to),
  ]);
  return {
    peopleWithPlan,
    stepsDoneByGoalKind: Object.fromEntries(byKind.map((r) => [r.kind, Number(r.count)])),
    credentialsObtained,
  };
}

/** The person's current plan in brief, for the overview of their file. */
export interface PlanProgressSummary {
  planId: string;
  status: string;
  done: number;
  counted: number;
  percent: number | null;
  overdueSteps: number;
  signature: string;
}

/**
 * The newest open plan of the person in the organization (the newest closed one when none is open),
 * with its progress as the plan page computes it; null when the person has no plan.
 */
export async function planProgressOfPerson(
  db: Executor,
  organizationId: string,
  personId: string,
  today: string,
): Promise<PlanProgressSummary | null> {
  const plans = await plansRepository(db).plansOfPerson(personId, organizationId);
  const current = plans.find((p) => p.status !== 'closed') ?? plans[0];
  if (!current) return null;
  const [view] = await planViews(db, [current], today);
  if (!view) return null;
  return {
    planId: view.id,
    status: view.status,
    done: view.progress.done,
    counted: view.progress.counted,
    percent: view.progress.percent,
    overdueSteps: view.overdueSteps,
    signature: view.signature,
  };
}

export * as plansPersonData from './person-data.js';

/**
 * The ESCO occupations the people's plans aim at (drafts and active plans; closed ones no longer
 * count), by person, for matching. One query; `personIds` absent: the whole organization's.
 */
export async function targetOccupationsOf(
  db: Executor,
  organizationId: string,
  personIds?: readonly string[],
): Promise<Map<string, string[]>> {
  if (personIds?.length === 0) return new Map();
  const targets = new Map<string, string[]>();
  for (const row of await targetOccupationsRepository(db).targets(organizationId, personIds))
    if (row.escoId) targets.set(row.personId, [...(targets.get(row.personId) ?? []), row.escoId]);
  return targets;
}
export { firstPlanSignatures } from './adapters/plan-signatures-repository.js';
/** `firstPlanSignatures` as a query to embed (funder reports counted by the database): `person_id`, `signed_on`. */
export function firstPlanSignaturesQuery(db: Executor, personIds: PersonIdQuery) {
  return db
    .selectFrom('plans')
    .where('person_id', 'in', personIds)
    .where('signed_on', 'is not', null)
    .select(['person_id', sql<string>`min(signed_on)`.as('signed_on')])
    .groupBy('person_id');
}
