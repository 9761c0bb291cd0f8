import type { FastifyInstance } from 'fastify';
import {
  consortiumDuplicatePairsRoute,
  decideDuplicateRoute,
  duplicatePairsRoute,
  listDuplicateRunsRoute,
  personDuplicatesRoute,
  startDuplicateRunRoute,
  undoMergeRoute,
} from '../../contracts/duplicates.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { listConsortiumDuplicatePairs } from './use-cases/consortium-duplicate-pairs.js';
import { type CountEnrolmentsUnder, decideDuplicate } from './use-cases/decide-duplicate.js';
import { listDuplicatePairs } from './use-cases/duplicate-pairs.js';
import { listDuplicateRuns } from './use-cases/list-duplicate-runs.js';
import { personDuplicates } from './use-cases/person-duplicates.js';
import { startDuplicateRun } from './use-cases/start-duplicate-run.js';
import { undoPersonMerge } from './use-cases/undo-person-merge.js';

/** A file's possible duplicates, the decisions on them, and the batch run over the organization (docs/duplicates.md). */
export function registerDuplicateRoutes(
  app: FastifyInstance,
  deps: Deps,
  countUnder: CountEnrolmentsUnder,
): void {
  mountRoute(app, personDuplicatesRoute, ({ params, ctx }) =>
    personDuplicates(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, decideDuplicateRoute, ({ params, body, ctx }) =>
    decideDuplicate(countUnder)(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, undoMergeRoute, ({ params, ctx }) => undoPersonMerge(deps)(ctx, { personId: params.id }));
  mountRoute(app, startDuplicateRunRoute, ({ body, ctx }) => startDuplicateRun(deps)(ctx, body));
  mountRoute(app, listDuplicateRunsRoute, ({ ctx }) => listDuplicateRuns(deps)(ctx, {}));
  mountRoute(app, consortiumDuplicatePairsRoute, ({ query, ctx }) =>
    listConsortiumDuplicatePairs(deps)(ctx, query),
  );
  mountRoute(app, duplicatePairsRoute, ({ query, ctx }) => listDuplicatePairs(deps)(ctx, query));
}
