import { isOpenStep } from './step-status.js';
import type { StepActor, StepStatus } from './vocabulary.js';

export const signOffGapKinds = [
  'target_field_missing',
  'no_goal',
  'goal_without_step',
  'open_step_without_due_date',
  'partner_not_named',
] as const;
export type SignOffGap = (typeof signOffGapKinds)[number];

export interface PlanForSignOff {
  targetField: string | null;
  goals: readonly {
    id: string;
    steps: readonly {
      id: string;
      status: StepStatus;
      dueOn: string | null;
      actor: StepActor;
      partnerName: string | null;
    }[];
  }[];
}

/**
 * What keeps a plan from being signed off: a person signs a plan that says where they are going,
 * with at least one goal, each goal with a step, each open step dated and with a named actor.
 * Empty when the plan is complete.
 */
export function signOffGaps(plan: PlanForSignOff): { gap: SignOffGap; id?: string }[] {
  const gaps: { gap: SignOffGap; id?: string }[] = [];
  if (!plan.targetField?.trim()) gaps.push({ gap: 'target_field_missing' });
  if (plan.goals.length === 0) gaps.push({ gap: 'no_goal' });
  for (const goal of plan.goals) {
    if (goal.steps.length === 0) gaps.push({ gap: 'goal_without_step', id: goal.id });
    for (const step of goal.steps) {
      if (isOpenStep(step.status) && step.dueOn === null)
        gaps.push({ gap: 'open_step_without_due_date', id: step.id });
      if (step.actor === 'partner' && !step.partnerName?.trim())
        gaps.push({ gap: 'partner_not_named', id: step.id });
    }
  }
  return gaps;
}

/** Signing freezes the revision; any later change shows the plan as changed since signature. */
export function signatureState(plan: {
  revision: number;
  signedRevision: number | null;
}): 'unsigned' | 'signed' | 'changed_since_signature' {
  if (plan.signedRevision === null) return 'unsigned';
  return plan.revision > plan.signedRevision ? 'changed_since_signature' : 'signed';
}
