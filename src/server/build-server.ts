import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../core/config.js';
import { createHttpApp } from '../core/http/app.js';
import { sessionCookieName } from '../core/http/request-context.js';
import type { Deps } from '../core/use-case.js';
import { defaultSessionTimeouts } from '../modules/accounts/domain/session-timeouts.js';
import { sessionResolver } from '../modules/accounts/use-cases/resolve-session.js';
import { registerModuleRoutes } from './routes.js';

export interface ServerOptions {
  deps: Deps;
  config: Pick<AppConfig, 'LOG_LEVEL' | 'SESSION_SECRET' | 'NODE_ENV'> &
    Partial<
      Pick<AppConfig, 'SESSION_IDLE_MINUTES' | 'SESSION_ABSOLUTE_HOURS' | 'SESSION_REQUESTS_PER_MINUTE'>
    >;
  webRoot?: string;
}

const defaultSessionRequestsPerMinute = 600;

/** The composition root: one HTTP app, every module's routes, all sharing the same dependencies. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const secureCookies = options.config.NODE_ENV === 'production';
  const sessionTimeouts = {
    idleMinutes: options.config.SESSION_IDLE_MINUTES ?? defaultSessionTimeouts.idleMinutes,
    absoluteHours: options.config.SESSION_ABSOLUTE_HOURS ?? defaultSessionTimeouts.absoluteHours,
  };
  const app = await createHttpApp({
    logLevel: options.config.LOG_LEVEL,
    cookieSecret: options.config.SESSION_SECRET,
    resolveSession: sessionResolver(options.deps.db, options.deps.clock, sessionTimeouts),
    sessionCookie: sessionCookieName(secureCookies),
    webRoot: options.webRoot,
    sessionRequestsPerMinute: options.config.SESSION_REQUESTS_PER_MINUTE ?? defaultSessionRequestsPerMinute,
  });
  await registerModuleRoutes(app, options.deps, { secureCookies, sessionTimeouts });
  await app.ready();
  if (app.routesWithoutPolicy.length > 0) {
    throw new Error(`Routes without an access policy: ${app.routesWithoutPolicy.join(', ')}`);
  }
  return app;
}
