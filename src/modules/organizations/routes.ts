import type { FastifyInstance } from 'fastify';
import { addSiteRoute, myOrganizationRoute, updateOrganizationRoute } from '../../contracts/organizations.js';
import {
  organizationReminderDelaysRoute,
  setOrganizationReminderDelaysRoute,
} from '../../contracts/reminder-delays.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addSite } from './use-cases/add-site.js';
import { myOrganization } from './use-cases/my-organization.js';
import { organizationReminderDelays } from './use-cases/organization-reminder-delays.js';
import { setOrganizationTimeZone } from './use-cases/set-organization-time-zone.js';
import { setReminderDelays } from './use-cases/set-reminder-delays.js';

export function registerOrganizationRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, myOrganizationRoute, ({ ctx }) => myOrganization(deps)(ctx, {}));
  mountRoute(app, addSiteRoute, ({ body, ctx }) => addSite(deps)(ctx, body));
  mountRoute(app, updateOrganizationRoute, ({ body, ctx }) => setOrganizationTimeZone(deps)(ctx, body));
  mountRoute(app, organizationReminderDelaysRoute, ({ ctx }) => organizationReminderDelays(deps)(ctx, {}));
  mountRoute(app, setOrganizationReminderDelaysRoute, ({ body, ctx }) => setReminderDelays(deps)(ctx, body));
}
