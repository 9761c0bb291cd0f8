import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory()
      ? filesUnder(path)
      : path.endsWith('.ts') || path.endsWith('.tsx')
        ? [path]
        : [];
  });
}

const moduleOf = (path: string) => relative(join(root, 'src/modules'), path).split(sep)[0]!;
const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

describe('architecture', () => {
  const moduleFiles = filesUnder(join(root, 'src/modules')).filter((f) => !f.endsWith('.test.ts'));

  // domain/ files are pure (types, vocabularies, rules) and may be shared; anything touching data goes through api.ts.
  it('modules use each other only through api.ts, errors.ts and pure domain files', () => {
    const violations: string[] = [];
    for (const file of moduleFiles) {
      const own = moduleOf(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = join(file, '..', specifier);
        if (!target.startsWith(join(root, 'src/modules'))) continue;
        const targetModule = moduleOf(target);
        if (targetModule === own) continue;
        const rest = relative(join(root, 'src/modules', targetModule), target);
        if (!['api.js', 'errors.js'].includes(rest) && !rest.startsWith(`domain${sep}`))
          violations.push(`${relative(root, file)} → ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("a module's SQL touches only the tables it declares", () => {
    const tablesOf = new Map<string, Set<string>>();
    for (const file of moduleFiles.filter((f) => f.endsWith(`adapters${sep}tables.ts`))) {
      const block = /interface Database \{([\s\S]*?)\}/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      tablesOf.set(moduleOf(file), new Set([...block.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]!)));
    }
    const allTables = new Map<string, string>();
    for (const [module, tables] of tablesOf) for (const table of tables) allTables.set(table, module);
    const violations: string[] = [];
    for (const file of moduleFiles) {
      const source = readFileSync(file, 'utf8');
      const own = moduleOf(file);
      for (const match of source.matchAll(
        /(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\(\s*'(\w+)/g,
      )) {
        const owner = allTables.get(match[1]!);
        if (owner && owner !== own)
          violations.push(`${relative(root, file)} uses ${match[1]} (owned by ${owner})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the module graph has no cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of moduleFiles) {
      const own = moduleOf(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.') || specifier.includes('/domain/')) continue;
        const target = join(file, '..', specifier);
        if (!target.startsWith(join(root, 'src/modules'))) continue;
        const targetModule = moduleOf(target);
        if (targetModule !== own) edges.set(own, (edges.get(own) ?? new Set()).add(targetModule));
      }
    }
    const cycles: string[] = [];
    const visit = (module: string, path: string[]) => {
      if (path.includes(module)) {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
        return;
      }
      for (const next of edges.get(module) ?? []) visit(next, [...path, module]);
    };
    for (const module of edges.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });

  it('no source file reads the shared folder outside the repository', () => {
    const offenders = filesUnder(join(root, 'src')).filter((f) =>
      readFileSync(f, 'utf8').includes('../shared'),
    );
    expect(offenders).toEqual([]);
  });
});
