import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { hasConsent, peoplePrivacy } from '../../people/api.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { revokeConsent } from '../../people/use-cases/revoke-consent.js';
import { listSharedPeople } from './list-shared-people.js';
import { readSharedPerson } from './read-shared-person.js';

/**
 * The partner's reads as use cases, on both engines: a consent naming a consortium covers its members of
 * the day of the read, never its coordinator; only the sections covered come back; a restricted file,
 * a revocation from its day, an expiry after its last day close it; each read is audited under the
 * consent that allowed it; the loan fund's and sessions' check (`hasConsent`) asks the same rule.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let owner: Staff;
let partner: Staff;
let coordinator: Staff;
let partnerId: string;
let coordinatorId: string;
let consortiumId: string;
const today = '2026-06-15';

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T10:00:00Z'));
  const db = database.db;
  const toulouse = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const montpellier = await givenOrganization(db, { name: 'Mission Locale de Montpellier' });
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  partnerId = montpellier.id;
  coordinatorId = arml.id;
  consortiumId = (await givenConsortium(db, arml.id, [toulouse.id, montpellier.id])).id;
  owner = await givenStaff(db, toulouse.id, 'counselor');
  partner = await givenStaff(db, montpellier.id, 'counselor');
  coordinator = await givenStaff(db, arml.id, 'coordinator');
});
afterAll(() => database.close());

async function sharedPerson(givenName: string, consent: Record<string, unknown>) {
  const personId = (
    await createPerson(deps)(owner, {
      identity: { givenName, familyName: 'Usecase', immigrationStatus: 'refugee' },
    })
  ).id;
  const { id: consentId } = await addPersonItem(deps)(owner, {
    personId,
    item: {
      kind: 'consent',
      data: { purpose: 'sharing_with_partners', givenOn: '2026-06-01', ...consent } as never,
    },
  });
  return { personId, consentId };
}

describe('a partner reading under a consent naming a consortium', () => {
  it('reads the sections covered, audited under the consent; the coordinator finds nothing', async () => {
    const { personId, consentId } = await sharedPerson('Karim', {
      partnerConsortiumIds: [consortiumId],
      covers: ['sessions', 'employment'],
    });
    const file = await readSharedPerson(deps)(partner, { personId });
    expect(file).toMatchObject({
      sections: ['sessions', 'employment'],
      identity: null,
      plan: null,
      sessions: [],
      employment: [],
      documents: null,
      sharedUntil: null,
    });
    await expect(readSharedPerson(deps)(coordinator, { personId })).rejects.toMatchObject({
      code: 'SHARED_PERSON_NOT_FOUND',
    });
    const entries = await database.db
      .selectFrom('audit_events')
      .select(['action', 'organization_id', 'subject_organization_id', 'details'])
      .where('resource_id', '=', consentId)
      .where('action', 'like', 'sharing.%')
      .execute();
    expect(entries).toEqual([
      {
        action: 'sharing.read',
        organization_id: partnerId,
        subject_organization_id: owner.actor.organizationId,
        details: { sections: ['sessions', 'employment'] },
      },
    ]);
  });

  it('answers the loan fund and sessions with the same rule: partner, section, day', async () => {
    const { personId } = await sharedPerson('Lina', {
      partnerConsortiumIds: [consortiumId],
      covers: ['plan'],
    });
    const check = (organizationId: string, section?: 'identity' | 'plan', on = today) =>
      hasConsent(database.db, personId, 'sharing_with_partners', organizationId, on, section);
    expect(await check(partnerId)).toBe(true);
    expect(await check(partnerId, 'plan')).toBe(true);
    expect(await check(partnerId, 'identity')).toBe(false);
    expect(await check(coordinatorId)).toBe(false);
    expect(await check(partnerId, undefined, '2026-05-31')).toBe(false);
  });

  it('closes the file once restricted, once revoked (that day), and after its last day', async () => {
    const restricted = await sharedPerson('Maya', { partnerOrganizationIds: [partnerId] });
    await peoplePrivacy.setProcessingRestriction(
      database.db,
      owner.actor.organizationId,
      restricted.personId,
      {
        at: new Date('2026-06-10T00:00:00Z'),
        by: owner.actor.userId,
        reason: 'Contestation',
      },
    );
    const revoked = await sharedPerson('Nour', { partnerOrganizationIds: [partnerId] });
    await revokeConsent(deps)(owner, {
      personId: revoked.personId,
      itemId: revoked.consentId,
      revokedOn: today,
    });
    const expired = await sharedPerson('Omar', {
      partnerOrganizationIds: [partnerId],
      expiresOn: '2026-06-14',
    });
    const lastDay = await sharedPerson('Rita', { partnerOrganizationIds: [partnerId], expiresOn: today });
    for (const { personId } of [restricted, revoked, expired])
      await expect(readSharedPerson(deps)(partner, { personId })).rejects.toMatchObject({
        code: 'SHARED_PERSON_NOT_FOUND',
      });
    expect((await readSharedPerson(deps)(partner, { personId: lastDay.personId })).identity).toMatchObject({
      givenName: 'Rita',
    });
    const list = await listSharedPeople(deps)(partner, { page: 1, pageSize: 100 });
    const names = list.items.map((p) => p.givenName);
    expect(names).toContain('Rita');
    for (const closed of ['Maya', 'Nour', 'Omar']) expect(names).not.toContain(closed);
    expect(list.items.find((p) => p.givenName === 'Rita')).toMatchObject({
      organizationName: 'Mission Locale de Toulouse',
      sections: ['identity'],
      sharedUntil: today,
    });
  });
});
