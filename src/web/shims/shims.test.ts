import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RemoveScroll as LibraryRemoveScroll } from 'react-remove-scroll';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { narrowedImports, narrowedZodImports } from '../../../vite.config.js';
import * as mergeRefs from './floating-ui-merge-refs.js';
import * as removeScroll from './remove-scroll-class-names.js';
import * as zodJsonSchema from './zod-json-schema.js';

const shims: Record<string, object> = {
  'floating-ui-merge-refs.ts': mergeRefs,
  'remove-scroll-class-names.ts': removeScroll,
  'zod-json-schema.ts': zodJsonSchema,
};
const zodFolder = join(import.meta.dirname, '../../../node_modules/zod/v4');

/** The names `file` (under zod/v4) takes from `source`: named imports, or members of a namespace import. */
function zodNamesImported(file: string, source: string): string[] {
  const text = readFileSync(join(zodFolder, file), 'utf8');
  const escaped = source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const named = [...text.matchAll(new RegExp(`import \\{([^}]*)\\} from "${escaped}";`, 'g'))].flatMap(
    (match) =>
      match[1]!
        .split(',')
        .map((name) => name.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean),
  );
  const namespaces = [...text.matchAll(new RegExp(`import \\* as (\\w+) from "${escaped}";`, 'g'))].map(
    (match) => match[1]!,
  );
  const members = namespaces.flatMap((namespace) =>
    [...text.matchAll(new RegExp(`\\b${namespace}\\.(\\w+)\\(`, 'g'))].map((match) => match[1]!),
  );
  return [...new Set([...named, ...members])];
}
const components = join(import.meta.dirname, '../../../node_modules/@mantine/core/esm/components');

/** The names `file` imports from `source` (`import { a, b as c } from "source"`). */
function namesImported(file: string, source: string): string[] {
  const text = readFileSync(join(components, file), 'utf8');
  const escaped = source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [...text.matchAll(new RegExp(`import \\{([^}]*)\\} from "${escaped}";`, 'g'))].flatMap((match) =>
    match[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!),
  );
}

/**
 * The build gives some Mantine components a small stand-in for a library they import whole for one
 * thing (vite.config.ts, narrowedImports). If Mantine moves a file, the rule would stop applying and the
 * library would silently come back with every page: each importer must still exist and import from the
 * library only what its stand-in exports.
 */
describe('narrowed imports', () => {
  for (const rule of narrowedImports)
    for (const importer of rule.importers)
      it(`${importer} takes from ${rule.source} only what ${rule.shim} gives`, () => {
        const names = namesImported(importer, rule.source);
        expect(names.length).toBeGreaterThan(0);
        expect(Object.keys(shims[rule.shim]!)).toEqual(expect.arrayContaining(names));
      });

  for (const rule of narrowedZodImports)
    for (const importer of rule.importers)
      it(`zod's ${importer} takes from ${rule.source} only what ${rule.shim} gives`, () => {
        const names = zodNamesImported(importer, rule.source);
        expect(names.length).toBeGreaterThan(0);
        expect(Object.keys(shims[rule.shim]!)).toEqual(expect.arrayContaining(names));
      });

  it("keeps zod's own bounds of a schema, and refuses JSON Schema", () => {
    const schema = z.string().min(3).max(9);
    expect(zodJsonSchema.aggregateChecks(schema as never)).toMatchObject({ minimum: 3, maximum: 9 });
    expect(() => zodJsonSchema.createToJSONSchemaMethod()()).toThrow(/not built in the web app/);
  });

  it('names the scroll bar classes as react-remove-scroll does', () => {
    expect(removeScroll.RemoveScroll.classNames).toEqual(LibraryRemoveScroll.classNames);
  });
});
