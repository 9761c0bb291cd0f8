import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RouteContract } from '../../src/contracts/define.js';
import { roles } from '../../src/core/auth/roles.js';
import { uuidv7 } from '../../src/core/ids.js';
import { standardTemplates } from '../../src/modules/reports/domain/standard-templates.js';
import { givenEveryRecord } from '../support/every-record-scene.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Out of scope answers exactly like non-existent. For every route with an id in its path (found in the
 * contracts, so a new route is covered the day it is added), staff of an unrelated organization, in
 * each role, call it with a real record of another organization and with a random id: the status, the
 * code and the message must be the same. Bodies and queries are drawn from the route's own schema.
 */

/** Routes whose answer tells existence on purpose, and why. */
const existenceIsTheAnswer: Record<string, string> = {
  'GET /api/attestations/:code':
    'public verification of a printed attestation: saying whether the code exists is its purpose (the code is a 60-bit secret, not an id)',
  'GET /api/reference/occupations/:escoId/equivalents':
    'reference data the same for every organization (the ESCO classification): whether an occupation exists is public knowledge',
  'GET /api/public/follow-up/:token':
    'the single-use link of a follow-up form: its 256-bit token is the key, and whoever holds it may answer (once, within 14 days)',
  'POST /api/public/follow-up/:token':
    'the single-use link of a follow-up form: its 256-bit token is the key, and whoever holds it may answer (once, within 14 days)',
  'GET /api/public/bulletin-unsubscribe/:token':
    'the unsubscribe link of a bulletin e-mail: its 256-bit token is the key, and whoever holds it may unsubscribe that address',
  'POST /api/public/bulletin-unsubscribe/:token':
    'the unsubscribe link of a bulletin e-mail: its 256-bit token is the key, and whoever holds it may unsubscribe that address',
  'GET /api/public/front-doors/:slug':
    'the public page of a consortium program’s front door, found by the address the consortium publishes: saying whether it exists is its purpose (no person’s data behind it)',
  'GET /api/public/front-doors/:slug/places':
    'the public page of a consortium program’s front door, found by the address the consortium publishes: saying whether it exists is its purpose (no person’s data behind it)',
  'POST /api/public/front-doors/:slug/requests':
    'the public page of a consortium program’s front door, found by the address the consortium publishes: saying whether it exists is its purpose (no person’s data behind it)',
  'GET /api/public/front-doors/:slug/occupations':
    'the public page of a consortium program’s front door, found by the address the consortium publishes: saying whether it exists is its purpose (no person’s data behind it)',
  'GET /api/regions/:country/:code':
    'a region of the places reference data (an administrative region of Québec), the same for every organization: whether it exists is public knowledge',
};

/** Path parameters that name a choice, not a record. */
const choices: Record<string, string> = { kind: 'language' };

/** Bodies the schema alone does not make valid (a refinement or a pattern). */
const bodies: Record<string, unknown> = {
  'POST /api/people/:id/items': { kind: 'language', data: { language: 'fr', scale: 'cefr', level: 'A2' } },
  'PUT /api/people/:id/items/:itemId': {
    kind: 'language',
    data: { language: 'fr', scale: 'cefr', level: 'B1' },
  },
  // One of the two designations of the other file, not both (a refinement).
  'POST /api/people/:id/duplicate-decisions': { elsewhereReference: 'a reference', decision: 'different' },
  // Template refs have a pattern the sample does not write.
  'POST /api/programs/:programId/report-templates': { from: 'impulser_steering' },
  'PUT /api/programs/:programId/report-templates/:template': {
    version: 1,
    definition: standardTemplates[0]?.definition,
  },
  'POST /api/programs/:programId/report-subscriptions': {
    template: 'impulser_steering',
    cadence: 'monthly',
    recipients: ['0190a0f0-0000-7000-8000-000000000000'],
    language: 'fr',
  },
  // A link's pattern (http or https) the sample does not write.
  'POST /api/meetings/:id/documents': { title: 'Compte rendu', url: 'https://drive.example.org/cr' },
  // A contact of the network or a name (a refinement).
  'POST /api/network/convenings/:id/registrations': { name: 'Someone' },
  'POST /api/loan-applications/:id/decision': {
    outcome: 'approve',
    approvedCents: 10_000,
    reasons: 'Complete file',
    decidedOn: '2026-02-05',
  },
};

let t: TestApp;
let records: Record<string, string>;
let contracts: RouteContract[] = [];
const strangers: { role: string; cookies: Record<string, string>; headers: Record<string, string> }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  records = await givenEveryRecord(t.database);
  const stranger = await givenOrganization(t.database.db, { name: 'Unrelated organization' });
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, stranger.id, role);
    strangers.push({ role, ...(await givenSession(t.database.db, staff.actor.userId, stranger.id)) });
  }
  // Strangers who have just typed their password: sensitive routes (an export) do not stop them before the lookup.
  await t.database.db.updateTable('sessions').set({ authenticated_at: new Date() }).execute();
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
    (c, i) =>
      c.path.includes(':') && contracts.findIndex((o) => o.method === c.method && o.path === c.path) === i,
  );
}, 120_000);
afterAll(() => t.close());

type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** The smallest value a JSON schema accepts, good enough to pass validation and reach the use case. */
function sample(schema: JsonSchema, root: JsonSchema): unknown {
  if (schema.$ref) return sample(root.$defs?.[schema.$ref.split('/').pop() ?? ''] ?? {}, root);
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sample(choice.find((s) => s.type !== 'null') ?? choice[0] ?? {}, root);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, root)));
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        ((schema.required as string[] | undefined) ?? []).map((k) => [
          k,
          sample(schema.properties?.[k] ?? {}, root),
        ]),
      );
    case 'array':
      return Array.from({ length: Number(schema.minItems ?? 0) }, () => sample(schema.items ?? {}, root));
    case 'integer':
    case 'number':
      return Math.max(Number(schema.minimum ?? 1), Number(schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'string': {
      const formats: Record<string, string> = {
        uuid: uuidv7(),
        email: 'someone@example.test',
        date: '2026-02-15',
        'date-time': '2026-02-15T10:00:00Z',
      };
      return formats[String(schema.format)] ?? 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
    }
    default:
      return null;
  }
}

function sampleOf(schema: z.ZodType | undefined): unknown {
  if (!schema) return undefined;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return sample(json, json);
}

const routeName = (c: RouteContract) => `${c.method} ${c.path}`;

/** `/api/loans/:id/payments/:paymentId` → [['id', 'loans'], ['paymentId', 'payments']]. */
function idParams(path: string): [param: string, kind: string][] {
  const segments = path.split('/');
  return segments.flatMap((segment, i) => {
    if (!segment.startsWith(':') || choices[segment.slice(1)]) return [];
    const kind = segments
      .slice(0, i)
      .reverse()
      .find((s) => !s.startsWith(':'));
    return [[segment.slice(1), kind ?? '']];
  });
}

function urlOf(c: RouteContract, ids: Record<string, string>): string {
  const path = c.path.replace(/:(\w+)/g, (_, name: string) => choices[name] ?? ids[name] ?? '');
  const query = sampleOf(c.query) as Record<string, unknown> | undefined;
  const search = new URLSearchParams(
    Object.entries(query ?? {}).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return search ? `${path}?${search}` : path;
}

describe('existence oracle', () => {
  it('finds a record of every kind a route names, or a reason to leave the route out', () => {
    const missing = contracts
      .filter((c) => !existenceIsTheAnswer[routeName(c)])
      .flatMap((c) =>
        idParams(c.path)
          .filter(([, kind]) => !records[kind])
          .map(([, kind]) => `${routeName(c)} (${kind})`),
      );
    expect(missing, 'add a record of this kind to test/support/every-record-scene.ts').toEqual([]);
  });

  it('answers a stranger about a real record exactly as about a random id, on every route', async () => {
    const leaks: string[] = [];
    const unreached: string[] = [];
    for (const contract of contracts.filter((c) => !existenceIsTheAnswer[routeName(c)])) {
      const params = idParams(contract.path);
      const real = Object.fromEntries(params.map(([name, kind]) => [name, records[kind] ?? '']));
      const random = Object.fromEntries(params.map(([name]) => [name, uuidv7()]));
      // Every id random at once, and each one alone when the path names several.
      const variants = [
        random,
        ...(params.length > 1 ? params.map(([name]) => ({ ...real, [name]: random[name] ?? '' })) : []),
      ];
      const body =
        contract.method === 'GET'
          ? undefined
          : (bodies[routeName(contract)] ?? sampleOf(contract.body) ?? {});
      let reached = false;
      for (const stranger of strangers) {
        const call = async (ids: Record<string, string>) => {
          const response = await t.app.inject({
            method: contract.method,
            url: urlOf(contract, ids),
            cookies: stranger.cookies,
            headers: stranger.headers,
            ...(body === undefined ? {} : { payload: body as object }),
          });
          const json = String(response.headers['content-type']).includes('json') ? response.json() : {};
          return { status: response.statusCode, code: json.code, message: json.message };
        };
        const answer = await call(real);
        if (answer.status !== 403 && answer.code !== 'VALIDATION_FAILED') reached = true;
        for (const ids of variants) {
          const other = await call(ids);
          if (JSON.stringify(other) !== JSON.stringify(answer))
            leaks.push(
              `${routeName(contract)} as ${stranger.role}: real ${JSON.stringify(answer)} ≠ random ${JSON.stringify(other)}`,
            );
        }
      }
      if (!reached) unreached.push(routeName(contract));
    }
    expect(leaks).toEqual([]);
    // A route every role is refused before its use case looks the record up proves nothing: give it a body.
    expect(unreached, 'no role reached the record: fix the body in `bodies`').toEqual([]);
  }, 300_000);
});
