import type { FastifyInstance } from 'fastify';
import { listPeopleRoute } from '../../contracts/people.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { listCaseload } from './use-cases/list-caseload.js';

export function registerCaseloadRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPeopleRoute, ({ query, ctx }) => listCaseload(deps)(ctx, query));
}
