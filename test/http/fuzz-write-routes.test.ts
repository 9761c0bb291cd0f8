import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RouteContract } from '../../src/contracts/define.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every write route with a JSON body, found in the contracts (and checked against the routes the app
 * serves), receives bodies generated from its own schema and then broken one way: a wrong type, a
 * missing field, text too long, a NUL byte, a lone surrogate, an extreme number, a date in year 1 or
 * 9999, deep nesting, a prototype key, a body over the limit. Each must be refused by validation
 * (400 VALIDATION_FAILED, or 413 PAYLOAD_TOO_LARGE) and leave every table as it was: never a 5xx,
 * and never a row. A route added tomorrow is fuzzed the same way.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: Json[];
  const?: Json;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
};
type Path = (string | number)[];
type Mutation = { name: string; expected: 400 | 413; body: (base: Json) => string };

/** A few seconds per route; `FUZZ_RUNS=500` for a longer hunt. */
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 24);
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// ——— The routes: every contract of src/contracts with a body ———

async function writeContracts(): Promise<RouteContract[]> {
  const folder = join(import.meta.dirname, '../../src/contracts');
  const found = new Map<string, RouteContract>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    for (const value of Object.values(await import(join(folder, file)))) {
      const contract = value as Partial<RouteContract>;
      if (
        contract &&
        typeof contract === 'object' &&
        'method' in contract &&
        'path' in contract &&
        'policy' in contract
      ) {
        if (writeMethods.has(contract.method as string) && contract.body)
          found.set(`${contract.method} ${contract.path}`, contract as RouteContract);
      }
    }
  }
  return [...found.values()].sort((a, b) => `${a.path}${a.method}`.localeCompare(`${b.path}${b.method}`));
}
const contracts = await writeContracts();
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: z.registry() }) as Schema;

// ——— A valid body from a schema ———

const patterns: Record<string, string> = {
  '^[a-z]{2,3}$': 'fr',
  '^[A-Z]{3}$': 'EUR',
  '^\\d{6}$': '123456',
  '^[+0-9 ().-]*$': '+33 1 23 45 67',
  '^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$': 'ABCD-EFGH-IJKL',
  '^[A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+)*$': 'America/Toronto',
  '^[A-Za-z0-9_-]{20,100}$': 'aFollowUpLinkTokenThatIsNotKnown_0123456789',
  '^[a-z0-9_-]{2,60}$': 'ipr_annual',
  '^[a-z0-9_]{2,60}$': 'new_entries',
  '^[A-Z]{2}(-[A-Z0-9]{1,3})?$': 'US-KY',
  '^[A-Z]{2}$': 'CA',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'emplois-en-regions',
  '^[0-9A-Za-z]{1,20}$': '6077243',
  '^[0-9A-Za-z.-]{1,20}$': '72011',
  '^[0-9A-Za-z]{1,10}$': '08',
};
const optionsOf = (node: Schema) => node.anyOf ?? node.oneOf;
const typeOf = (node: Schema) => (Array.isArray(node.type) ? node.type[0] : node.type);

function sampleString(node: Schema): string {
  if (node.format === 'uuid') return '0190c0de-0000-7000-8000-000000000001';
  if (node.format === 'date') return '2024-05-02';
  if (node.format === 'date-time') return '2024-05-02T10:00:00Z';
  if (node.format === 'email') return 'amina@example.test';
  if (node.format === 'uri') return 'https://example.test/room';
  if (node.pattern && patterns[node.pattern]) return patterns[node.pattern] as string;
  if (node.minLength === 2 && node.maxLength === 2) return 'FR';
  const length = Math.min(Math.max(node.minLength ?? 1, 12), node.maxLength ?? 12);
  return 'Texte valide éè'.padEnd(length, 'x').slice(0, length);
}

function sampleNumber(node: Schema): number {
  const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : undefined);
  const high = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : undefined);
  const wanted = Math.max(low ?? 1, 1);
  return high !== undefined ? Math.min(wanted, high) : wanted;
}

function sample(node: Schema, full: boolean): Json | undefined {
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0] as Json;
  const options = optionsOf(node);
  if (options) {
    const option = options.find((o) => typeOf(o) !== 'null') ?? options[0];
    return option ? sample(option, full) : null;
  }
  switch (typeOf(node)) {
    case 'object': {
      const value: Record<string, Json> = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!full && !node.required?.includes(key)) continue;
        const childValue = sample(child, full);
        if (childValue !== undefined) value[key] = childValue;
      }
      return value;
    }
    case 'array': {
      const count = Math.min(Math.max(node.minItems ?? 0, full ? 1 : 0), node.maxItems ?? 1);
      return Array.from({ length: count }, () => sample(node.items ?? {}, full) ?? null);
    }
    case 'string':
      return sampleString(node);
    case 'integer':
    case 'number':
      return sampleNumber(node);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** The first of a few candidate bodies the route's own schema accepts. */
function validBase(schema: z.ZodType, node: Schema): Json | undefined {
  const full = sample(node, true);
  const minimal = sample(node, false);
  const candidates: (Json | undefined)[] = [full, minimal];
  const optional = Object.keys(node.properties ?? {}).filter((k) => !node.required?.includes(k));
  for (const key of optional) {
    if (full && typeof full === 'object' && !Array.isArray(full)) {
      const { [key]: _dropped, ...rest } = full;
      candidates.push(rest);
    }
    const added = sample(node.properties?.[key] ?? {}, false);
    if (minimal && typeof minimal === 'object' && !Array.isArray(minimal) && added !== undefined)
      candidates.push({ ...minimal, [key]: added });
  }
  return candidates.find((c) => c !== undefined && schema.safeParse(c).success);
}

// ——— Where to break it ———

interface Leaf {
  path: Path;
  node: Schema;
  required: boolean;
}

/** The branch of a union the value took (the one whose constant properties it carries). */
function branchFor(node: Schema, value: Json): Schema {
  const options = optionsOf(node);
  if (!options) return node;
  const matches = (o: Schema) => {
    const type = typeOf(o);
    if (value === null) return type === 'null';
    if (Array.isArray(value)) return type === 'array';
    if (typeof value === 'object')
      return (
        type === 'object' &&
        Object.entries(o.properties ?? {}).every(([k, p]) => p.const === undefined || p.const === value[k])
      );
    if (typeof value === 'number') return type === 'number' || type === 'integer';
    return type === typeof value || (o.enum?.includes(value) ?? false) || o.const === value;
  };
  return branchFor(options.find(matches) ?? options[0] ?? {}, value);
}

function leavesOf(node: Schema, value: Json, path: Path = [], required = true): Leaf[] {
  const branch = branchFor(node, value);
  const here: Leaf[] = path.length ? [{ path, node: branch, required }] : [];
  if (Array.isArray(value)) {
    // Taking an item out of a list is a change only when the list then falls below its minimum.
    const itemRequired = value.length - 1 < (branch.minItems ?? 0);
    return [
      ...here,
      ...value.flatMap((item, i) => leavesOf(branch.items ?? {}, item, [...path, i], itemRequired)),
    ];
  }
  if (value && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) =>
        leavesOf(
          branch.properties?.[key] ?? {},
          child,
          [...path, key],
          branch.required?.includes(key) ?? false,
        ),
      ),
    ];
  }
  return here;
}

const deepMarker = '"__deeply_nested__"';
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

function setAt(base: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(base);
  let cursor = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (value === undefined) {
    if (Array.isArray(cursor)) cursor.splice(last as number, 1);
    else delete cursor[last];
  } else cursor[last] = value;
  return copy;
}

const bodyWith = (base: Json, path: Path, value: Json | undefined) =>
  JSON.stringify(setAt(base, path, value));

function mutationsOf(base: Json, node: Schema): Mutation[] {
  const at = (name: string, path: Path, value: Json | undefined): Mutation => ({
    name: `${name} at ${path.join('.')}`,
    expected: 400,
    body: () => bodyWith(base, path, value),
  });
  const mutations: Mutation[] = [
    { name: 'null body', expected: 400, body: () => 'null' },
    { name: 'array body', expected: 400, body: () => '[]' },
    { name: 'string body', expected: 400, body: () => '"text"' },
    { name: 'deeply nested body', expected: 400, body: () => deep },
    {
      name: 'prototype key',
      expected: 400,
      body: () => JSON.stringify(base).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
    },
    {
      name: 'body over the limit',
      expected: 413,
      body: () => JSON.stringify({ ...(base as object), padding: 'x'.repeat(1_100_000) }),
    },
  ];
  for (const { path, node: leaf, required } of leavesOf(node, base)) {
    const type = typeOf(leaf);
    const value = path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, base);
    if (required) mutations.push(at('missing field', path, undefined));
    if (type === undefined && !leaf.enum && leaf.const === undefined) continue;
    if (type === 'string') {
      const text = String(value);
      mutations.push(at('NUL byte', path, `${text.slice(0, 1)}\u0000${text.slice(1)}`));
      mutations.push(at('lone high surrogate', path, `${text}\uD83D`));
      mutations.push(at('lone low surrogate', path, `\uDE00${text}`));
      mutations.push(at('text too long', path, 'x'.repeat((leaf.maxLength ?? 100_000) + 1)));
      mutations.push(at('number instead of text', path, 42));
      if (leaf.format === 'date') {
        mutations.push(at('year 0001', path, '0001-01-01'), at('year 9999', path, '9999-12-31'));
      }
      if (leaf.format === 'date-time') {
        mutations.push(
          at('year 0001', path, '0001-01-01T00:00:00Z'),
          at('year 9999', path, '9999-12-31T23:00:00Z'),
        );
      }
    } else if (type === 'integer' || type === 'number') {
      const extremes = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53 + 2)];
      if (leaf.maximum !== undefined) extremes.push(leaf.maximum + 1);
      if (leaf.minimum !== undefined) extremes.push(leaf.minimum - 1);
      if (type === 'integer') extremes.push(Number(value) + 0.5);
      for (const extreme of extremes) mutations.push(at(`number ${extreme}`, path, extreme));
      mutations.push(at('text instead of a number', path, '12'));
    } else if (type === 'boolean') {
      mutations.push(at('text instead of a boolean', path, 'true'));
    } else if (type === 'object') {
      mutations.push(at('text instead of an object', path, 'x'));
      mutations.push({
        name: `deep nesting at ${path.join('.')}`,
        expected: 400,
        body: () => bodyWith(base, path, '__deeply_nested__').replace(deepMarker, deep),
      });
    } else if (type === 'array') {
      mutations.push(at('object instead of a list', path, {}));
      if (leaf.maxItems !== undefined && leaf.maxItems <= 5000 && Array.isArray(value) && value.length > 0) {
        mutations.push(
          at(
            'list too long',
            path,
            Array.from({ length: leaf.maxItems + 1 }, () => value[0] as Json),
          ),
        );
      }
      mutations.push({
        name: `deep nesting at ${path.join('.')}`,
        expected: 400,
        body: () => bodyWith(base, path, '__deeply_nested__').replace(deepMarker, deep),
      });
    }
    if (leaf.enum || leaf.const !== undefined)
      mutations.push(at('value outside the list', path, 'not-a-member'));
  }
  return mutations;
}

// ——— The scene: one organization, a session for each role ———

let t: TestApp;
const sessions = new Map<Role, Awaited<ReturnType<typeof givenSession>>>();
let tables: string[] = [];

async function rowCounts(): Promise<Record<string, number>> {
  const query = tables.map((table) => sql`select ${table} as t, count(*) as n from ${sql.table(table)}`);
  const result = await sql<{ t: string; n: string | number }>`${sql.join(query, sql` union all `)}`.execute(
    t.database.db,
  );
  return Object.fromEntries(result.rows.map((r) => [r.t, Number(r.n)]));
}

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organizationId, role);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
  const found = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(t.database.db);
  tables = found.rows.map((r) => r.table_name);
});
afterAll(() => t.close());

const paramsOf = (contract: RouteContract) =>
  contract.params
    ? (validBase(contract.params, jsonSchemaOf(contract.params)) as Record<string, string>)
    : {};
const urlOf = (contract: RouteContract) =>
  contract.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(paramsOf(contract)[name] ?? ''));

describe('fuzzing every write route with malformed bodies', () => {
  it('finds the write routes in the contracts, and every JSON write route the app serves has one', async () => {
    const document = (
      t.app as unknown as { swagger(): { paths: Record<string, Record<string, unknown>> } }
    ).swagger();
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method, operation]) => {
          const content = (operation as { requestBody?: { content?: Record<string, unknown> } }).requestBody
            ?.content;
          return writeMethods.has(method.toUpperCase()) && content && 'application/json' in content;
        })
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const fuzzed = contracts.map((c) => `${c.method} ${c.path}`);
    expect(served.filter((route) => !fuzzed.includes(route))).toEqual([]);
    expect(fuzzed.length).toBeGreaterThan(60);
  });

  it('builds a body each route accepts, so that every broken one differs from a valid one by one change', () => {
    const withoutValidBody = contracts
      .filter((c) => validBase(c.body as z.ZodType, jsonSchemaOf(c.body as z.ZodType)) === undefined)
      .map((c) => `${c.method} ${c.path}`);
    expect(withoutValidBody).toEqual([]);
  });

  for (const contract of contracts) {
    it(`${contract.method} ${contract.path}`, { timeout: 120_000 }, async () => {
      const schema = contract.body as z.ZodType;
      const node = jsonSchemaOf(schema);
      const base = validBase(schema, node) ?? sample(node, true) ?? {};
      const mutations = mutationsOf(base, node);
      const url = urlOf(contract);
      const before = await rowCounts();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...mutations),
          fc.constantFrom(...roles),
          fc.integer({ min: 1, max: 254 }),
          async (mutation, role, host) => {
            const session = sessions.get(role);
            const response = await t.app.inject({
              method: contract.method,
              url,
              payload: mutation.body(base),
              headers: {
                'content-type': 'application/json',
                ...(contract.policy === 'session' ? session?.headers : {}),
              },
              cookies: contract.policy === 'session' ? session?.cookies : {},
              // A different address each time: the per-address limits of public routes stay out of the way.
              remoteAddress: `198.18.${host}.${(host * 7) % 255}`,
            });
            const answer = `${mutation.name} as ${role}: ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, answer).toBe(mutation.expected);
            expect(response.json().code, answer).toBe(
              mutation.expected === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED',
            );
          },
        ),
        { numRuns: Math.min(runsPerRoute, mutations.length * 3) },
      );
      expect(await rowCounts()).toEqual(before);
    });
  }
});
