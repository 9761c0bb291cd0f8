import type { FastifyInstance } from 'fastify';
import {
  anonymizePersonRoute,
  exportPersonDataPdfRoute,
  exportPersonDataRoute,
  liftRestrictionRoute,
  personPrivacyRoute,
  processingRegisterPdfRoute,
  processingRegisterRoute,
  restrictProcessingRoute,
  retentionPoliciesRoute,
  setRetentionPoliciesRoute,
} from '../../contracts/privacy.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { anonymizePerson } from './use-cases/anonymize-person.js';
import { exportPersonData, exportPersonDataPdf } from './use-cases/export-person-data.js';
import { getPrivacyState } from './use-cases/privacy-state.js';
import { getProcessingRegister, processingRegisterPdf } from './use-cases/processing-register.js';
import { liftRestriction, restrictProcessing } from './use-cases/restrict-processing.js';
import { getRetentionPolicies, setRetentionPolicies } from './use-cases/retention-settings.js';

export function registerPrivacyRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, personPrivacyRoute, ({ params, ctx }) =>
    getPrivacyState(deps)(ctx, { personId: params.id }),
  );
  mountFileRoute(app, exportPersonDataRoute, 'application/json; charset=utf-8', async ({ params, ctx }) => {
    const { filename, data } = await exportPersonData(deps)(ctx, { personId: params.id });
    return { filename, body: JSON.stringify(data, null, 2) };
  });
  mountFileRoute(app, exportPersonDataPdfRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await exportPersonDataPdf(deps)(ctx, {
      personId: params.id,
      locale: query.locale,
    });
    return { filename, body: pdf };
  });
  mountRoute(app, restrictProcessingRoute, ({ params, body, ctx }) =>
    restrictProcessing(deps)(ctx, { personId: params.id, reason: body.reason }),
  );
  mountRoute(app, liftRestrictionRoute, ({ params, ctx }) =>
    liftRestriction(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, anonymizePersonRoute, ({ params, body, ctx }) =>
    anonymizePerson(deps)(ctx, { personId: params.id, reason: body.reason }),
  );
  mountRoute(app, retentionPoliciesRoute, ({ ctx }) => getRetentionPolicies(deps)(ctx, {}));
  mountRoute(app, setRetentionPoliciesRoute, ({ body, ctx }) => setRetentionPolicies(deps)(ctx, body));
  mountRoute(app, processingRegisterRoute, ({ query, ctx }) => getProcessingRegister(deps)(ctx, query));
  mountFileRoute(app, processingRegisterPdfRoute, 'application/pdf', async ({ query, ctx }) => {
    const { filename, pdf } = await processingRegisterPdf(deps)(ctx, query);
    return { filename, body: pdf };
  });
}
