import type { FastifyInstance } from 'fastify';
import {
  commentJobApplicationRoute,
  getJobApplicationRoute,
  listOfferJobApplicationsRoute,
  listPersonJobApplicationsRoute,
  moveJobApplicationRoute,
  proposeJobApplicationRoute,
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
  mountRoute(app, listPersonJobApplicationsRoute, ({ params, query, ctx }) =>
    listPersonApplications(deps)(ctx, { ...query, personId: params.id }),
  );
  mountRoute(app, proposeJobApplicationRoute, ({ params, body, ctx }) =>
    proposeApplication(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, listOfferJobApplicationsRoute, ({ params, query, ctx }) =>
    listOfferApplications(deps)(ctx, { ...query, offerId: params.id }),
  );
  mountRoute(app, getJobApplicationRoute, ({ params, ctx }) =>
    getApplication(deps)(ctx, { applicationId: params.id }),
  );
  mountRoute(app, moveJobApplicationRoute, ({ params, body, ctx }) =>
    moveApplication(deps)(ctx, { ...body, applicationId: params.id }),
  );
  mountRoute(app, commentJobApplicationRoute, ({ params, body, ctx }) =>
    commentApplication(deps)(ctx, { ...body, applicationId: params.id }),
  );
}
