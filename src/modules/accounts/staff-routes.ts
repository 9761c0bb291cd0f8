import type { FastifyInstance } from 'fastify';
import {
  deactivateStaffRoute,
  endStaffSessionsRoute,
  reactivateStaffRoute,
} from '../../contracts/staff-lifecycle.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { deactivateStaff, endStaffSessions, reactivateStaff } from './use-cases/staff-lifecycle.js';

/** Staff who leave, or whose sessions must end (ASVS 7.4.2, 7.4.5). */
export function registerStaffLifecycleRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deactivateStaffRoute, ({ params, ctx }) => deactivateStaff(deps)(ctx, params));
  mountRoute(app, reactivateStaffRoute, ({ params, ctx }) => reactivateStaff(deps)(ctx, params));
  mountRoute(app, endStaffSessionsRoute, ({ params, ctx }) => endStaffSessions(deps)(ctx, params));
}
