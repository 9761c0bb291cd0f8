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
import { type FollowTimeZone, setOrganizationTimeZone } from './use-cases/set-organization-time-zone.js';
import { setReminderDelays } from './use-cases/set-reminder-delays.js';

/**
 * `followZone` recomputes what is keyed by the organization's days when its zone changes (the session
 * figures, `sessions/api.ts`), handed over by the composition root because sessions depends on
 * organizations.
 */
export function registerOrganizationRoutes(
  app: FastifyInstance,
  deps: Deps,
  followZone: FollowTimeZone,
): void {
  mountRoute(app, myOrganizationRoute, ({ ctx }) => myOrganization(deps)(ctx, {}));
  mountRoute(app, addSiteRoute, ({ body, ctx }) => addSite(deps)(ctx, body));
  mountRoute(app, updateOrganizationRoute, ({ body, ctx }) =>
    setOrganizationTimeZone(followZone)(deps)(ctx, body),
  );
  mountRoute(app, organizationReminderDelaysRoute, ({ ctx }) => organizationReminderDelays(deps)(ctx, {}));
  mountRoute(app, setOrganizationReminderDelaysRoute, ({ body, ctx }) => setReminderDelays(deps)(ctx, body));
}
