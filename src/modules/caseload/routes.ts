import type { FastifyInstance } from 'fastify';
import {
  bulkEnrolRoute,
  bulkMessageRoute,
  changeCaseloadViewRoute,
  deleteCaseloadViewRoute,
  listCaseloadViewsRoute,
  saveCaseloadViewRoute,
} from '../../contracts/caseload-work.js';
import { listPeopleRoute } from '../../contracts/people.js';
import { getPersonOverviewRoute } from '../../contracts/person-overview.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { bulkEnrol } from './use-cases/bulk-enrol.js';
import { bulkMessage } from './use-cases/bulk-message.js';
import { changeView } from './use-cases/change-view.js';
import { deleteView } from './use-cases/delete-view.js';
import { listCaseload } from './use-cases/list-caseload.js';
import { listViews } from './use-cases/list-views.js';
import { personOverview } from './use-cases/person-overview.js';
import { saveView } from './use-cases/save-view.js';

export function registerCaseloadRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPeopleRoute, ({ query, ctx }) => listCaseload(deps)(ctx, query));
  mountRoute(app, getPersonOverviewRoute, ({ params, ctx }) =>
    personOverview(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, listCaseloadViewsRoute, ({ ctx }) => listViews(deps)(ctx, {}));
  mountRoute(app, saveCaseloadViewRoute, ({ body, ctx }) => saveView(deps)(ctx, body));
  mountRoute(app, changeCaseloadViewRoute, ({ params, body, ctx }) =>
    changeView(deps)(ctx, { ...body, viewId: params.id }),
  );
  mountRoute(app, deleteCaseloadViewRoute, ({ params, ctx }) => deleteView(deps)(ctx, { viewId: params.id }));
  mountRoute(app, bulkEnrolRoute, ({ body, ctx }) => bulkEnrol(deps)(ctx, body));
  mountRoute(app, bulkMessageRoute, ({ body, ctx }) => bulkMessage(deps)(ctx, body));
}
