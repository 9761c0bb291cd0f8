import type { FastifyInstance } from 'fastify';
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
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addGoal } from './use-cases/add-goal.js';
import { addStep } from './use-cases/add-step.js';
import { changeStepStatus } from './use-cases/change-step-status.js';
import { closePlan } from './use-cases/close-plan.js';
import { createPlan } from './use-cases/create-plan.js';
import { personPlans } from './use-cases/person-plans.js';
import { planDocument } from './use-cases/plan-document.js';
import { planHistory } from './use-cases/plan-history.js';
import { removeGoal } from './use-cases/remove-goal.js';
import { signOffPlan } from './use-cases/sign-off-plan.js';
import { updateGoal } from './use-cases/update-goal.js';
import { updatePlan } from './use-cases/update-plan.js';
import { updateStep } from './use-cases/update-step.js';

export function registerPlanRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personPlansRoute, ({ params, ctx }) => personPlans(deps)(ctx, { personId: params.id }));
  mountRoute(app, createPlanRoute, ({ params, body, ctx }) =>
    createPlan(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, updatePlanRoute, ({ params, body, ctx }) =>
    updatePlan(deps)(ctx, { ...body, planId: params.id }),
  );
  mountRoute(app, addGoalRoute, ({ params, body, ctx }) =>
    addGoal(deps)(ctx, { ...body, planId: params.id }),
  );
  mountRoute(app, updateGoalRoute, ({ params, body, ctx }) =>
    updateGoal(deps)(ctx, { ...body, goalId: params.id }),
  );
  mountRoute(app, removeGoalRoute, async ({ params, ctx }) => {
    await removeGoal(deps)(ctx, { goalId: params.id });
    return undefined;
  });
  mountRoute(app, addStepRoute, ({ params, body, ctx }) =>
    addStep(deps)(ctx, { ...body, goalId: params.id }),
  );
  mountRoute(app, updateStepRoute, ({ params, body, ctx }) =>
    updateStep(deps)(ctx, { ...body, stepId: params.id }),
  );
  mountRoute(app, changeStepStatusRoute, ({ params, body, ctx }) =>
    changeStepStatus(deps)(ctx, { ...body, stepId: params.id }),
  );
  mountRoute(app, signOffPlanRoute, ({ params, body, ctx }) =>
    signOffPlan(deps)(ctx, { ...body, planId: params.id }),
  );
  mountRoute(app, closePlanRoute, ({ params, body, ctx }) =>
    closePlan(deps)(ctx, { ...body, planId: params.id }),
  );
  mountRoute(app, planHistoryRoute, ({ params, ctx }) => planHistory(deps)(ctx, { planId: params.id }));
  mountFileRoute(app, planPdfRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await planDocument(deps)(ctx, { ...query, planId: params.id });
    return { filename, body: pdf };
  });
}
