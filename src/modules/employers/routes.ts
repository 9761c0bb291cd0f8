import type { FastifyInstance } from 'fastify';
import {
  addEmployerCommitmentRoute,
  addEmployerContactRoute,
  addEmployerSiteRoute,
  changeEmployerCommitmentStatusRoute,
  changeEmployerContactRoute,
  changeEmployerRoute,
  changeEmployerSiteRoute,
  createEmployerRoute,
  getEmployerRoute,
  listEmployerEngagementsRoute,
  listEmployersRoute,
  recordEmployerEngagementRoute,
  removeEmployerSiteRoute,
} from '../../contracts/employers.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addCommitment } from './use-cases/add-commitment.js';
import { addContact } from './use-cases/add-contact.js';
import { addSite } from './use-cases/add-site.js';
import { changeCommitmentStatus } from './use-cases/change-commitment-status.js';
import { changeContact } from './use-cases/change-contact.js';
import { changeEmployer } from './use-cases/change-employer.js';
import { changeSite } from './use-cases/change-site.js';
import { createEmployer } from './use-cases/create-employer.js';
import { getEmployer } from './use-cases/get-employer.js';
import { listEmployers } from './use-cases/list-employers.js';
import { listEngagements } from './use-cases/list-engagements.js';
import { recordEngagement } from './use-cases/record-engagement.js';
import { removeSite } from './use-cases/remove-site.js';

export function registerEmployerRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listEmployersRoute, ({ query, ctx }) => listEmployers(deps)(ctx, query));
  mountRoute(app, createEmployerRoute, ({ body, ctx }) => createEmployer(deps)(ctx, body));
  mountRoute(app, getEmployerRoute, ({ params, ctx }) => getEmployer(deps)(ctx, { employerId: params.id }));
  mountRoute(app, changeEmployerRoute, ({ params, body, ctx }) =>
    changeEmployer(deps)(ctx, { ...body, employerId: params.id }),
  );
  mountRoute(app, addEmployerSiteRoute, ({ params, body, ctx }) =>
    addSite(deps)(ctx, { ...body, employerId: params.id }),
  );
  mountRoute(app, changeEmployerSiteRoute, ({ params, body, ctx }) =>
    changeSite(deps)(ctx, { ...body, employerId: params.id, siteId: params.siteId }),
  );
  mountRoute(app, removeEmployerSiteRoute, ({ params, ctx }) =>
    removeSite(deps)(ctx, { employerId: params.id, siteId: params.siteId }),
  );
  mountRoute(app, addEmployerContactRoute, ({ params, body, ctx }) =>
    addContact(deps)(ctx, { ...body, employerId: params.id }),
  );
  mountRoute(app, changeEmployerContactRoute, ({ params, body, ctx }) =>
    changeContact(deps)(ctx, { ...body, employerId: params.id, contactId: params.contactId }),
  );
  mountRoute(app, addEmployerCommitmentRoute, ({ params, body, ctx }) =>
    addCommitment(deps)(ctx, { employerId: params.id, commitment: body }),
  );
  mountRoute(app, changeEmployerCommitmentStatusRoute, ({ params, body, ctx }) =>
    changeCommitmentStatus(deps)(ctx, { ...body, employerId: params.id, commitmentId: params.commitmentId }),
  );
  mountRoute(app, recordEmployerEngagementRoute, ({ params, body, ctx }) =>
    recordEngagement(deps)(ctx, { ...body, employerId: params.id }),
  );
  mountRoute(app, listEmployerEngagementsRoute, ({ params, query, ctx }) =>
    listEngagements(deps)(ctx, { ...query, employerId: params.id }),
  );
}
