import { isOpenStep } from './step-status.js';
import type { StepStatus } from './vocabulary.js';

/** Done steps out of the steps that still count (abandoned ones do not). Exact: two integers. */
export interface Progress {
  done: number;
  counted: number;
}

export function progressOf(steps: readonly { status: StepStatus }[]): Progress {
  let done = 0;
  let counted = 0;
  for (const step of steps) {
    if (step.status === 'abandoned') continue;
    counted += 1;
    if (step.status === 'done') done += 1;
  }
  return { done, counted };
}

/** Whole percent rounded down, so 99.9 % never shows as done; null when no step counts. */
export function percentOf(progress: Progress): number | null {
  if (progress.counted === 0) return null;
  return Math.floor((progress.done * 100) / progress.counted);
}

/** A plan's progress is that of all its steps together, not an average of its goals. */
export function planProgressOf(goals: readonly { steps: readonly { status: StepStatus }[] }[]): Progress {
  return progressOf(goals.flatMap((g) => g.steps));
}

/** An open step whose due date ('YYYY-MM-DD') is before today. */
export function isOverdue(step: { status: StepStatus; dueOn: string | null }, today: string): boolean {
  return isOpenStep(step.status) && step.dueOn !== null && step.dueOn < today;
}

/** A goal is reached when every step that counts is done (and there is one); its date is the last done. */
export function goalReachedOn(
  steps: readonly { status: StepStatus; doneOn: string | null }[],
): string | null {
  const { done, counted } = progressOf(steps);
  if (counted === 0 || done !== counted) return null;
  let last: string | null = null;
  for (const s of steps)
    if (s.status === 'done' && s.doneOn && (last === null || s.doneOn > last)) last = s.doneOn;
  return last;
}
