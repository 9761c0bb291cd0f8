import type { FastifyInstance } from 'fastify';
import {
  readRelocationPlanRoute,
  relocationPlanOffersRoute,
  relocationPlanRevisionsRoute,
  saveRelocationPlanRoute,
} from '../../contracts/relocation-plans.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { readRelocationPlan } from './use-cases/read-relocation-plan.js';
import { relocationPlanOffers } from './use-cases/relocation-plan-offers.js';
import { relocationPlanRevisions } from './use-cases/relocation-plan-revisions.js';
import { saveRelocationPlan } from './use-cases/save-relocation-plan.js';

export function registerRelocationPlanRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, readRelocationPlanRoute, ({ params, ctx }) =>
    readRelocationPlan(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, saveRelocationPlanRoute, ({ params, body, ctx }) =>
    saveRelocationPlan(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, relocationPlanRevisionsRoute, ({ params, ctx }) =>
    relocationPlanRevisions(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, relocationPlanOffersRoute, ({ params, ctx }) =>
    relocationPlanOffers(deps)(ctx, { personId: params.id }),
  );
}
