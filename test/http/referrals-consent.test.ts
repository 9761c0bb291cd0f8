import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Referrals across organizations, over HTTP, on both engines (issue 16): without a consent naming the
 * receiver no referral can be sent; the receiver reads only the sections the sender chose (within what
 * the consent covers); after revocation the referral and its status stay, the person is 404; the
 * consortium's coordination and the receiver's funder never see a referral's person.
 */
let t: TestApp;
type Session = Awaited<ReturnType<typeof givenSession>>;
const sessions = new Map<string, Session>();
let owner: Awaited<ReturnType<typeof givenStaff>>;
let receiverId: string;
const today = () => new Date().toISOString().slice(0, 10);

const as = (who: string) => {
  const session = sessions.get(who);
  if (!session) throw new Error(`no session ${who}`);
  return { cookies: session.cookies, headers: session.headers };
};
const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, ...as(who) });
const post = (who: string, url: string, payload?: unknown) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, ...as(who) });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const association = await givenOrganization(db, { name: 'Association Partenaire Toulouse' });
  const missionLocale = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  receiverId = missionLocale.id;
  await givenConsortium(db, arml.id, [association.id, missionLocale.id]);
  owner = await givenStaff(db, association.id, 'counselor');
  sessions.set('owner', await givenSession(db, owner.actor.userId, association.id));
  for (const [who, organizationId, role] of [
    ['receiver', missionLocale.id, 'counselor'],
    ['receiverFunder', missionLocale.id, 'funder'],
    ['receiverAdministrator', missionLocale.id, 'administrator'],
    ['coordination', arml.id, 'coordinator'],
    ['coordinationFunder', arml.id, 'funder'],
  ] as const) {
    const staff = await givenStaff(db, organizationId, role);
    sessions.set(who, await givenSession(db, staff.actor.userId, organizationId));
  }
});
afterAll(() => t.close());

async function personWithPlan(givenName: string) {
  const personId = (
    await createPerson(t.deps)(owner, {
      identity: { givenName, familyName: 'Orientée', birthDate: '2006-04-05', immigrationStatus: 'refugee' },
    })
  ).id;
  await createPlan(t.deps)(owner, { personId, language: 'fr' });
  return personId;
}

async function consent(personId: string, covers: string[]) {
  const response = await post('owner', `/api/people/${personId}/items`, {
    kind: 'consent',
    data: {
      purpose: 'sharing_with_partners',
      givenOn: today(),
      partnerOrganizationIds: [receiverId],
      covers,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('a referral to another organization of the consortium', () => {
  it('cannot be sent without a consent in force naming the receiver (409, nothing written)', async () => {
    const personId = await personWithPlan('Inès');
    const refused = await post('owner', '/api/referrals', {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'youth_guidance',
      sections: ['identity'],
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('REFERRAL_CONSENT_MISSING');
    expect((await get('owner', '/api/referrals?box=sent')).json().items).toEqual([]);
    expect((await get('receiver', '/api/referrals')).json().items).toEqual([]);
  });

  it('shares only the sections chosen, never more than the consent covers', async () => {
    const personId = await personWithPlan('Walid');
    await consent(personId, ['identity', 'plan']);
    const tooMuch = await post('owner', '/api/referrals', {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'youth_guidance',
      sections: ['identity', 'employment'],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().code).toBe('REFERRAL_SECTIONS_NOT_COVERED');
    const sent = await post('owner', '/api/referrals', {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'youth_guidance',
      sections: ['identity'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    const file = await get('receiver', `/api/referrals/${id}/person`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json()).toMatchObject({
      sections: ['identity'],
      plan: null,
      sessions: null,
      documents: null,
    });
    expect(file.json().identity).toMatchObject({ givenName: 'Walid', birthDate: '2006-04-05' });
    expect(file.body).not.toContain('refugee');
    // The partner's shared file, read directly, answers what the consent covers; the referral, what it chose.
    expect((await get('receiver', `/api/shared-people/${personId}`)).json().plan).not.toBeNull();
  });

  it("the consortium's coordination and funders, the receiver's funder and administrator never see its person", async () => {
    const personId = await personWithPlan('Sara');
    await consent(personId, ['identity']);
    const id = (
      await post('owner', '/api/referrals', {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'employment',
        sections: ['identity'],
      })
    ).json().id as string;
    for (const who of ['receiverFunder', 'receiverAdministrator', 'coordination', 'coordinationFunder']) {
      expect((await get(who, `/api/referrals/${id}`)).statusCode, who).toBe(404);
      expect((await get(who, `/api/referrals/${id}/person`)).statusCode, who).toBe(404);
      expect((await post(who, `/api/referrals/${id}/accept`)).statusCode, who).toBe(404);
    }
    for (const who of ['receiverFunder', 'receiverAdministrator', 'coordinationFunder'])
      expect((await get(who, '/api/referrals')).statusCode, who).toBe(403);
    // The coordination follows people of its own: its inbox is empty, never the members' referrals.
    const inbox = await get('coordination', '/api/referrals');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).not.toContain(id);
  });

  it('after revocation: the referral and its status, never the person (404)', async () => {
    const personId = await personWithPlan('Youssef');
    const consentId = await consent(personId, ['identity', 'plan']);
    const id = (
      await post('owner', '/api/referrals', {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'youth_guidance',
        sections: ['identity', 'plan'],
      })
    ).json().id as string;
    expect((await post('receiver', `/api/referrals/${id}/accept`)).statusCode).toBe(204);
    const revoked = await post('owner', `/api/people/${personId}/consents/${consentId}/revoke`, {
      revokedOn: today(),
    });
    expect(revoked.statusCode, revoked.body).toBeLessThan(300);
    const view = await get('receiver', `/api/referrals/${id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'accepted', person: null, personShared: false });
    expect(view.body).not.toContain('Youssef');
    expect((await get('receiver', `/api/referrals/${id}/person`)).statusCode).toBe(404);
    const inbox = (await get('receiver', '/api/referrals')).json().items as { id: string; person: unknown }[];
    expect(inbox.find((i) => i.id === id)?.person).toBeNull();
    // The sender still sees its referral and what became of it.
    expect((await get('owner', `/api/referrals/${id}`)).json()).toMatchObject({
      status: 'accepted',
      person: { givenName: 'Youssef' },
    });
  });
});
