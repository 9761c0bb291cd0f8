import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Actor, RequestContext } from '../auth/actor.js';
import { commonErrors } from '../errors.js';
import { pickLocale } from '../i18n/locale.js';
import { uuidv7 } from '../ids.js';
import { errorHandler } from './errors.js';
import { openApiTransformObject } from './openapi.js';
import { CSRF_HEADER, SESSION_COOKIE } from './request-context.js';
import { registerSecurityHeaders } from './security-headers.js';
import { webAssetOptions } from './web-assets.js';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

export type SessionResolver = (token: string) => Promise<ResolvedSession | null>;

export interface HttpAppOptions {
  logLevel: string;
  cookieSecret: string;
  resolveSession: SessionResolver;
  /** The session cookie's name (`sessionCookieName`); `passerelle_session` unless given. */
  sessionCookie?: string;
  /** Folder of the built web application, served with a single-page fallback when present. */
  webRoot?: string;
  trustProxy?: boolean;
  /**
   * Requests a logged-in session may make in a minute before it is told to wait (ASVS 2.4.1): a stolen
   * session or a runaway script cannot drain the API. Counted per session, in this process.
   */
  sessionRequestsPerMinute: number;
  /** Where logs go (standard output by default); tests capture them. */
  logStream?: NodeJS.WritableStream;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const sessionCookie = options.sessionCookie ?? SESSION_COOKIE;
  const app = Fastify({
    logger: {
      level: options.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Query strings carry searched names and filters: only the path is ever logged, never bodies.
      serializers: {
        req: (request: { method: string; url: string; id: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    },
    genReqId: () => uuidv7(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerSecurityHeaders(app);

  const routesWithoutPolicy: string[] = [];
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    // The interactive API documentation is public, like the OpenAPI document it shows.
    if (url === '/api/docs' || url.startsWith('/api/docs/'))
      route.config = { ...route.config, policy: 'public' };
    if (url.startsWith('/api/') && !route.config?.policy) routesWithoutPolicy.push(`${route.method} ${url}`);
  });
  app.decorate('routesWithoutPolicy', routesWithoutPolicy);

  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Passerelle API',
        version: '0.1.0',
        description:
          'Every error is `{ code, message, details }`: `code` is stable, `message` is in the language of the session or of Accept-Language.',
      },
      // The paths are absolute (`/api/…`) on the host that serves this document.
      servers: [{ url: '/', description: 'The Passerelle server this document is served from' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookie },
        },
      },
    },
    // Zod schemas given an id (`.meta({ id })`) are referenced by $ref; the object transform writes them
    // into components.schemas (test/http/openapi.test.ts checks the document with independent tools).
    transform: jsonSchemaTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('ctx', null as never);
  app.decorateRequest('sessionCsrfToken', null);
  const resolveSessionFor = async (request: FastifyRequest): Promise<RequestContext | null> => {
    const token = request.cookies[sessionCookie];
    if (!token) return null;
    const session = await options.resolveSession(token);
    if (!session) return null;
    request.sessionCsrfToken = session.csrfToken;
    return { ...request.ctx, actor: session.actor, locale: session.actor.locale };
  };
  app.decorate('resolveSessionFor', resolveSessionFor);
  // `createRateLimit`, not a hook: the routes' own limits (re-authentication…) still apply after it.
  const sessionQuota = app.createRateLimit({
    max: options.sessionRequestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `session:${request.ctx.actor?.sessionId}`,
  });
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      actor: null,
      requestId: request.id,
      locale: pickLocale(request.headers['accept-language']),
      ip: request.ip ?? null,
    };
    // The web app's files and pages are the same for everyone: no session lookup (a page loads dozens).
    if (!request.url.startsWith('/api/')) return;
    const resolved = await resolveSessionFor(request);
    if (resolved) request.ctx = resolved;
    if (resolved?.actor) {
      const verdict = await sessionQuota(request);
      // `isAllowed` only means "not counted"; a counted request is refused once over the limit.
      if (!verdict.isAllowed && verdict.isExceeded)
        throw commonErrors.sessionQuotaExceeded({ retryAfterSeconds: Math.max(1, verdict.ttlInSeconds) });
    }
    // Before validation: without a session, a route reveals nothing of what it expects.
    const policy = request.routeOptions.config?.policy;
    if (policy !== 'session') return;
    if (!request.ctx.actor) throw commonErrors.unauthenticated();
    if (unsafeMethods.has(request.method) && request.headers[CSRF_HEADER] !== request.sessionCsrfToken) {
      throw commonErrors.csrf();
    }
  });

  const webRoot = options.webRoot ? resolve(options.webRoot) : null;
  if (webRoot && existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, webAssetOptions(webRoot));
    app.setNotFoundHandler((request, reply) => {
      // A missing asset (or a refused source map) is a 404, not the page in its place.
      if (
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        !request.url.startsWith('/assets/')
      ) {
        return reply.type('text/html').sendFile('index.html');
      }
      return errorHandler(commonErrors.routeNotFound(), request, reply);
    });
  } else {
    app.setNotFoundHandler((request, reply) => errorHandler(commonErrors.routeNotFound(), request, reply));
  }
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    routesWithoutPolicy: string[];
    /** Re-reads the session (after a change of organization, for instance). */
    resolveSessionFor(request: FastifyRequest): Promise<RequestContext | null>;
  }
}
