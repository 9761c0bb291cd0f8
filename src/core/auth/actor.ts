import { commonErrors } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Role } from './roles.js';

/** Who is acting, for whom, in which organization: resolved from the session on every request. */
export interface Actor {
  userId: string;
  sessionId: string;
  displayName: string;
  organizationId: string;
  role: Role;
  /** Consortia the active organization belongs to, and those it coordinates. */
  consortiumIds: readonly string[];
  coordinatedConsortiumIds: readonly string[];
  locale: Locale;
}

export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  locale: Locale;
  ip: string | null;
  /** Set only for the command line and the demo loader, which act as the platform itself. */
  system?: boolean;
}

export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, requestId, locale: 'en', ip: null, system: true };
}

export function requireSystem(ctx: RequestContext): void {
  if (!ctx.system) throw commonErrors.forbidden();
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw commonErrors.unauthenticated();
  return ctx.actor;
}

export function requireRole(actor: Actor, allowed: readonly Role[]): void {
  if (!allowed.includes(actor.role)) throw commonErrors.forbidden();
}

export function hasRole(actor: Actor, allowed: readonly Role[]): boolean {
  return allowed.includes(actor.role);
}
