import { describe, expect, it } from 'vitest';
import { listPeopleRoute } from '../contracts/people.js';
import { buildUrl } from './api/client.js';
import { filesFor, firstLanguage, firstRowsUrl, publicPath } from './boot.js';
import { caseloadFilters, caseloadPath, caseloadRequest } from './pages/caseload/caseload-query.js';

/**
 * src/web/boot.ts asks for the session and the caseload's first rows before the app's code runs; the
 * app takes those answers only if it asks for exactly the same URLs (api/client.ts), so they must agree.
 */
describe('the first script (boot.ts)', () => {
  it("asks for the caseload's rows at the URL the page asks for", () => {
    expect(caseloadPath).toBe(listPeopleRoute.path);
    for (const role of ['counselor', 'director', 'program_referent', 'receptionist'])
      expect(firstRowsUrl('/caseload', '', role)).toBe(
        buildUrl(listPeopleRoute.path, undefined, caseloadRequest(caseloadFilters(role, {}))),
      );
    expect(firstRowsUrl('/caseload', '', 'counselor')).toBe(
      '/api/people?referent=me&sort=urgency&page=1&pageSize=25',
    );
  });

  it('asks for no rows elsewhere, nor for a filtered caseload (its URL is the router’s to read)', () => {
    expect(firstRowsUrl('/people/new', '', 'counselor')).toBeNull();
    expect(firstRowsUrl('/caseload', '?q=Ali', 'counselor')).toBeNull();
  });

  it('asks for no session on the public pages', () => {
    for (const path of [
      '/login',
      '/forgot-password',
      '/reset-password',
      '/verify/AB12',
      '/info-emploi',
      '/suivi/x',
    ])
      expect(publicPath.test(path)).toBe(true);
    for (const path of ['/', '/caseload', '/people/1', '/loginx']) expect(publicPath.test(path)).toBe(false);
  });

  it('chooses the language as the app does: the stored choice, else the browser’s, else French', () => {
    expect(firstLanguage('en', 'fr-FR')).toBe('en');
    expect(firstLanguage(null, 'ar-SA')).toBe('ar');
    expect(firstLanguage('xx', 'de-DE')).toBe('fr');
  });

  it("preloads the language's files and the page's, each once", () => {
    const table = {
      pages: [{ path: '^/caseload/?$', files: ['/assets/a.js', '/assets/b.js'] }],
      languages: { fr: ['/assets/fr.js', '/assets/a.js'] },
    };
    expect(filesFor(table, '/caseload', 'fr')).toEqual(['/assets/fr.js', '/assets/a.js', '/assets/b.js']);
    expect(filesFor(table, '/agenda', 'en')).toEqual([]);
  });
});
