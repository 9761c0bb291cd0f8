/** What other modules may ask of career plans. They never read its tables. */
import type { Executor } from '../../core/db/types.js';
import { planSignalsRepository } from './adapters/plan-signals-repository.js';

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
  const repo = planSignalsRepository(db);
  const [counts, next] = await Promise.all([
    repo.overdueCounts(organizationId, personIds, today),
    repo.nextSteps(organizationId, personIds),
  ]);
  for (const row of counts) {
    const signal = signals.get(row.personId);
    if (signal) Object.assign(signal, { hasPlan: true, overdueSteps: Number(row.overdue) });
  }
  for (const row of next) {
    const signal = signals.get(row.personId);
    if (signal && row.dueOn) signal.nextStep = { title: row.title, dueOn: row.dueOn };
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
