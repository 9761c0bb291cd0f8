import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  getIdentityProviderRoute,
  setIdentityProviderRoute,
  singleSignOnCallbackRoute,
  startSingleSignOnRoute,
} from '../../../contracts/accounts.js';
import { AppError } from '../../../core/errors.js';
import { contractSchema, mountRoute, redirectResponse } from '../../../core/http/mount.js';
import type { Deps } from '../../../core/use-case.js';
import { getIdentityProvider, setIdentityProvider } from './identity-provider-settings.js';
import {
  completeSingleSignOn,
  type PendingSingleSignOn,
  pendingSingleSignOn,
  startSingleSignOn,
} from './single-sign-on.js';

export interface SingleSignOnRouteOptions {
  secureCookies: boolean;
  setSessionCookie: (reply: FastifyReply, token: string) => void;
}

/** Like the session cookie: `__Host-` prefixed over https. */
const pendingCookieName = (secure: boolean) => (secure ? '__Host-passerelle_sso' : 'passerelle_sso');

function readPending(request: FastifyRequest, name: string): PendingSingleSignOn | null {
  const raw = request.cookies[name];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const parsed = pendingSingleSignOn.safeParse(
      JSON.parse(Buffer.from(unsigned.value, 'base64url').toString()),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function registerSingleSignOnRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: SingleSignOnRouteOptions,
): void {
  const pendingCookie = pendingCookieName(options.secureCookies);
  const cookieOptions = {
    httpOnly: true,
    secure: options.secureCookies,
    path: '/',
    sameSite: 'lax' as const,
  };

  mountRoute(
    app,
    startSingleSignOnRoute,
    async ({ body, ctx, reply }) => {
      const { authorizationUrl, pending } = await startSingleSignOn(deps)(ctx, body);
      // Signed (HMAC with SESSION_SECRET): the verifier, state and nonce come back only from this browser.
      reply.setCookie(pendingCookie, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        ...cookieOptions,
        signed: true,
        maxAge: 600,
      });
      return { authorizationUrl };
    },
    { rateLimit: { max: 20, timeWindow: '1 minute' } },
  );

  app.withTypeProvider<ZodTypeProvider>().route({
    method: singleSignOnCallbackRoute.method,
    url: singleSignOnCallbackRoute.path,
    config: { policy: singleSignOnCallbackRoute.policy, rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      ...contractSchema(singleSignOnCallbackRoute),
      response: redirectResponse('Into the application, or back to the login page with `ssoError`'),
    },
    handler: async (request, reply) => {
      const pending = readPending(request, pendingCookie);
      // Single use: whatever happens, this browser's pending request is over.
      reply.clearCookie(pendingCookie, { path: '/' });
      try {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const result = await completeSingleSignOn(deps)(request.ctx, {
          pending,
          callbackQuery: query,
          userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        });
        options.setSessionCookie(reply, result.token);
        const next = result.next ?? '/';
        const target =
          result.secondFactor === 'none'
            ? next
            : `/login?${new URLSearchParams({ sso: result.secondFactor, next })}`;
        return reply.redirect(target, 303);
      } catch (error) {
        if (!(error instanceof AppError)) request.log.error({ err: error }, 'single sign-on failed');
        const code = error instanceof AppError ? error.code : 'SINGLE_SIGN_ON_FAILED';
        return reply.redirect(`/login?${new URLSearchParams({ ssoError: code })}`, 303);
      }
    },
  });

  mountRoute(app, getIdentityProviderRoute, ({ ctx }) => getIdentityProvider(deps)(ctx, {}));
  mountRoute(app, setIdentityProviderRoute, ({ body, ctx }) => setIdentityProvider(deps)(ctx, body));
}
