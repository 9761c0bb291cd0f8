import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerSecurityHeaders } from '../../src/core/http/security-headers.js';
import { buildServer } from '../../src/server/build-server.js';
import { createTestApp, type TestApp, testDeps } from '../support/test-app.js';

/** Security headers (ASVS V3.4) on pages, API answers, errors and the API documentation. */
let t: TestApp;
let withWeb: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  t = await createTestApp();
  webRoot = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Passerelle</title>');
  withWeb = await buildServer({
    deps: testDeps(t.database),
    config: {
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      NODE_ENV: 'test',
    },
    webRoot,
  });
});
afterAll(async () => {
  await withWeb.close();
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function expectCommonHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  const csp = directives(headers['content-security-policy'] as string);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  // No inline or evaluated script anywhere.
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
}

describe('security headers', () => {
  it('keeps API answers out of every cache, and a logout clears what the browser cached', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['cache-control']).toBe('no-store');
    const refused = await t.app.inject({ method: 'GET', url: '/api/people' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const page = await withWeb.inject({ method: 'GET', url: '/' });
    expect(page.headers['cache-control']).not.toBe('no-store');
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.headers['clear-site-data']).toBe('"cache"');
  });

  it('puts them on the web app’s pages, its single-page fallback and its API answers', async () => {
    for (const url of ['/', '/people/some-page', '/api/health']) {
      const response = await withWeb.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expectCommonHeaders(response.headers);
      expect(directives(response.headers['content-security-policy']).get('base-uri'), url).toEqual([
        "'none'",
      ]);
    }
  });

  it('puts them on errors too: unauthenticated, not found, invalid input', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/people' }),
      await t.app.inject({ method: 'GET', url: '/api/no-such-route' }),
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not an e-mail' } }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([401, 404, 400]);
    for (const answer of answers) expectCommonHeaders(answer.headers);
  });

  it('gives the API documentation its own policy, still without inline script', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expectCommonHeaders(page.headers);
    const csp = directives(page.headers['content-security-policy']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    const html = page.body;
    // Every script swagger-ui loads is a file of our origin, which script-src 'self' allows.
    expect(html).toMatch(/<script src=/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  });

  it('keeps the stricter policy a route sets for itself (a sandboxed download)', async () => {
    const app = Fastify();
    registerSecurityHeaders(app);
    app.get('/file', (_, reply) =>
      reply.header('content-security-policy', "default-src 'none'; sandbox").send('%PDF-1.4'),
    );
    const response = await app.inject({ method: 'GET', url: '/file' });
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });

  it('asks browsers for HTTPS only in production', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
    ).toBe(undefined);
    vi.stubEnv('NODE_ENV', 'production');
    const production = await createTestApp();
    try {
      const response = await production.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    } finally {
      vi.unstubAllEnvs();
      await production.close();
    }
  });
});
