import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteContract } from '../../src/contracts/define.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let contracts: RouteContract[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const folder = join(import.meta.dirname, '../../src/contracts');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'define.ts')) {
    const exported = (await import(join(folder, file))) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (value && typeof value === 'object' && 'method' in value && 'path' in value && 'policy' in value) {
        contracts.push(value as RouteContract);
      }
    }
  }
  contracts = contracts.filter(
    (c, i) => contracts.findIndex((o) => o.method === c.method && o.path === c.path) === i,
  );
});
afterAll(() => t.close());

const somewhere = (path: string) => path.replace(/:(\w+)/g, '01950000-0000-7000-8000-000000000001');

describe('route policies', () => {
  it('registers every contract on the server', () => {
    expect(contracts.length).toBeGreaterThan(10);
    for (const contract of contracts) {
      expect(
        t.app.hasRoute({ method: contract.method, url: contract.path }),
        `${contract.method} ${contract.path}`,
      ).toBe(true);
    }
  });

  it('answers 401 to every session route called without a session, whatever the input', async () => {
    for (const contract of contracts.filter((c) => c.policy === 'session')) {
      const response = await t.app.inject({
        method: contract.method,
        url: somewhere(contract.path),
        payload: contract.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${contract.method} ${contract.path}`).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets public routes through without a session (they may still refuse bad input)', async () => {
    for (const contract of contracts.filter((c) => c.policy === 'public')) {
      const response = await t.app.inject({
        method: contract.method,
        url: somewhere(contract.path),
        payload: contract.method === 'GET' ? undefined : {},
      });
      // A redirect (the single sign-on callback) has no body: its status says it let the caller through.
      if (!response.body) expect(response.statusCode, `${contract.method} ${contract.path}`).toBe(303);
      else expect(response.json().code, `${contract.method} ${contract.path}`).not.toBe('UNAUTHENTICATED');
    }
  });
});
