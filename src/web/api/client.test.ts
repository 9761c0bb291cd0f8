import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  currentSessionRoute,
  listStaffRoute,
  loginRoute,
  logoutEverywhereRoute,
} from '../../contracts/accounts.js';
import { defineRoute } from '../../contracts/define.js';
import { ApiError, buildUrl, call, setCsrfToken, setUnauthenticatedHandler } from './client.js';

const personRoute = defineRoute({
  operationId: 'getPersonLanguage',
  method: 'GET',
  path: '/api/people/:id/languages/:languageId',
  policy: 'session',
  summary: 'test',
  tags: [],
  params: z.object({ id: z.string(), languageId: z.string() }),
  query: z.object({ q: z.string().optional(), tags: z.array(z.string()).optional() }),
  response: z.object({ ok: z.boolean() }),
});

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('buildUrl', () => {
  it('fills path parameters, encoded, and skips empty query values', () => {
    expect(
      buildUrl(
        '/api/people/:id/languages/:languageId',
        { id: 'a b', languageId: 'x/y' },
        { q: 'é', page: 2, empty: '', none: undefined },
      ),
    ).toBe('/api/people/a%20b/languages/x%2Fy?q=%C3%A9&page=2');
  });

  it('repeats array query values', () => {
    expect(buildUrl('/api/x', undefined, { tag: ['a', 'b'] })).toBe('/api/x?tag=a&tag=b');
  });

  it('refuses to build a path with a missing parameter', () => {
    expect(() => buildUrl('/api/people/:id', {})).toThrow(/id/);
  });
});

describe('call', () => {
  it('sends JSON with same-origin credentials and the CSRF token on unsafe session routes', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => answer(200, { ended: 2 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await expect(call(logoutEverywhereRoute)).resolves.toEqual({ ended: 2 });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/auth/logout-everywhere');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-123');
  });

  it('fetches the session for a CSRF token when it has none yet', async () => {
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
      url === currentSessionRoute.path
        ? answer(200, { csrfToken: 'from-session' })
        : answer(200, { ended: 1 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await call(logoutEverywhereRoute);
    const unsafe = fetchMock.mock.calls.find(([url]) => url === logoutEverywhereRoute.path) as [
      string,
      RequestInit,
    ];
    expect((unsafe[1].headers as Record<string, string>)['x-csrf-token']).toBe('from-session');
  });

  it('does not send a CSRF header on GET requests, and builds the URL from the contract', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await call(personRoute, { params: { id: 'p1', languageId: 'l1' }, query: { q: 'ami' } });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/people/p1/languages/l1?q=ami');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(init.body).toBeUndefined();
  });

  it('throws an ApiError carrying the server code, message and field details', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(400, {
          code: 'VALIDATION_FAILED',
          message: 'Certains champs sont manquants ou invalides.',
          details: [
            { path: 'body.email', message: 'Adresse invalide' },
            { path: 'body.languages.0.level', message: 'Niveau inconnu' },
          ],
        }),
      ),
    );
    const error = await call(loginRoute, { body: { email: 'x', password: 'y' } }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Certains champs sont manquants ou invalides.');
    expect(error.fieldErrors()).toEqual({ email: 'Adresse invalide', 'languages.0.level': 'Niveau inconnu' });
  });

  it('calls the unauthenticated handler on 401 from a session route, not from log-in', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, { code: 'UNAUTHENTICATED', message: 'Session ended' })),
    );
    await expect(call(listStaffRoute)).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(call(loginRoute, { body: { email: 'a', password: 'b' } })).rejects.toMatchObject({
      status: 401,
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(call(listStaffRoute)).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
