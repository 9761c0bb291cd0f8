import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../core/config.js';
import { createHttpApp } from '../core/http/app.js';
import type { Deps } from '../core/use-case.js';
import { sessionResolver } from '../modules/accounts/use-cases/resolve-session.js';
import { registerModuleRoutes } from './routes.js';

export interface ServerOptions {
  deps: Deps;
  config: Pick<AppConfig, 'LOG_LEVEL' | 'SESSION_SECRET' | 'NODE_ENV'>;
  webRoot?: string;
}

/** The composition root: one HTTP app, every module's routes, all sharing the same dependencies. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = await createHttpApp({
    logLevel: options.config.LOG_LEVEL,
    cookieSecret: options.config.SESSION_SECRET,
    resolveSession: sessionResolver(options.deps.db, options.deps.clock),
    webRoot: options.webRoot,
  });
  await registerModuleRoutes(app, options.deps, { secureCookies: options.config.NODE_ENV === 'production' });
  await app.ready();
  if (app.routesWithoutPolicy.length > 0) {
    throw new Error(`Routes without an access policy: ${app.routesWithoutPolicy.join(', ')}`);
  }
  return app;
}
