import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/build-server.js';
import { createTestApp, type TestApp, testDeps } from '../support/test-app.js';

/**
 * How the built web app is served (issue 11, problem 13): a web root laid out as the build leaves it
 * (hashed assets with their `.br` and `.gz` copies, and a source map an older build left behind).
 * test/e2e/web-assets.e2e.test.ts checks the same against the real build.
 */
let t: TestApp;
let app: FastifyInstance;
let webRoot: string;
const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;

beforeAll(async () => {
  t = await createTestApp();
  webRoot = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  mkdirSync(join(webRoot, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>Passerelle</title>${'<!-- padding -->'.repeat(100)}`,
    'assets/index-AbC123xy.js': script,
    'assets/index-AbC123xy.js.map': '{"version":3,"sources":["src/web/secret.ts"],"mappings":""}',
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(webRoot, name), content);
    if (name.endsWith('.map')) continue;
    writeFileSync(join(webRoot, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(webRoot, `${name}.gz`), gzipSync(content));
  }
  app = await buildServer({
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
  await app.close();
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web app as served', () => {
  it('never serves a source map', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-AbC123xy.js.map' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('secret.ts');
  });

  it('caches hashed assets for good, and has index.html revalidated', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-AbC123xy.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/caseload']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends the Brotli or gzip copy the browser accepts, and the plain file otherwise', async () => {
    const url = '/assets/index-AbC123xy.js';
    const brotli = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(script.length / 4);
    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    const page = await app.inject({ method: 'GET', url: '/caseload', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
  });

  it('keeps the strict Content Security Policy on pages and assets', async () => {
    for (const url of ['/caseload', '/assets/index-AbC123xy.js']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });
});
