import type { FastifyInstance } from 'fastify';
import {
  assessImmersionRoute,
  createImmersionRoute,
  getImmersionRoute,
  immersionAgreementPdfRoute,
  listPersonImmersionsRoute,
  recordMissedHoursRoute,
  signImmersionRoute,
} from '../../contracts/immersions.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { assessImmersion } from './use-cases/assess-immersion.js';
import { createImmersion } from './use-cases/create-immersion.js';
import { getImmersion } from './use-cases/get-immersion.js';
import { immersionAgreement } from './use-cases/immersion-agreement.js';
import { listPersonImmersions } from './use-cases/list-person-immersions.js';
import { recordMissedHours } from './use-cases/record-missed-hours.js';
import { signImmersion } from './use-cases/sign-immersion.js';

export function registerImmersionRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPersonImmersionsRoute, ({ params, ctx }) =>
    listPersonImmersions(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, createImmersionRoute, ({ body, ctx }) => createImmersion(deps)(ctx, body));
  mountRoute(app, getImmersionRoute, ({ params, ctx }) =>
    getImmersion(deps)(ctx, { immersionId: params.id }),
  );
  mountRoute(app, signImmersionRoute, ({ params, body, ctx }) =>
    signImmersion(deps)(ctx, { ...body, immersionId: params.id }),
  );
  mountRoute(app, recordMissedHoursRoute, ({ params, body, ctx }) =>
    recordMissedHours(deps)(ctx, { ...body, immersionId: params.id }),
  );
  mountRoute(app, assessImmersionRoute, ({ params, body, ctx }) =>
    assessImmersion(deps)(ctx, { ...body, immersionId: params.id }),
  );
  mountFileRoute(app, immersionAgreementPdfRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await immersionAgreement(deps)(ctx, { ...query, immersionId: params.id });
    return { filename, body: pdf };
  });
}
