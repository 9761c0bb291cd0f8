import type { z } from 'zod';
import type { Output, RouteContract } from '../../contracts/define.js';
import { buildUrl } from './url.js';

export { buildUrl };

/** What the caller passes for one part of a request, from the contract's zod schema. */
export type CallPart<C extends RouteContract, K extends 'params' | 'query' | 'body'> =
  NonNullable<C[K]> extends z.ZodType ? z.input<NonNullable<C[K]>> : never;

/** An error answered by the API: `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors of a VALIDATION_FAILED answer, keyed by the field name without the `body.` prefix. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    if (!Array.isArray(this.details)) return result;
    for (const issue of this.details as { path?: unknown; message?: unknown }[]) {
      if (typeof issue?.path !== 'string' || typeof issue.message !== 'string') continue;
      const field = issue.path.replace(/^(body|query|params)\.?/, '');
      if (field && !(field in result)) result[field] = issue.message;
    }
    return result;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let acceptLanguage = 'fr';
let onUnauthenticated: (() => void) | null = null;

/** The session hands out the CSRF token; unsafe requests send it back in `x-csrf-token`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Public routes (login, password reset) answer in the language the person chose on the page. */
export function setRequestLanguage(language: string): void {
  acceptLanguage = language;
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export interface CallOptions<C extends RouteContract> {
  params?: CallPart<C, 'params'>;
  query?: CallPart<C, 'query'>;
  body?: CallPart<C, 'body'>;
  signal?: AbortSignal;
}

async function ensureCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const response = await fetch('/api/auth/session', {
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'accept-language': acceptLanguage },
  });
  if (!response.ok) return null;
  const session = (await response.json()) as { csrfToken?: string };
  csrfToken = session.csrfToken ?? null;
  return csrfToken;
}

/**
 * The answer to a GET the page's first script already started (src/web/boot.ts: the session behind the
 * log-in, the caseload's rows), taken once and only in the first seconds: later calls ask the server.
 */
export function takeEarlyResponse(method: string, url: string): Promise<Response> | undefined {
  const requests = method === 'GET' ? globalThis.window?.passerelleEarly?.requests : undefined;
  const early = requests?.get(url);
  requests?.delete(url);
  return early && performance.now() - early.startedAt < earlyResponseMaxAge ? early.response : undefined;
}

/** How long an early answer may wait for the app before it is too old to show. */
const earlyResponseMaxAge = 15_000;

/** Calls one route declared in `src/contracts`, typed by its contract. */
export async function call<C extends RouteContract>(
  contract: C,
  options: CallOptions<C> = {},
): Promise<Output<C>> {
  const url = buildUrl(
    contract.path,
    options.params as Record<string, unknown> | undefined,
    options.query as Record<string, unknown> | undefined,
  );
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
  const hasBody = options.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';
  if (unsafeMethods.has(contract.method)) {
    const token = contract.policy === 'session' ? await ensureCsrfToken() : csrfToken;
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await (takeEarlyResponse(contract.method, url) ??
      fetch(url, {
        method: contract.method,
        credentials: 'same-origin',
        headers,
        body: hasBody ? JSON.stringify(options.body) : undefined,
        signal: options.signal,
      }));
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', networkMessage());
  }
  if (response.status === 204) return undefined as Output<C>;
  const text = await response.text();
  const payload: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const body = (payload ?? {}) as { code?: string; message?: string; details?: unknown };
    const error = new ApiError(
      response.status,
      body.code ?? `HTTP_${response.status}`,
      body.message ?? response.statusText,
      body.details,
    );
    if (response.status === 401 && contract.policy === 'session') {
      csrfToken = null;
      onUnauthenticated?.();
    }
    throw error;
  }
  return payload as Output<C>;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function networkMessage(): string {
  return acceptLanguage.startsWith('en')
    ? 'The server cannot be reached. Check your connection and try again.'
    : acceptLanguage.startsWith('ar')
      ? 'تعذّر الاتصال بالخادم. تحقّق من اتصالك ثم أعد المحاولة.'
      : 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.';
}

export interface UploadOptions<C extends RouteContract> {
  params?: CallPart<C, 'params'>;
  query?: CallPart<C, 'query'>;
  file: Blob;
  /** Fraction of the bytes sent, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Sends one file as the raw body of an upload route (its Content-Type is the file's), with the CSRF
 * token, and answers like `call`. XMLHttpRequest, because fetch reports no upload progress.
 */
export async function upload<C extends RouteContract>(
  contract: C,
  options: UploadOptions<C>,
): Promise<Output<C>> {
  const url = buildUrl(
    contract.path,
    options.params as Record<string, unknown> | undefined,
    options.query as Record<string, unknown> | undefined,
  );
  const token = await ensureCsrfToken();
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(contract.method, url);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', acceptLanguage);
    request.setRequestHeader('content-type', options.file.type || 'application/octet-stream');
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', networkMessage()));
    request.send(options.file);
  });
  const payload: unknown = text ? safeJson(text) : undefined;
  if (status < 200 || status >= 300) {
    const body = (payload ?? {}) as { code?: string; message?: string; details?: unknown };
    if (status === 401) {
      csrfToken = null;
      onUnauthenticated?.();
    }
    throw new ApiError(status, body.code ?? `HTTP_${status}`, body.message ?? `HTTP ${status}`, body.details);
  }
  return payload as Output<C>;
}
