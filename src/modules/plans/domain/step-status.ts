import type { StepStatus } from './vocabulary.js';

/**
 * Step lifecycle: planned → in progress → done | abandoned. A step may be done or abandoned
 * straight from planned (a credential evaluation that arrives before anyone marked it started).
 * Reopening is allowed because plans meet real life: a done step goes back to in progress (the
 * evidence was refused, the exam must be retaken) and an abandoned one back to planned (the
 * person resumes). Both are recorded in the plan's history; nothing is ever silently rewritten.
 */
const allowed: Record<StepStatus, readonly StepStatus[]> = {
  planned: ['in_progress', 'done', 'abandoned'],
  in_progress: ['done', 'abandoned'],
  done: ['in_progress'],
  abandoned: ['planned'],
};

export function canMoveStep(from: StepStatus, to: StepStatus): boolean {
  return allowed[from].includes(to);
}

export function nextStatuses(from: StepStatus): readonly StepStatus[] {
  return allowed[from];
}

export const isOpenStep = (status: StepStatus) => status === 'planned' || status === 'in_progress';

export interface StepDates {
  status: StepStatus;
  startedOn: string | null;
  doneOn: string | null;
  abandonedOn: string | null;
  abandonedReason: string | null;
}

export type StepMoveProblem = 'transition_not_allowed' | 'reason_required' | 'date_in_future';

/**
 * The step's dates after a move on `onDate` ('YYYY-MM-DD'), or why the move is refused. Abandoning
 * needs a reason; a done date cannot be after today.
 */
export function moveStep(
  current: StepDates,
  to: StepStatus,
  move: { onDate: string; today: string; reason?: string | null },
): { ok: true; dates: StepDates } | { ok: false; problem: StepMoveProblem } {
  if (!canMoveStep(current.status, to)) return { ok: false, problem: 'transition_not_allowed' };
  if (move.onDate > move.today) return { ok: false, problem: 'date_in_future' };
  const reason = move.reason?.trim() ?? '';
  if (to === 'abandoned' && reason === '') return { ok: false, problem: 'reason_required' };
  const base: StepDates = { ...current, status: to, doneOn: null, abandonedOn: null, abandonedReason: null };
  switch (to) {
    case 'in_progress':
      return { ok: true, dates: { ...base, startedOn: current.startedOn ?? move.onDate } };
    case 'done':
      return { ok: true, dates: { ...base, doneOn: move.onDate } };
    case 'abandoned':
      return { ok: true, dates: { ...base, abandonedOn: move.onDate, abandonedReason: reason } };
    case 'planned':
      return { ok: true, dates: base };
  }
}
