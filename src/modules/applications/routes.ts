import type { FastifyInstance } from 'fastify';
import {
  commentApplicationRoute,
  getApplicationRoute,
  listOfferApplicationsRoute,
  listPersonApplicationsRoute,
  moveApplicationRoute,
  proposeApplicationRoute,
} from '../../contracts/applications.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { commentApplication } from './use-cases/comment-application.js';
import { getApplication } from './use-cases/get-application.js';
import { listOfferApplications } from './use-cases/list-offer-applications.js';
import { listPersonApplications } from './use-cases/list-person-applications.js';
import { moveApplication } from './use-cases/move-application.js';
import { proposeApplication } from './use-cases/propose-application.js';

export function registerApplicationRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPersonApplicationsRoute, ({ params, query, ctx }) =>
    listPersonApplications(deps)(ctx, { ...query, personId: params.id }),
  );
  mountRoute(app, proposeApplicationRoute, ({ params, body, ctx }) =>
    proposeApplication(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, listOfferApplicationsRoute, ({ params, query, ctx }) =>
    listOfferApplications(deps)(ctx, { ...query, offerId: params.id }),
  );
  mountRoute(app, getApplicationRoute, ({ params, ctx }) =>
    getApplication(deps)(ctx, { applicationId: params.id }),
  );
  mountRoute(app, moveApplicationRoute, ({ params, body, ctx }) =>
    moveApplication(deps)(ctx, { ...body, applicationId: params.id }),
  );
  mountRoute(app, commentApplicationRoute, ({ params, body, ctx }) =>
    commentApplication(deps)(ctx, { ...body, applicationId: params.id }),
  );
}
