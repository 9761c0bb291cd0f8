import type { FastifyInstance } from 'fastify';
import { handoffFiguresRoute } from '../../contracts/exchange-figures.js';
import {
  acceptHandoffRoute,
  declineHandoffRoute,
  listHandoffsRoute,
  personHandoffsRoute,
  proposeHandoffRoute,
  readHandoffRoute,
  withdrawHandoffRoute,
} from '../../contracts/handoffs.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { acceptHandoff } from './use-cases/accept-handoff.js';
import { declineHandoff } from './use-cases/decline-handoff.js';
import { programHandoffFigures } from './use-cases/handoff-figures.js';
import { listHandoffs } from './use-cases/list-handoffs.js';
import { personHandoffs } from './use-cases/person-handoffs.js';
import { proposeHandoff } from './use-cases/propose-handoff.js';
import { readHandoff } from './use-cases/read-handoff.js';
import { withdrawHandoff } from './use-cases/withdraw-handoff.js';

export function registerHandoffRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personHandoffsRoute, ({ params, ctx }) =>
    personHandoffs(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, proposeHandoffRoute, ({ params, body, ctx }) =>
    proposeHandoff(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, listHandoffsRoute, ({ query, ctx }) => listHandoffs(deps)(ctx, query));
  mountRoute(app, readHandoffRoute, ({ params, ctx }) => readHandoff(deps)(ctx, { handoffId: params.id }));
  mountRoute(app, acceptHandoffRoute, ({ params, body, ctx }) =>
    acceptHandoff(deps)(ctx, { ...body, handoffId: params.id }),
  );
  mountRoute(app, declineHandoffRoute, ({ params, body, ctx }) =>
    declineHandoff(deps)(ctx, { ...body, handoffId: params.id }),
  );
  mountRoute(app, withdrawHandoffRoute, ({ params, ctx }) =>
    withdrawHandoff(deps)(ctx, { handoffId: params.id }),
  );
  mountRoute(app, handoffFiguresRoute, ({ params, query, ctx }) =>
    programHandoffFigures(deps)(ctx, { ...query, programId: params.id }),
  );
}
