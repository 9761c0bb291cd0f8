import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * For each route that reads or changes an organization's data: which roles of the organization may
 * call it (2xx or a business refusal), which are refused (403), and that staff of another organization
 * always get 404 — the record's existence does not leak.
 */
interface MatrixRow {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
  /** Routes about the organization itself (not one of its records) answer 2xx to any organization's staff. */
  otherOrganization: 'not_found' | 'own_data';
}

let t: TestApp;
let programId: string;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();
const programBody = () => ({
  nameFr: 'Programme modifié',
  nameEn: 'Changed program',
  countingUnit: 'person',
  status: 'active',
  rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
});

const matrix: MatrixRow[] = [
  {
    name: 'read a program',
    method: 'GET',
    url: () => `/api/programs/${programId}`,
    allowed: roles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a program',
    method: 'PUT',
    url: () => `/api/programs/${programId}`,
    body: programBody,
    allowed: ['coordinator', 'director', 'administrator'],
    otherOrganization: 'not_found',
  },
  {
    name: 'progress vs target',
    method: 'GET',
    url: () => `/api/programs/${programId}/progress`,
    allowed: ['program_referent', 'coordinator', 'director', 'administrator', 'funder'],
    otherOrganization: 'not_found',
  },
  {
    name: 'browse the audit log',
    method: 'GET',
    url: () => '/api/audit',
    allowed: ['administrator'],
    otherOrganization: 'own_data',
  },
  {
    name: 'list staff',
    method: 'GET',
    url: () => '/api/staff',
    allowed: ['counselor', 'program_referent', 'coordinator', 'director', 'administrator'],
    otherOrganization: 'own_data',
  },
];

beforeAll(async () => {
  t = await createTestApp();
  const mine = await givenOrganization(t.database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(t.database.db, { name: 'Mission Locale de Nîmes' });
  programId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: mine.id,
      code: 'IPR',
      nameFr: 'IPR',
      nameEn: 'IPR',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  for (const role of roles) {
    for (const [where, organizationId] of [
      ['mine', mine.id],
      ['other', other.id],
    ] as const) {
      const staff = await givenStaff(t.database.db, organizationId, role);
      sessions.set(`${where}:${role}`, await givenSession(t.database.db, staff.actor.userId, organizationId));
    }
  }
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  for (const row of matrix) {
    for (const role of roles) {
      it(`${row.name}: ${role} of the organization is ${row.allowed.includes(role) ? 'allowed' : 'refused'}`, async () => {
        const session = sessions.get(`mine:${role}`)!;
        const response = await t.app.inject({
          method: row.method,
          url: row.url(),
          payload: row.body?.() as object,
          ...session,
        });
        if (row.allowed.includes(role)) expect(response.statusCode, response.body).toBeLessThan(300);
        else expect(response.statusCode, response.body).toBe(403);
      });
      it(`${row.name}: ${role} of another organization ${row.otherOrganization === 'not_found' ? 'gets 404' : 'sees only their own'}`, async () => {
        const session = sessions.get(`other:${role}`)!;
        const response = await t.app.inject({
          method: row.method,
          url: row.url(),
          payload: row.body?.() as object,
          ...session,
        });
        if (row.otherOrganization === 'not_found') {
          expect([403, 404], response.body).toContain(response.statusCode);
          if (row.allowed.includes(role)) expect(response.statusCode).toBe(404);
        } else if (row.allowed.includes(role)) {
          expect(response.statusCode).toBe(200);
          expect(JSON.stringify(response.json())).not.toContain(programId);
        } else {
          expect(response.statusCode).toBe(403);
        }
      });
    }
  }
});
