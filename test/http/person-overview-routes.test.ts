import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { uuidv7 } from '../../src/core/ids.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * GET /api/people/:id/overview over HTTP: the file's roles, the same refusals as the file, the status
 * only for the roles allowed, malformed ids refused with 400 and messages in the session's language.
 */
let t: TestApp;
let personId: string;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<Role, Session>();
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organizationId, role);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
  const counselor = await givenStaff(t.database.db, organizationId, 'counselor');
  personId = (
    await createPerson(t.deps)(counselor, {
      identity: { givenName: 'Amina', familyName: 'Youssef', immigrationStatus: 'refugee' },
    })
  ).id;
  const other = (await givenOrganization(t.database.db)).id;
  const outsiderStaff = await givenStaff(t.database.db, other, 'counselor');
  outsider = await givenSession(t.database.db, outsiderStaff.actor.userId, other);
});
afterAll(() => t.close());

const get = (session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, cookies: session.cookies, headers: session.headers });

describe('the person overview route', () => {
  it('answers the roles of the file, with the status only for those who may see it', async () => {
    for (const role of roles) {
      const response = await get(sessions.get(role)!, `/api/people/${personId}/overview`);
      if (role === 'funder') {
        expect(response.statusCode, role).toBe(403);
        continue;
      }
      expect(response.statusCode, role).toBe(200);
      const body = response.json();
      expect(body.identity.givenName).toBe('Amina');
      if (role === 'administrator') {
        expect(body.status).toBeNull();
        expect(body.followUp).toBeNull();
        expect(response.body).not.toContain('refugee');
      } else expect(body.status.immigrationStatus).toBe('refugee');
    }
  });

  it('hides the person from another organization and from unknown ids alike (404)', async () => {
    expect((await get(outsider, `/api/people/${personId}/overview`)).statusCode).toBe(404);
    expect((await get(sessions.get('counselor')!, `/api/people/${uuidv7()}/overview`)).statusCode).toBe(404);
  });

  it('refuses a malformed id with 400, never 500', async () => {
    for (const id of ['nope', "1' or '1'='1", '%00', `${personId}x`]) {
      const response = await get(sessions.get('counselor')!, `/api/people/${id}/overview`);
      expect(response.statusCode, id).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/people/${personId}/overview` })).statusCode).toBe(
      401,
    );
  });
});
