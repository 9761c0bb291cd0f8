import type { FastifyInstance } from 'fastify';
import { addSiteRoute, myOrganizationRoute } from '../../contracts/organizations.js';
import { getSecondFactorPolicyRoute, setSecondFactorPolicyRoute } from '../../contracts/staff-lifecycle.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addSite } from './use-cases/add-site.js';
import { myOrganization } from './use-cases/my-organization.js';
import { getSecondFactorPolicy, setSecondFactorPolicy } from './use-cases/second-factor-policy.js';

export function registerOrganizationRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, myOrganizationRoute, ({ ctx }) => myOrganization(deps)(ctx, {}));
  mountRoute(app, addSiteRoute, ({ body, ctx }) => addSite(deps)(ctx, body));
  mountRoute(app, getSecondFactorPolicyRoute, ({ ctx }) => getSecondFactorPolicy(deps)(ctx, {}));
  mountRoute(app, setSecondFactorPolicyRoute, ({ body, ctx }) => setSecondFactorPolicy(deps)(ctx, body));
}
