import type { FastifyInstance } from 'fastify';
import {
  deactivateStaffRoute,
  endStaffSessionsRoute,
  getSecondFactorPolicyRoute,
  reactivateStaffRoute,
  resetStaffSecondFactorRoute,
  setSecondFactorPolicyRoute,
} from '../../contracts/staff-lifecycle.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { resetStaffSecondFactor } from './use-cases/reset-staff-second-factor.js';
import { getSecondFactorPolicy, setSecondFactorPolicy } from './use-cases/second-factor-policy.js';
import { deactivateStaff, endStaffSessions, reactivateStaff } from './use-cases/staff-lifecycle.js';

/** Staff who leave, or whose sessions must end (ASVS 7.4.2, 7.4.5), and who needs a second factor (6.3.2). */
export function registerStaffLifecycleRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deactivateStaffRoute, ({ params, ctx }) => deactivateStaff(deps)(ctx, params));
  mountRoute(app, reactivateStaffRoute, ({ params, ctx }) => reactivateStaff(deps)(ctx, params));
  mountRoute(app, endStaffSessionsRoute, ({ params, ctx }) => endStaffSessions(deps)(ctx, params));
  mountRoute(app, resetStaffSecondFactorRoute, ({ params, body, ctx }) =>
    resetStaffSecondFactor(deps)(ctx, { ...params, ...body }),
  );
  mountRoute(app, getSecondFactorPolicyRoute, ({ ctx }) => getSecondFactorPolicy(deps)(ctx, {}));
  mountRoute(app, setSecondFactorPolicyRoute, ({ body, ctx }) => setSecondFactorPolicy(deps)(ctx, body));
}
