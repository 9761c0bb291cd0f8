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

/** The session cookie's name in development and tests over http. */
export const SESSION_COOKIE = 'passerelle_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Over https (production) the session cookie carries the `__Host-` prefix: browsers then accept it only
 * when it is Secure, for Path=/ and without a Domain, so a sibling subdomain can neither set nor shadow
 * it (ASVS 7.1, cookie prefixes of RFC 6265bis). Plain http cannot hold such a cookie: the name stays.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}
