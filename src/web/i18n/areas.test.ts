import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaOfKey, areasFor, lazyAreas } from './areas.js';

const web = join(import.meta.dirname, '..');

/** The files `file` imports statically (not `import type`, not `import()`), relative ones only. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms)]
    .map((match) => join(dirname(file), match[1]!))
    .map((path) => [path.replace(/\.js$/, '.ts'), path.replace(/\.js$/, '.tsx')].find(existsSync))
    .filter((path): path is string => path !== undefined);
}

/** Every file a page's first load runs: the app's own start (main.tsx) and the page's modules. */
function modulesOf(pages: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = ['main.tsx', ...pages].map((page) => join(web, page));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

/** The areas whose keys a file names (`t('sessions.title')`, `label: 'sessions.nav'`). */
function areasNamed(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/['`]([a-zA-Z]+)\.[a-zA-Z]/g)]
    .map((match) => areaOfKey(`${match[1]}.`))
    .filter((area) => area !== undefined);
}

/** The pages areasFor lists, with the files that show them (the layout for those behind the log-in). */
const listedPages: Record<string, string[]> = {
  '/': ['layout/AppLayout.tsx'],
  '/caseload': ['layout/AppLayout.tsx', 'pages/caseload/CaseloadPage.tsx'],
  '/login': ['pages/login/LoginPage.tsx'],
  '/forgot-password': ['pages/login/ForgotPasswordPage.tsx'],
  '/reset-password': ['pages/login/ResetPasswordPage.tsx'],
  '/info-emploi': ['pages/info-emploi/InfoEmploiPage.tsx'],
  '/verify/ABCD-1234': ['pages/verify/VerifyAttestationPage.tsx'],
  '/suivi/abcdefghijklmnopqrstuvwxyz': ['pages/follow-up-form/FollowUpFormPage.tsx'],
};

describe('the areas of the interface texts each page fetches', () => {
  it('gives every area to a page it does not list', () => {
    expect(areasFor('/sessions/new')).toEqual(lazyAreas);
    expect(areasFor('/people/0190')).toEqual(lazyAreas);
  });

  for (const [path, pages] of Object.entries(listedPages))
    it(`fetches for ${path} every area its modules name`, () => {
      const needed = new Map<string, string[]>();
      // The texts themselves and their loading name every area by design.
      for (const file of [...modulesOf(pages)].filter((f) => !/[\\/](i18n|locales)[\\/]/.test(f)))
        for (const area of areasNamed(file))
          needed.set(area, [...(needed.get(area) ?? []), relative(web, file)]);
      const missing = [...needed].filter(([area]) => !areasFor(path).includes(area as never));
      expect(missing).toEqual([]);
    });

  it('finds the keys a page names (the check itself)', () => {
    expect(modulesOf(['pages/login/LoginPage.tsx']).size).toBeGreaterThan(10);
    expect(areasNamed(join(web, 'pages/login/LoginPage.tsx'))).toContain('accountSecurity');
    // The account menu comes later (AccountMenu.tsx fetches its areas with it): not part of the first load.
    expect(areasNamed(join(web, 'layout/AccountMenuLoaded.tsx'))).toContain('sessions');
    expect([...modulesOf(['layout/AppLayout.tsx'])].some((f) => f.endsWith('AccountMenuLoaded.tsx'))).toBe(
      false,
    );
  });
});
