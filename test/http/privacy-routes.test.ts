import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { givenPrivacyScene } from '../support/privacy-scene.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The person's rights over HTTP: the exports as audited attachments behind a recent proof of
 * identity, the restriction that turns every change of the file into a 409, anonymization with its
 * reason, retention periods and the register; CSRF on every change; funders refused, other
 * organizations answered as if the person did not exist.
 */
type Session = Awaited<ReturnType<typeof givenSession>>;
let t: TestApp;
let personId: string;
let counselor: Session;
let director: Session;
let funder: Session;
let outsider: Session;
const identity = {
  givenName: 'Rami',
  familyName: 'Khalil',
  email: 'rami@example.test',
  phone: '+33 6 00 00 00 01',
};

async function proveIdentity(session: Session) {
  await t.database.db
    .updateTable('sessions')
    .set({ authenticated_at: new Date() } as never)
    .where('csrf_token', '=', session.headers['x-csrf-token']!)
    .execute();
}

const call = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    cookies: session.cookies,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const organization = await givenOrganization(db);
  const other = await givenOrganization(db);
  const counselorStaff = await givenStaff(db, organization.id, 'counselor');
  counselor = await givenSession(db, counselorStaff.actor.userId, organization.id);
  director = await givenSession(
    db,
    (await givenStaff(db, organization.id, 'director')).actor.userId,
    organization.id,
  );
  funder = await givenSession(
    db,
    (await givenStaff(db, organization.id, 'funder')).actor.userId,
    organization.id,
  );
  outsider = await givenSession(db, (await givenStaff(db, other.id, 'director')).actor.userId, other.id);
  personId = (await createPerson(t.deps)(counselorStaff, { identity })).id;
});
afterAll(() => t.close());

describe('privacy routes', () => {
  it('export asks for a recent proof of identity, then answers an audited JSON attachment', async () => {
    const url = `/api/people/${personId}/privacy/export.json`;
    const stale = await call(counselor, 'GET', url);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('REAUTHENTICATION_REQUIRED');

    await proveIdentity(counselor);
    const response = await call(counselor, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="person-data-/);
    expect(response.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(response.body);
    expect(Object.keys(data.sections)).toEqual([
      'file',
      'consents',
      'enrolments',
      'plans',
      'appointments',
      'notes',
      'sessions',
      'loans',
      'documents',
      'tasks',
      'applications',
      'jobWishes',
      'placements',
      'immersions',
      'exits',
      'exitFollowUps',
      'recognition',
      'outreach',
      'referrals',
      'handoffs',
      'exploratoryStays',
      'relocationPlans',
      'relocationAid',
      'frontDoor',
      'moves',
      'timeline',
    ]);
    expect(data.sections.file.identity).toMatchObject({ givenName: 'Rami', email: 'rami@example.test' });

    const pdf = await call(counselor, 'GET', `/api/people/${personId}/privacy/export.pdf?locale=fr`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const badLocale = await call(counselor, 'GET', `/api/people/${personId}/privacy/export.pdf?locale=de`);
    expect(badLocale.statusCode).toBe(400);
  });

  it('answers funders 403 and other organizations 404 with the same code as an unknown person', async () => {
    await proveIdentity(funder);
    await proveIdentity(outsider);
    for (const path of ['', '/export.json', '/export.pdf']) {
      expect((await call(funder, 'GET', `/api/people/${personId}/privacy${path}`)).statusCode).toBe(403);
      const out = await call(outsider, 'GET', `/api/people/${personId}/privacy${path}`);
      const unknown = await call(
        outsider,
        'GET',
        `/api/people/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/privacy${path}`,
      );
      expect(out.statusCode).toBe(404);
      expect(out.json()).toEqual(unknown.json());
    }
  });

  it('restriction turns every change of the file into a 409 until lifted; CSRF is required', async () => {
    const url = `/api/people/${personId}/privacy/restriction`;
    const noCsrf = await t.app.inject({
      method: 'POST',
      url,
      cookies: counselor.cookies,
      payload: { reason: 'Contests the file' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect((await call(counselor, 'POST', url, { reason: '' })).statusCode).toBe(400);
    const restricted = await call(counselor, 'POST', url, { reason: 'Contests the file' });
    expect(restricted.statusCode, restricted.body).toBe(200);
    expect(restricted.json()).toMatchObject({ restricted: true });

    const change = await call(counselor, 'PUT', `/api/people/${personId}`, {
      ...identity,
      phone: '+33 6 00 00 00 02',
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('PERSON_PROCESSING_RESTRICTED');
    const read = await call(counselor, 'GET', `/api/people/${personId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().identity.phone).toBe('+33 6 00 00 00 01');
    const state = await call(counselor, 'GET', `/api/people/${personId}/privacy`);
    expect(state.json()).toMatchObject({ restricted: true, restrictionReason: 'Contests the file' });

    const lifted = await call(counselor, 'DELETE', url);
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ restricted: false });
    const changed = await call(counselor, 'PUT', `/api/people/${personId}`, {
      ...identity,
      phone: '+33 6 00 00 00 02',
    });
    expect(changed.statusCode, changed.body).toBe(200);
  });

  it('retention periods and the register: directors set, validation refuses nonsense', async () => {
    expect(
      (
        await call(counselor, 'PUT', '/api/privacy/retention', {
          policies: [{ purpose: 'person_files', months: 60 }],
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(director, 'PUT', '/api/privacy/retention', {
          policies: [{ purpose: 'person_files', months: 0 }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(director, 'PUT', '/api/privacy/retention', {
          policies: [{ purpose: 'forever', months: 3 }],
        })
      ).statusCode,
    ).toBe(400);
    const set = await call(director, 'PUT', '/api/privacy/retention', {
      policies: [{ purpose: 'person_files', months: 60 }],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items[0]).toMatchObject({ purpose: 'person_files', months: 60 });
    const register = await call(director, 'GET', '/api/privacy/register?locale=en');
    expect(register.statusCode).toBe(200);
    expect(register.json().activities[0].retention).toEqual({
      purpose: 'person_files',
      months: 60,
      text: null,
    });
    const pdf = await call(director, 'GET', '/api/privacy/register.pdf?locale=fr');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(funder, 'GET', '/api/privacy/register')).statusCode).toBe(403);
  });

  it('anonymization needs a reason, happens once, and the person can no longer be found by name', async () => {
    const url = `/api/people/${personId}/privacy/anonymization`;
    expect((await call(director, 'POST', url, { reason: 'short' })).statusCode).toBe(400);
    expect(
      (await call(counselor, 'POST', url, { reason: 'The person asked to be forgotten' })).statusCode,
    ).toBe(403);
    expect(
      (await call(outsider, 'POST', url, { reason: 'The person asked to be forgotten' })).statusCode,
    ).toBe(404);
    const done = await call(director, 'POST', url, { reason: 'The person asked to be forgotten' });
    expect(done.statusCode, done.body).toBe(200);
    const { pseudonym } = done.json();
    expect(pseudonym).toMatch(/^ANON [0-9A-F]{8}$/);
    const again = await call(director, 'POST', url, { reason: 'The person asked to be forgotten' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PERSON_ALREADY_ANONYMIZED');
    const search = await call(counselor, 'GET', '/api/people?q=Rami%20Khalil');
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([]);
    const file = await call(counselor, 'GET', `/api/people/${personId}`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json().identity).toMatchObject({
      givenName: 'ANON',
      familyName: pseudonym.slice(5),
      email: null,
      phone: null,
    });
  });

  it("after anonymization every route of the person's file still answers, without a name", async () => {
    const scene = await givenPrivacyScene(t.database);
    const story = await scene.givenStory('Layla', 'Haddad', 'layla.http@example.test');
    const staff = await givenSession(t.database.db, scene.staff.coordinator.actor.userId, scene.partner.id);
    const done = await call(staff, 'POST', `/api/people/${story.personId}/privacy/anonymization`, {
      reason: 'The person asked to be forgotten',
    });
    expect(done.statusCode, done.body).toBe(200);
    for (const path of [
      '',
      '/enrolments',
      '/follow-up',
      '/documents',
      '/loans',
      '/plans',
      '/sessions',
      '/timeline',
      '/privacy',
    ]) {
      const response = await call(staff, 'GET', `/api/people/${story.personId}${path}`);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
      expect(response.body, path).not.toMatch(/Layla|Haddad|layla|Dana Brooks|reads little English/);
    }
  });
});
