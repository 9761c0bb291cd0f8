import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changePasswordRoute,
  confirmPasswordResetRoute,
  createStaffRoute,
  currentSessionRoute,
  listStaffRoute,
  loginRoute,
  logoutEverywhereRoute,
  logoutRoute,
  outboxRoute,
  requestPasswordResetRoute,
  secondFactorRoute,
  setLocaleRoute,
  switchOrganizationRoute,
  totpConfirmRoute,
  totpSetupRoute,
} from '../../contracts/accounts.js';
import { commonErrors } from '../../core/errors.js';
import { mountRoute } from '../../core/http/mount.js';
import { sessionCookieName } from '../../core/http/request-context.js';
import { OutboxMailer } from '../../core/mail/mailer.js';
import { OutboxSmsSender } from '../../core/sms/sms-sender.js';
import type { Deps } from '../../core/use-case.js';
import type { SessionTimeouts } from './domain/session-timeouts.js';
import { accountErrors } from './errors.js';
import { registerSingleSignOnRoutes } from './oidc/routes.js';
import { registerSessionSecurityRoutes } from './session-routes.js';
import { changePassword } from './use-cases/change-password.js';
import { createStaffAccount } from './use-cases/create-staff-account.js';
import { currentSession } from './use-cases/current-session.js';
import { listStaff } from './use-cases/list-staff.js';
import { login } from './use-cases/login.js';
import { confirmPasswordReset, requestPasswordReset } from './use-cases/password-reset.js';
import { readOutbox } from './use-cases/read-outbox.js';
import { beginTotpSetup, confirmTotpSetup, verifySecondFactor } from './use-cases/second-factor.js';
import { logout, logoutEverywhere, setLocale, switchOrganization } from './use-cases/session-lifecycle.js';

const loginRateLimit = { max: 20, timeWindow: '1 minute' };

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: { secureCookies: boolean; sessionTimeouts: SessionTimeouts },
): void {
  // `__Host-` prefixed over https: Secure, Path=/ and no Domain, or the browser refuses it.
  const SESSION_COOKIE = sessionCookieName(options.secureCookies);
  const sessionToken = (request: FastifyRequest): string => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw accountErrors.invalidCredentials();
    return token;
  };
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      // The browser may drop it when the server would refuse it anyway.
      maxAge: options.sessionTimeouts.absoluteHours * 3600,
    });
  registerSessionSecurityRoutes(app, deps, { ...options, setSessionCookie });
  registerSingleSignOnRoutes(app, deps, { secureCookies: options.secureCookies, setSessionCookie });

  mountRoute(
    app,
    loginRoute,
    async ({ body, ctx, request, reply }) => {
      const result = await login(deps)(ctx, { ...body, userAgent: request.headers['user-agent'] ?? null });
      setSessionCookie(reply, result.token);
      return { secondFactor: result.secondFactor };
    },
    { rateLimit: loginRateLimit },
  );
  mountRoute(
    app,
    secondFactorRoute,
    async ({ body, ctx, request, reply }) => {
      const result = await verifySecondFactor(deps)(ctx, { token: sessionToken(request), code: body.code });
      setSessionCookie(reply, result.token);
      return { ok: result.ok };
    },
    { rateLimit: loginRateLimit },
  );
  mountRoute(app, totpSetupRoute, ({ ctx, request }) =>
    beginTotpSetup(deps)(ctx, { token: sessionToken(request) }),
  );
  mountRoute(
    app,
    totpConfirmRoute,
    async ({ body, ctx, request, reply }) => {
      const result = await confirmTotpSetup(deps)(ctx, { token: sessionToken(request), code: body.code });
      setSessionCookie(reply, result.token);
      return { ok: result.ok };
    },
    { rateLimit: loginRateLimit },
  );
  mountRoute(app, logoutRoute, async ({ ctx, request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(deps)(ctx, { token });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    // The browser drops what it cached of the person's data (the web client clears its own cache too).
    reply.header('clear-site-data', '"cache"');
    return { ok: true as const };
  });
  mountRoute(app, logoutEverywhereRoute, async ({ ctx, reply }) => {
    const result = await logoutEverywhere(deps)(ctx, {});
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return result;
  });
  mountRoute(app, currentSessionRoute, ({ ctx, request }) =>
    currentSession(deps)(ctx, { csrfToken: request.sessionCsrfToken ?? '' }),
  );
  mountRoute(app, switchOrganizationRoute, async ({ body, ctx, request }) => {
    await switchOrganization(deps)(ctx, body);
    // The actor changes with the organization: rebuild it as the next request would.
    const refreshed = await app.resolveSessionFor(request);
    if (!refreshed) throw commonErrors.unauthenticated();
    return currentSession(deps)(refreshed, { csrfToken: request.sessionCsrfToken ?? '' });
  });
  mountRoute(app, setLocaleRoute, ({ body, ctx }) => setLocale(deps)(ctx, body));
  mountRoute(app, requestPasswordResetRoute, ({ body, ctx }) => requestPasswordReset(deps)(ctx, body), {
    rateLimit: { max: 5, timeWindow: '1 minute' },
  });
  mountRoute(app, confirmPasswordResetRoute, ({ body, ctx }) => confirmPasswordReset(deps)(ctx, body), {
    rateLimit: loginRateLimit,
  });
  mountRoute(app, listStaffRoute, ({ query, ctx }) => listStaff(deps)(ctx, query));
  mountRoute(app, createStaffRoute, ({ body, ctx }) => createStaffAccount(deps)(ctx, body));
  mountRoute(app, changePasswordRoute, ({ body, ctx }) => changePassword(deps)(ctx, body), {
    rateLimit: loginRateLimit,
  });
  // The outbox exists only where mail or texts are not sent (no SMTP_URL, no SMS_PROVIDER) and never
  // in production.
  if (
    (deps.mailer instanceof OutboxMailer || deps.sms instanceof OutboxSmsSender) &&
    process.env.NODE_ENV !== 'production'
  ) {
    mountRoute(app, outboxRoute, ({ ctx }) => readOutbox(deps)(ctx, {}));
  }
}
