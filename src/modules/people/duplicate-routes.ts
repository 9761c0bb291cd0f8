import type { FastifyInstance } from 'fastify';
import { decideDuplicateRoute, personDuplicatesRoute } from '../../contracts/duplicates.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { decideDuplicate } from './use-cases/decide-duplicate.js';
import { personDuplicates } from './use-cases/person-duplicates.js';

/** A file's possible duplicates and the decisions on them (docs/duplicates.md). */
export function registerDuplicateRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personDuplicatesRoute, ({ params, ctx }) =>
    personDuplicates(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, decideDuplicateRoute, ({ params, body, ctx }) =>
    decideDuplicate(deps)(ctx, { ...body, personId: params.id }),
  );
}
