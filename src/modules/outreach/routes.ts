import type { FastifyInstance } from 'fastify';
import {
  changeLeadRoute,
  closeLeadRoute,
  convertLeadRoute,
  listLeadsRoute,
  outreachFiguresRoute,
  readLeadRoute,
  recordAttemptRoute,
  recordLeadRoute,
  reopenLeadRoute,
} from '../../contracts/outreach.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { changeLead } from './use-cases/change-lead.js';
import { closeLead } from './use-cases/close-lead.js';
import { convertLead } from './use-cases/convert-lead.js';
import { listLeads } from './use-cases/list-leads.js';
import { programOutreachFigures } from './use-cases/outreach-figures.js';
import { readLead } from './use-cases/read-lead.js';
import { recordAttempt } from './use-cases/record-attempt.js';
import { recordLead } from './use-cases/record-lead.js';
import { reopenLead } from './use-cases/reopen-lead.js';

export function registerOutreachRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listLeadsRoute, ({ query, ctx }) => listLeads(deps)(ctx, query));
  mountRoute(app, recordLeadRoute, ({ body, ctx }) => recordLead(deps)(ctx, body));
  mountRoute(app, readLeadRoute, ({ params, ctx }) => readLead(deps)(ctx, { leadId: params.id }));
  mountRoute(app, changeLeadRoute, ({ params, body, ctx }) =>
    changeLead(deps)(ctx, { leadId: params.id, body }),
  );
  mountRoute(app, recordAttemptRoute, ({ params, body, ctx }) =>
    recordAttempt(deps)(ctx, { ...body, leadId: params.id }),
  );
  mountRoute(app, closeLeadRoute, ({ params, body, ctx }) =>
    closeLead(deps)(ctx, { ...body, leadId: params.id }),
  );
  mountRoute(app, convertLeadRoute, ({ params, body, ctx }) =>
    convertLead(deps)(ctx, { ...body, leadId: params.id }),
  );
  mountRoute(app, reopenLeadRoute, ({ params, ctx }) => reopenLead(deps)(ctx, { leadId: params.id }));
  mountRoute(app, outreachFiguresRoute, ({ params, query, ctx }) =>
    programOutreachFigures(deps)(ctx, { ...query, programId: params.id }),
  );
}
