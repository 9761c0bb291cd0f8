import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Pages load with their route (issue 11, problem 13: ≤ 250 kB of JavaScript before login): the router
 * names each page with `lazyRouteComponent(() => import('./pages/…/XPage.js'), 'XPage')` and imports
 * statically only small files such as search schemas (`pages/<page>/<page>-search.ts`).
 */
describe('the router', () => {
  it('imports no page statically', () => {
    const source = readFileSync(join(import.meta.dirname, 'router.tsx'), 'utf8');
    const staticImports = [...source.matchAll(/^import [^;]*? from '(\.\/(?:pages|layout)\/[^']+)';/gms)]
      .map((match) => match[1]!)
      .filter((path) => /^\.\/pages\/.*\/[A-Z][A-Za-z]*\.js$|\/AppLayout\.js$/.test(path));
    expect(staticImports).toEqual([]);
  });
});
