import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The caseload and referent changes over HTTP: query parameters validated at the boundary, who may
 * hand people over in bulk, French error messages, and the history read back.
 */
let t: TestApp;
let organizationId: string;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<Role, Session>();
const userIds = new Map<Role, string>();
let leaving: { userId: string; session: Session };
let personIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organizationId, role, { locale: 'fr' });
    userIds.set(role, staff.actor.userId);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
  const counselor = await givenStaff(t.database.db, organizationId, 'counselor', { displayName: 'Nadia' });
  leaving = {
    userId: counselor.actor.userId,
    session: await givenSession(t.database.db, counselor.actor.userId, organizationId),
  };
  personIds = [];
  for (const givenName of ['Amina', 'Bilal', 'Chen', 'Dara'])
    personIds.push(
      (await createPerson(t.deps)(counselor, { identity: { givenName, familyName: 'Test' } })).id,
    );
});
afterAll(() => t.close());

const bulk = (as: Session, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/referent-reassignments',
    cookies: as.cookies,
    headers: { ...as.headers, 'accept-language': 'fr' },
    payload: payload as object,
  });

describe('GET /api/people with signals', () => {
  it('answers each row with its alerts and next action, and refuses an unknown alert or sort', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/people?referent=me&sort=urgency&alerts=any',
      cookies: leaving.session.cookies,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ items: [], total: 0, sortedApproximately: false });
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/people?sort=urgency',
      cookies: leaving.session.cookies,
    });
    expect(all.json().items[0]).toMatchObject({
      alerts: [],
      nextAction: null,
      contacts: { last30Days: 0, expected: null },
    });
    for (const query of ['alerts=late', 'sort=chaos'])
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/people?${query}`, cookies: leaving.session.cookies }))
          .statusCode,
      ).toBe(400);
  });
});

describe('POST /api/referent-reassignments', () => {
  it('is for coordinators and directors; everyone else is refused and nothing changes', async () => {
    for (const role of roles.filter((r) => r !== 'coordinator' && r !== 'director')) {
      const response = await bulk(sessions.get(role)!, {
        fromUserId: leaving.userId,
        toUserIds: [userIds.get('counselor')],
      });
      expect(response.statusCode, role).toBe(403);
    }
    const rows = await t.database.db.selectFrom('person_referent_changes').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('refuses a body naming both a counselor and people, and an ineligible colleague, in French', async () => {
    const both = await bulk(sessions.get('director')!, {
      fromUserId: leaving.userId,
      personIds,
      toUserIds: [userIds.get('counselor')],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().code).toBe('VALIDATION_FAILED');
    const funder = await bulk(sessions.get('director')!, {
      fromUserId: leaving.userId,
      toUserIds: [userIds.get('counselor'), userIds.get('funder')],
    });
    expect(funder.statusCode).toBe(400);
    expect(funder.json()).toMatchObject({ code: 'REFERENT_NOT_ELIGIBLE' });
    expect(funder.json().message).toContain('ne peut pas devenir référent');
  });

  it('hands a leaving counselor’s people over in turn and shows it in each history', async () => {
    const response = await bulk(sessions.get('coordinator')!, {
      fromUserId: leaving.userId,
      toUserIds: [userIds.get('counselor'), userIds.get('program_referent')],
      reason: 'Départ',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ reassigned: 4, byReferent: [{ count: 2 }, { count: 2 }] });
    const history = await t.app.inject({
      method: 'GET',
      url: `/api/people/${personIds[0]}/referent-history`,
      cookies: sessions.get('counselor')!.cookies,
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toMatchObject([{ fromName: 'Nadia', reason: 'Départ' }]);
  });
});

describe('PUT /api/people/:id/referent', () => {
  it('changes one referent, and answers not found from another organization', async () => {
    const change = await t.app.inject({
      method: 'PUT',
      url: `/api/people/${personIds[1]}/referent`,
      cookies: sessions.get('counselor')!.cookies,
      headers: sessions.get('counselor')!.headers,
      payload: { referentUserId: userIds.get('director') },
    });
    expect(change.statusCode).toBe(200);
    expect(change.json()).toMatchObject({ changed: true });
    const elsewhere = await givenStaff(
      t.database.db,
      (await givenOrganization(t.database.db)).id,
      'director',
    );
    const outsider = await givenSession(
      t.database.db,
      elsewhere.actor.userId,
      elsewhere.actor.organizationId,
    );
    const hidden = await t.app.inject({
      method: 'PUT',
      url: `/api/people/${personIds[1]}/referent`,
      cookies: outsider.cookies,
      headers: outsider.headers,
      payload: { referentUserId: elsewhere.actor.userId },
    });
    expect(hidden.statusCode).toBe(404);
  });
});
