import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { uuidv7 } from '../../src/core/ids.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Session figures, the staff training record and the certification over HTTP: who may call them,
 * and that a malformed request changes nothing and says why.
 */
let t: TestApp;
type Session = Awaited<ReturnType<typeof givenSession>>;
const sessions = new Map<Role, Session & { userId: string }>();
let outsider: Session & { userId: string };

const session = async (organizationId: string, role: Role) => {
  const staff = await givenStaff(t.database.db, organizationId, role);
  return {
    ...(await givenSession(t.database.db, staff.actor.userId, organizationId)),
    userId: staff.actor.userId,
  };
};

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) sessions.set(role, await session(organizationId, role));
  outsider = await session((await givenOrganization(t.database.db)).id, 'director');
});
afterAll(() => t.close());

describe('session figures, training records and the certification over HTTP', () => {
  it('gives figures to the roles that read figures, funders included, and checks the period', async () => {
    for (const role of roles) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/session-figures?from=2026-01-01&to=2026-03-31',
        cookies: sessions.get(role)!.cookies,
      });
      const allowed = ['program_referent', 'coordinator', 'director', 'administrator', 'funder'].includes(
        role,
      );
      expect(response.statusCode, role).toBe(allowed ? 200 : 403);
    }
    const backwards = await t.app.inject({
      method: 'GET',
      url: '/api/session-figures?from=2026-03-31&to=2026-01-01',
      cookies: sessions.get('coordinator')!.cookies,
    });
    expect(backwards.statusCode).toBe(400);
    // A page of series: from 1, at most 200 at a time.
    for (const page of ['seriesPage=0', 'seriesPage=x', 'seriesPageSize=201']) {
      const malformed = await t.app.inject({
        method: 'GET',
        url: `/api/session-figures?from=2026-01-01&to=2026-03-31&${page}`,
        cookies: sessions.get('coordinator')!.cookies,
      });
      expect(malformed.statusCode, page).toBe(400);
    }
    const unknownProgram = await t.app.inject({
      method: 'GET',
      url: `/api/session-figures?from=2026-01-01&to=2026-03-31&programId=${uuidv7()}`,
      cookies: sessions.get('funder')!.cookies,
    });
    expect(unknownProgram.statusCode).toBe(404);
    expect(unknownProgram.json().code).toBe('PROGRAM_NOT_FOUND');
  });

  it('lets everyone read their own training record, overseers their colleagues’, nobody another organization’s', async () => {
    const counselor = sessions.get('counselor')!;
    const read = (as: Session, userId: string) =>
      t.app.inject({ method: 'GET', url: `/api/staff/${userId}/training`, cookies: as.cookies });
    for (const role of roles) {
      const own = sessions.get(role)!;
      expect((await read(own, own.userId)).statusCode, role).toBe(200);
      const colleague = await read(own, counselor.userId);
      const mayRead =
        own.userId === counselor.userId || ['coordinator', 'director', 'administrator'].includes(role);
      expect(colleague.statusCode, role).toBe(mayRead ? 200 : 404);
    }
    expect((await read(outsider, counselor.userId)).statusCode).toBe(404);
  });

  it('sets the certification for coordinators and directors only, and refuses one without a requirement', async () => {
    const put = (as: Session, body: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/staff-certification',
        cookies: as.cookies,
        headers: as.headers,
        payload: body as object,
      });
    const body = {
      nameFr: 'Parcours',
      nameEn: 'Track',
      requiredPoints: null,
      requiredMinutes: 600,
      periodMonths: 12,
    };
    expect((await put(sessions.get('counselor')!, body)).statusCode).toBe(403);
    const empty = await put(sessions.get('director')!, { ...body, requiredMinutes: null });
    expect(empty.statusCode).toBe(400);
    expect((await put(sessions.get('director')!, body)).statusCode).toBe(200);
    const record = await t.app.inject({
      method: 'GET',
      url: `/api/staff/${sessions.get('counselor')!.userId}/training`,
      cookies: sessions.get('counselor')!.cookies,
    });
    expect(record.json().certification).toMatchObject({ nameEn: 'Track', requiredMinutes: 600 });
  });
});
