import type { FastifyInstance } from 'fastify';
import {
  addPathwayVersionRoute,
  closeRecognitionCaseRoute,
  createPathwayRoute,
  financeRecognitionStepsRoute,
  getPathwayRoute,
  getRecognitionCaseRoute,
  linkRecognitionFinancingRoute,
  listPathwaysRoute,
  listPersonRecognitionCasesRoute,
  openRecognitionCaseRoute,
  recognitionFiguresRoute,
  recordRecognitionResultRoute,
  updatePathwayRoute,
  updateRecognitionCaseStepRoute,
} from '../../contracts/recognition.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addPathwayVersion } from './use-cases/add-pathway-version.js';
import { createPathway } from './use-cases/create-pathway.js';
import { financeRecognitionSteps, linkRecognitionFinancing } from './use-cases/finance-steps.js';
import { getRecognitionCase, listPersonRecognitionCases } from './use-cases/get-case.js';
import { getPathway, listPathways } from './use-cases/get-pathway.js';
import { openRecognitionCase } from './use-cases/open-case.js';
import { recognitionFigures } from './use-cases/recognition-figures.js';
import { closeRecognitionCase, recordRecognitionResult } from './use-cases/record-result.js';
import { updateRecognitionCaseStep } from './use-cases/update-case-step.js';
import { updatePathway } from './use-cases/update-pathway.js';

export function registerRecognitionRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPathwaysRoute, ({ query, ctx }) => listPathways(deps)(ctx, query));
  mountRoute(app, createPathwayRoute, ({ body, ctx }) => createPathway(deps)(ctx, body));
  mountRoute(app, getPathwayRoute, ({ params, ctx }) => getPathway(deps)(ctx, { pathwayId: params.id }));
  mountRoute(app, updatePathwayRoute, ({ params, body, ctx }) =>
    updatePathway(deps)(ctx, { ...body, pathwayId: params.id }),
  );
  mountRoute(app, addPathwayVersionRoute, ({ params, body, ctx }) =>
    addPathwayVersion(deps)(ctx, { ...body, pathwayId: params.id }),
  );
  mountRoute(app, recognitionFiguresRoute, ({ query, ctx }) => recognitionFigures(deps)(ctx, query));
  mountRoute(app, listPersonRecognitionCasesRoute, ({ params, ctx }) =>
    listPersonRecognitionCases(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, openRecognitionCaseRoute, ({ body, ctx }) => openRecognitionCase(deps)(ctx, body));
  mountRoute(app, getRecognitionCaseRoute, ({ params, ctx }) =>
    getRecognitionCase(deps)(ctx, { caseId: params.id }),
  );
  mountRoute(app, updateRecognitionCaseStepRoute, ({ params, body, ctx }) =>
    updateRecognitionCaseStep(deps)(ctx, { ...body, stepId: params.id }),
  );
  mountRoute(app, recordRecognitionResultRoute, ({ params, body, ctx }) =>
    recordRecognitionResult(deps)(ctx, { ...body, caseId: params.id }),
  );
  mountRoute(app, closeRecognitionCaseRoute, ({ params, body, ctx }) =>
    closeRecognitionCase(deps)(ctx, { ...body, caseId: params.id }),
  );
  mountRoute(app, financeRecognitionStepsRoute, ({ params, body, ctx }) =>
    financeRecognitionSteps(deps)(ctx, { ...body, caseId: params.id }),
  );
  mountRoute(app, linkRecognitionFinancingRoute, ({ params, body, ctx }) =>
    linkRecognitionFinancing(deps)(ctx, { ...body, caseId: params.id }),
  );
}
