/**
 * The page's first script: it runs as soon as it arrives, while the app's code (React, the router, the
 * page) is still coming and being compiled, and starts what the first screen will wait for (issue 11,
 * problem 13: the caseload's Largest Contentful Paint):
 * - the files of the page asked for and of the language it will be shown in, as `modulepreload` links
 *   (fetched and compiled, run only when the app imports them). Which files each page needs is known
 *   only once built: the build writes them in index.html (`#first-page-files`,
 *   scripts/first-page-files-plugin.ts);
 * - behind the log-in, the session (`GET /api/auth/session`), and on the bare /caseload, as soon as the
 *   session says who is looking, the first page of rows. The app takes these answers instead of asking
 *   again (takeEarlyResponse in api/client.ts).
 * Nothing here is needed for the app to work: without it, the app asks for the same things later.
 * It imports only small pure modules (not the app's chunk: see vite.config.ts).
 */
import { buildUrl } from './api/url.js';
import { caseloadFilters, caseloadPath, caseloadRequest } from './pages/caseload/caseload-query.js';

export interface FirstPageFiles {
  /** A path pattern and the files its page needs (the app's layout included behind the log-in). */
  pages: { path: string; files: string[] }[];
  /** Each interface language's core texts. */
  languages: Record<string, string[]>;
}

export interface EarlyRequest {
  response: Promise<Response>;
  /** `performance.now()` when it was sent: an answer left untaken is not used once old. */
  startedAt: number;
}

declare global {
  interface Window {
    /** GET requests started by boot.ts, by URL, each taken once by the app. */
    passerelleEarly?: { requests: Map<string, EarlyRequest> };
  }
}

/** Pages anyone may open (src/web/router.tsx): no session to ask for. */
export const publicPath =
  /^\/(login|forgot-password|reset-password|verify|info-emploi|suivi|rencontre|desabonnement)(\/|$)/;

/** As src/web/i18n/index.ts decides: the language chosen before on this browser, else the browser's. */
export function firstLanguage(stored: string | null, browser: string | undefined): string {
  const languages = ['fr', 'en', 'ar'];
  if (stored && languages.includes(stored)) return stored;
  const tag = (browser ?? 'fr').slice(0, 2).toLowerCase();
  return languages.includes(tag) ? tag : 'fr';
}

/** The files to preload for a path in a language, each once. */
export function filesFor(table: FirstPageFiles, pathname: string, language: string): string[] {
  const page = table.pages.find((entry) => new RegExp(entry.path).test(pathname));
  return [...new Set([...(table.languages[language] ?? []), ...(page?.files ?? [])])];
}

/** The URL of the rows the page at this address shows first, once the role is known (none elsewhere). */
export function firstRowsUrl(pathname: string, search: string, role: string): string | null {
  if (!/^\/caseload\/?$/.test(pathname) || search !== '') return null;
  return buildUrl(caseloadPath, undefined, caseloadRequest(caseloadFilters(role, {})));
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem('passerelle.language');
  } catch {
    return null;
  }
}

function boot(): void {
  const { pathname, search } = window.location;
  const language = firstLanguage(storedLanguage(), navigator.language);
  const requests = new Map<string, EarlyRequest>();
  window.passerelleEarly = { requests };
  const get = (url: string) => {
    const response = fetch(url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': language },
    });
    // A failure is the app's to report, when it takes the answer.
    response.catch(() => undefined);
    requests.set(url, { response, startedAt: performance.now() });
    return response;
  };
  if (!publicPath.test(pathname)) {
    get('/api/auth/session')
      .then((response) => (response.ok ? response.clone().json() : null))
      .then((session: { role?: string } | null) => {
        const url = session?.role ? firstRowsUrl(pathname, search, session.role) : null;
        if (url) get(url);
      })
      .catch(() => undefined);
  }
  const table = document.getElementById('first-page-files')?.textContent;
  if (!table) return;
  for (const file of filesFor(JSON.parse(table) as FirstPageFiles, pathname, language)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.appendChild(link);
  }
}

// Not when a test imports the helpers above.
if (typeof window !== 'undefined') boot();
