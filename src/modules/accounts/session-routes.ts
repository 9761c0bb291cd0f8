import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  beginSecondFactorChangeRoute,
  confirmSecondFactorChangeRoute,
  endOtherSessionsRoute,
  endSessionRoute,
  listActiveSessionsRoute,
  reauthenticateRoute,
} from '../../contracts/accounts.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import type { SessionTimeouts } from './domain/session-timeouts.js';
import { endOtherSessions, endSession, listActiveSessions } from './use-cases/active-sessions.js';
import { beginSecondFactorChange, confirmSecondFactorChange } from './use-cases/change-second-factor.js';
import { reauthenticate } from './use-cases/reauthenticate.js';

/** The account's own sessions, the proof of identity sensitive actions ask for, the second factor's change. */
export function registerSessionSecurityRoutes(
  app: FastifyInstance,
  deps: Deps,
  options: {
    sessionTimeouts: SessionTimeouts;
    setSessionCookie: (reply: FastifyReply, token: string) => void;
  },
): void {
  mountRoute(app, listActiveSessionsRoute, ({ query, ctx }) =>
    listActiveSessions(deps)(ctx, { ...query, timeouts: options.sessionTimeouts }),
  );
  mountRoute(app, endSessionRoute, ({ params, ctx }) => endSession(deps)(ctx, params));
  mountRoute(app, endOtherSessionsRoute, ({ ctx }) => endOtherSessions(deps)(ctx, {}));
  mountRoute(
    app,
    reauthenticateRoute,
    async ({ body, ctx, reply }) => {
      // The proof rotates the session's token (ASVS 7.2.4): the browser gets the new one at once.
      const { token, ...proof } = await reauthenticate(deps)(ctx, body);
      options.setSessionCookie(reply, token);
      return proof;
    },
    {
      rateLimit: { max: 10, timeWindow: '1 minute' },
    },
  );
  mountRoute(app, beginSecondFactorChangeRoute, ({ ctx }) => beginSecondFactorChange(deps)(ctx, {}));
  mountRoute(
    app,
    confirmSecondFactorChangeRoute,
    ({ body, ctx }) => confirmSecondFactorChange(deps)(ctx, body),
    {
      rateLimit: { max: 10, timeWindow: '1 minute' },
    },
  );
}
