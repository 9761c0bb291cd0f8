import type { FastifyInstance } from 'fastify';
import { type Clock, systemClock } from '../../src/core/clock.js';
import { developmentEncryptionKeys } from '../../src/core/config.js';
import { parseKeyRingSpec } from '../../src/core/crypto/key-ring.js';
import { uuidv7 } from '../../src/core/ids.js';
import { OutboxMailer } from '../../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../../src/core/sms/sms-sender.js';
import type { Deps } from '../../src/core/use-case.js';
import { buildServer } from '../../src/server/build-server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  mailer: OutboxMailer;
  sms: OutboxSmsSender;
  database: TestDatabase;
  close(): Promise<void>;
}

export function testDeps(
  database: TestDatabase,
  clock: Clock = systemClock,
): Deps & { mailer: OutboxMailer; sms: OutboxSmsSender } {
  return {
    db: database.db,
    clock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://passerelle.test',
    keyRing: parseKeyRingSpec(developmentEncryptionKeys),
  };
}

/** The whole HTTP application over a private test database, driven with `app.inject`. */
export async function createTestApp(
  options: { clock?: Clock; sessionRequestsPerMinute?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const deps = testDeps(database, options.clock);
  const app = await buildServer({
    deps,
    config: {
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      NODE_ENV: 'test',
      // The fuzz and matrix tests send thousands of requests on one session; the quota has its own test.
      SESSION_REQUESTS_PER_MINUTE: options.sessionRequestsPerMinute ?? 1_000_000,
    },
  });
  return {
    app,
    deps,
    mailer: deps.mailer,
    sms: deps.sms,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Logs in through the API and returns what a browser would hold: the cookie and the CSRF token. */
/**
 * Keeps the session cookie a response set, as a browser would: a proof of identity (second factor,
 * re-authentication) hands out a new token and ends the one sent.
 */
export function followSessionCookie(
  response: { cookies: Array<{ name: string; value: string }> },
  cookies: { passerelle_session: string },
): { passerelle_session: string } {
  const renewed = response.cookies.find((c) => c.name === 'passerelle_session');
  if (renewed?.value) cookies.passerelle_session = renewed.value;
  return cookies;
}

/** `remoteAddress` keeps a test with many logins under the per-address login rate limit. */
export async function loginThroughApi(
  app: FastifyInstance,
  email: string,
  password: string,
  remoteAddress?: string,
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
  if (!cookie) throw new Error('no session cookie');
  const cookies = { passerelle_session: cookie.value };
  const session = await app.inject({ method: 'GET', url: '/api/auth/session', cookies });
  const csrfToken = session.statusCode === 200 ? (session.json() as { csrfToken: string }).csrfToken : '';
  return { cookies, csrfToken, secondFactor: (response.json() as { secondFactor: string }).secondFactor };
}
