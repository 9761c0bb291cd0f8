import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { uploadDocument } from '../../src/modules/documents/use-cases/upload-document.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 16's proof, over HTTP, for every cross-organization route (the partner's list and file, the
 * owner's list of reads): without consent 404; with consent only what it covers; after revocation (the
 * same day) 404; expired 404; the consortium's coordinators and funders see figures, never files (404).
 * A consent naming "members of consortium X" covers an organization that joins later; one naming
 * organizations does not. Each allowed read is in the consent's reads.
 */
let t: TestApp;
type Session = Awaited<ReturnType<typeof givenSession>>;
const sessions = new Map<string, Session>();
let owner: Awaited<ReturnType<typeof givenStaff>>;
let consortiumId: string;
let partnerId: string;
let latecomerId: string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = () => day(0);

const as = (who: string) => {
  const session = sessions.get(who);
  if (!session) throw new Error(`no session ${who}`);
  return { cookies: session.cookies, headers: session.headers };
};
const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, ...as(who) });
const person = async (givenName: string) =>
  (
    await createPerson(t.deps)(owner, {
      identity: { givenName, familyName: 'Partage', birthDate: '1990-02-03', immigrationStatus: 'refugee' },
    })
  ).id;
const consent = async (personId: string, data: Record<string, unknown>) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/people/${personId}/items`,
    payload: { kind: 'consent', data: { purpose: 'sharing_with_partners', givenOn: today(), ...data } },
    ...as('owner'),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const toulouse = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const montpellier = await givenOrganization(db, { name: 'Mission Locale de Montpellier' });
  const nimes = await givenOrganization(db, { name: 'Mission Locale de Nîmes' });
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  const stranger = await givenOrganization(db, { name: 'Mission Locale de Lille' });
  partnerId = montpellier.id;
  latecomerId = nimes.id;
  consortiumId = (await givenConsortium(db, arml.id, [toulouse.id, montpellier.id])).id;
  owner = await givenStaff(db, toulouse.id, 'counselor');
  sessions.set('owner', await givenSession(db, owner.actor.userId, toulouse.id));
  const hire = async (key: string, organizationId: string, role: Role) =>
    sessions.set(
      key,
      await givenSession(db, (await givenStaff(db, organizationId, role)).actor.userId, organizationId),
    );
  for (const role of [
    'counselor',
    'program_referent',
    'coordinator',
    'director',
    'administrator',
    'funder',
  ] as const)
    await hire(`partner:${role}`, montpellier.id, role);
  await hire('latecomer', nimes.id, 'counselor');
  for (const role of ['counselor', 'coordinator', 'director'] as const)
    await hire(`arml:${role}`, arml.id, role);
  await hire('stranger', stranger.id, 'counselor');
});
afterAll(() => t.close());

describe('a partner reading a shared file', () => {
  it('without consent: 404, and the person is not in its list', async () => {
    const personId = await person('Sans');
    await consent(personId, { purpose: 'contacting_employers', partnerOrganizationIds: [partnerId] });
    expect((await get('partner:counselor', `/api/shared-people/${personId}`)).statusCode).toBe(404);
    const list = await get('partner:counselor', '/api/shared-people');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(personId);
  });

  it('with consent: only the sections it covers, never the immigration status', async () => {
    const personId = await person('Amina');
    await createPlan(t.deps)(owner, { personId, language: 'fr' });
    await uploadDocument(t.deps)(owner, {
      personId,
      type: 'cv',
      title: 'CV',
      fileName: 'cv.pdf',
      content: Buffer.from('%PDF-1.4\n%shared\n'),
    });
    await consent(personId, {
      partnerOrganizationIds: [partnerId],
      covers: ['identity', 'plan'],
      expiresOn: day(30),
    });
    for (const role of ['counselor', 'program_referent', 'coordinator', 'director'] as const) {
      const response = await get(`partner:${role}`, `/api/shared-people/${personId}`);
      expect(response.statusCode, response.body).toBe(200);
      const file = response.json();
      expect(file).toMatchObject({
        organizationName: 'Mission Locale de Toulouse',
        sections: ['identity', 'plan'],
        sharedUntil: day(30),
        identity: { givenName: 'Amina', familyName: 'Partage' },
        plan: { status: expect.any(String) },
        sessions: null,
        employment: null,
        documents: null,
      });
      expect(response.body).not.toContain('refugee');
    }
    const list = (await get('partner:counselor', '/api/shared-people')).json();
    expect(list.items).toContainEqual({
      id: personId,
      givenName: 'Amina',
      familyName: 'Partage',
      organizationName: 'Mission Locale de Toulouse',
      sections: ['identity', 'plan'],
      sharedUntil: day(30),
    });
  });

  it('documents: the list without identity papers, never their content', async () => {
    const personId = await person('Bilal');
    for (const [type, title] of [
      ['cv', 'CV de Bilal'],
      ['identity', 'Titre de séjour'],
    ] as const)
      await uploadDocument(t.deps)(owner, {
        personId,
        type,
        title,
        fileName: 'scan.pdf',
        content: Buffer.from('%PDF-1.4\n%doc\n'),
      });
    await consent(personId, { partnerOrganizationIds: [partnerId], covers: ['documents'] });
    const file = (await get('partner:counselor', `/api/shared-people/${personId}`)).json();
    expect(file.identity).toBeNull();
    expect(file.documents).toEqual([{ type: 'cv', title: 'CV de Bilal', uploadedAt: expect.any(String) }]);
  });

  it('after revocation: 404 from the day it is revoked', async () => {
    const personId = await person('Chadi');
    const consentId = await consent(personId, { partnerOrganizationIds: [partnerId], covers: ['identity'] });
    expect((await get('partner:counselor', `/api/shared-people/${personId}`)).statusCode).toBe(200);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/consents/${consentId}/revoke`,
      payload: { revokedOn: today() },
      ...as('owner'),
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await get('partner:counselor', `/api/shared-people/${personId}`);
    expect(after.statusCode).toBe(404);
    expect(after.json().code).toBe('SHARED_PERSON_NOT_FOUND');
    expect((await get('partner:counselor', '/api/shared-people')).body).not.toContain(personId);
  });

  it('expired: 404 the day after its last day', async () => {
    const personId = await person('Dalia');
    await consent(personId, {
      partnerOrganizationIds: [partnerId],
      covers: ['identity'],
      givenOn: day(-60),
      expiresOn: day(-1),
    });
    expect((await get('partner:counselor', `/api/shared-people/${personId}`)).statusCode).toBe(404);
    expect((await get('partner:counselor', '/api/shared-people')).body).not.toContain(personId);
  });

  it("the consortium's coordinators, the partner's funder and administrator, and strangers get 404", async () => {
    const personId = await person('Elias');
    await consent(personId, { partnerConsortiumIds: [consortiumId], covers: ['identity', 'plan'] });
    expect((await get('partner:counselor', `/api/shared-people/${personId}`)).statusCode).toBe(200);
    for (const who of [
      'arml:counselor',
      'arml:coordinator',
      'arml:director',
      'partner:funder',
      'partner:administrator',
      'stranger',
    ]) {
      const response = await get(who, `/api/shared-people/${personId}`);
      expect(response.statusCode, who).toBe(404);
      const list = await get(who, '/api/shared-people');
      expect(list.body, who).not.toContain(personId);
    }
  });

  it('"members of consortium X" covers an organization that joins later; a consent naming organizations does not', async () => {
    const byConsortium = await person('Farah');
    await consent(byConsortium, { partnerConsortiumIds: [consortiumId], covers: ['identity'] });
    const byName = await person('Ghassan');
    await consent(byName, { partnerOrganizationIds: [partnerId], covers: ['identity'] });
    expect((await get('latecomer', `/api/shared-people/${byConsortium}`)).statusCode).toBe(404);
    await t.database.db
      .insertInto('consortium_members')
      .values({ consortium_id: consortiumId, organization_id: latecomerId, joined_at: new Date() })
      .execute();
    expect((await get('latecomer', `/api/shared-people/${byConsortium}`)).statusCode).toBe(200);
    expect((await get('latecomer', `/api/shared-people/${byName}`)).statusCode).toBe(404);
  });
});

describe('recording a consent', () => {
  it('names organizations that exist and consortia the owner is part of, else 400 and nothing written', async () => {
    const personId = await person('Kamal');
    const elsewhere = await givenOrganization(t.database.db, { name: 'Mission Locale de Lille' });
    const foreign = (await givenConsortium(t.database.db, elsewhere.id, [elsewhere.id])).id;
    for (const data of [
      { partnerConsortiumIds: [foreign] },
      { partnerOrganizationIds: ['0190a0f0-0000-7000-8000-000000000000'] },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/people/${personId}/items`,
        payload: { kind: 'consent', data: { purpose: 'sharing_with_partners', givenOn: today(), ...data } },
        ...as('owner'),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('CONSENT_PARTNER_UNKNOWN');
    }
    const file = (await get('owner', `/api/people/${personId}`)).json();
    expect(file.consents).toEqual([]);
  });
});

describe("the owner's list of reads under a consent", () => {
  it('shows each read the consent allowed, and is 404 to the partner and strangers', async () => {
    const personId = await person('Hana');
    const consentId = await consent(personId, {
      partnerOrganizationIds: [partnerId],
      covers: ['identity', 'plan'],
    });
    await get('partner:counselor', '/api/shared-people');
    await get('partner:counselor', `/api/shared-people/${personId}`);
    await get('partner:director', `/api/shared-people/${personId}`);
    const url = `/api/people/${personId}/consents/${consentId}/reads`;
    const reads = await get('owner', url);
    expect(reads.statusCode, reads.body).toBe(200);
    expect(reads.json().items).toEqual([
      expect.objectContaining({
        organizationName: 'Mission Locale de Montpellier',
        kind: 'file',
        sections: ['identity', 'plan'],
      }),
      expect.objectContaining({
        organizationName: 'Mission Locale de Montpellier',
        kind: 'file',
        sections: ['identity', 'plan'],
      }),
      expect.objectContaining({
        organizationName: 'Mission Locale de Montpellier',
        kind: 'list',
        sections: [],
      }),
    ]);
    for (const who of ['partner:counselor', 'stranger'])
      expect((await get(who, url)).statusCode, who).toBe(404);
  });

  it('a read refused (revoked) is not in the list', async () => {
    const personId = await person('Idris');
    const consentId = await consent(personId, { partnerOrganizationIds: [partnerId], covers: ['identity'] });
    await t.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/consents/${consentId}/revoke`,
      payload: { revokedOn: today() },
      ...as('owner'),
    });
    await get('partner:counselor', `/api/shared-people/${personId}`);
    const reads = await get('owner', `/api/people/${personId}/consents/${consentId}/reads`);
    expect(reads.json().items).toEqual([]);
  });
});

describe('the file shows consents plainly', () => {
  it('names the partners and consortia, what it covers and its state', async () => {
    const personId = await person('Jamal');
    await consent(personId, {
      partnerOrganizationIds: [partnerId],
      partnerConsortiumIds: [consortiumId],
      covers: ['plan', 'identity'],
      givenOn: day(-60),
      expiresOn: day(-1),
    });
    const file = (await get('owner', `/api/people/${personId}`)).json();
    expect(file.consents[0]).toMatchObject({
      state: 'expired',
      inForce: false,
      expiresOn: day(-1),
      covers: ['plan', 'identity'],
      partnerOrganizations: [{ id: partnerId, name: 'Mission Locale de Montpellier' }],
      partnerConsortia: [{ id: consortiumId, name: expect.stringMatching(/^Consortium /) }],
    });
  });
});
