import type { RequestContext } from '../auth/actor.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionCsrfToken: string | null;
  }
  interface FastifyContextConfig {
    policy?: import('../../contracts/define.js').RoutePolicy;
  }
}

export const SESSION_COOKIE = 'passerelle_session';
export const CSRF_HEADER = 'x-csrf-token';
