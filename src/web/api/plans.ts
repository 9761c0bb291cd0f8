import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addGoalRoute,
  addStepRoute,
  changeStepStatusRoute,
  closePlanRoute,
  createPlanRoute,
  personPlansRoute,
  planHistoryRoute,
  planPdfRoute,
  removeGoalRoute,
  signOffPlanRoute,
  updateGoalRoute,
  updatePlanRoute,
  updateStepRoute,
} from '../../contracts/plans.js';
import type { Role } from '../../core/auth/roles.js';
import { buildUrl, type CallPart, call } from './client.js';

export {
  barrierKinds,
  cefrLevels,
  experienceKinds,
  goalKinds,
  planLanguages,
  requirementKinds,
  signMethods,
  stepActors,
  stepStatuses,
} from '../../contracts/plans.js';

/** Who works on plans (the server checks the same list). */
export const planRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

export type Plan = Awaited<ReturnType<typeof fetchPersonPlans>>[number];
export type PlanGoal = Plan['goals'][number];
export type PlanStep = PlanGoal['steps'][number];
export type PlanFieldsBody = CallPart<typeof updatePlanRoute, 'body'>;
export type CreatePlanBody = CallPart<typeof createPlanRoute, 'body'>;
export type GoalBody = CallPart<typeof addGoalRoute, 'body'>;
export type StepBody = CallPart<typeof addStepRoute, 'body'>;
export type StepStatusBody = CallPart<typeof changeStepStatusRoute, 'body'>;
export type SignOffBody = CallPart<typeof signOffPlanRoute, 'body'>;
export type PlanChange = Awaited<ReturnType<typeof fetchHistory>>[number];

async function fetchPersonPlans(personId: string, signal?: AbortSignal) {
  return (await call(personPlansRoute, { params: { id: personId }, signal })).items;
}

async function fetchHistory(planId: string, signal?: AbortSignal) {
  return (await call(planHistoryRoute, { params: { id: planId }, signal })).items;
}

export function usePersonPlans(personId: string) {
  return useQuery({
    queryKey: ['person-plans', personId],
    queryFn: ({ signal }) => fetchPersonPlans(personId, signal),
    meta: { inlineErrors: true },
  });
}

export function usePlanHistory(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['plan-history', planId],
    queryFn: ({ signal }) => fetchHistory(planId, signal),
    meta: { inlineErrors: true },
    enabled,
  });
}

/** Any change moves the plan's revision: read the person's plans, the history and the timeline again. */
async function refresh(queryClient: QueryClient, personId: string) {
  await queryClient.invalidateQueries({ queryKey: ['person-plans', personId] });
  await queryClient.invalidateQueries({ queryKey: ['plan-history'] });
  await queryClient.invalidateQueries({ queryKey: ['person-timeline', personId] });
}

function usePlanMutation<V, R>(personId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: () => refresh(queryClient, personId),
  });
}

export function useCreatePlan(personId: string) {
  return usePlanMutation(personId, (body: CreatePlanBody) =>
    call(createPlanRoute, { params: { id: personId }, body }),
  );
}

export function useUpdatePlan(personId: string, planId: string) {
  return usePlanMutation(personId, (body: PlanFieldsBody) =>
    call(updatePlanRoute, { params: { id: planId }, body }),
  );
}

export function useAddGoal(personId: string, planId: string) {
  return usePlanMutation(personId, (body: GoalBody) => call(addGoalRoute, { params: { id: planId }, body }));
}

export function useUpdateGoal(personId: string, goalId: string) {
  return usePlanMutation(personId, (body: CallPart<typeof updateGoalRoute, 'body'>) =>
    call(updateGoalRoute, { params: { id: goalId }, body }),
  );
}

export function useRemoveGoal(personId: string) {
  return usePlanMutation(personId, (goalId: string) => call(removeGoalRoute, { params: { id: goalId } }));
}

export function useAddStep(personId: string, goalId: string) {
  return usePlanMutation(personId, (body: StepBody) => call(addStepRoute, { params: { id: goalId }, body }));
}

export function useUpdateStep(personId: string, stepId: string) {
  return usePlanMutation(personId, (body: CallPart<typeof updateStepRoute, 'body'>) =>
    call(updateStepRoute, { params: { id: stepId }, body }),
  );
}

export function useChangeStepStatus(personId: string, stepId: string) {
  return usePlanMutation(personId, (body: StepStatusBody) =>
    call(changeStepStatusRoute, { params: { id: stepId }, body }),
  );
}

export function useSignOffPlan(personId: string, planId: string) {
  return usePlanMutation(personId, (body: SignOffBody) =>
    call(signOffPlanRoute, { params: { id: planId }, body }),
  );
}

export function useClosePlan(personId: string, planId: string) {
  return usePlanMutation(personId, () => call(closePlanRoute, { params: { id: planId }, body: {} }));
}

/** Files (PDF) are plain links: the session cookie authenticates them. */
export function planPdfUrl(planId: string, locale: 'en' | 'fr'): string {
  return buildUrl(planPdfRoute.path, { id: planId }, { locale });
}
