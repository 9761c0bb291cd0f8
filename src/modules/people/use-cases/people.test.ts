import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { hasConsent } from '../api.js';
import { addPersonItem } from './add-person-item.js';
import { createPerson } from './create-person.js';
import { getPersonFile } from './get-person-file.js';
import { removePersonItem } from './remove-person-item.js';
import { revokeConsent } from './revoke-consent.js';
import { updatePerson } from './update-person.js';

let database: TestDatabase;
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
});
afterAll(() => database.close());

const amina = {
  identity: {
    givenName: 'Aminah',
    familyName: 'Youssef',
    givenNameOriginal: 'آمنة',
    familyNameOriginal: 'يوسف',
    birthDate: '2004-03-02',
    immigrationStatus: 'asylum_seeker' as const,
    asylumApplicationDate: '2025-10-01',
    city: 'Toulouse',
  },
  languages: [
    { language: 'ar', motherTongue: true },
    { language: 'fr', scale: 'cefr' as const, skill: 'overall' as const, level: 'A2' },
  ],
  barriers: [
    { category: 'housing' as const, identifiedOn: '2026-04-01' },
    { category: 'health' as const, identifiedOn: '2026-04-01', note: 'suivi médical' },
  ],
  household: [{ relation: 'child' as const, birthYear: 2023 }],
};

describe("the person's file", () => {
  it('registers a person with the intake data in one step and reads the whole file back', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, amina);
    const file = await getPersonFile(deps)(counselor, { personId: id });
    expect(file.identity).toMatchObject({
      givenNameOriginal: 'آمنة',
      immigrationStatus: 'asylum_seeker',
      referentUserId: counselor.actor.userId,
    });
    expect(file.languages).toHaveLength(2);
    expect(file.barriers.map((b) => b.category).sort()).toEqual(['health', 'housing']);
    expect(file.householdSize).toBe(2);
    expect(file.sensitiveHidden).toBe(false);
  });

  it('hides the immigration status and health barriers from roles that may not see them', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, amina);
    const administrator = await givenStaff(database.db, organizationId, 'administrator');
    const file = await getPersonFile(deps)(administrator, { personId: id });
    expect(file.sensitiveHidden).toBe(true);
    expect(file.identity.immigrationStatus).toBeNull();
    expect(file.identity.asylumApplicationDate).toBeNull();
    expect(file.barriers.map((b) => b.category)).toEqual(['housing']);
    // …and such a role cannot erase the status by saving the identity without it.
    await updatePerson(deps)(administrator, {
      ...amina.identity,
      immigrationStatus: null,
      personId: id,
      phone: '+33 6 00 00 00 00',
    });
    expect((await getPersonFile(deps)(counselor, { personId: id })).identity.immigrationStatus).toBe(
      'asylum_seeker',
    );
  });

  it('answers not found to another organization and refuses funders', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, amina);
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(getPersonFile(deps)(elsewhere, { personId: id })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(updatePerson(deps)(elsewhere, { ...amina.identity, personId: id })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const funder = await givenStaff(database.db, organizationId, 'funder');
    await expect(getPersonFile(deps)(funder, { personId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('audits reads and writes with the person but never the sensitive values', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, amina);
    await getPersonFile(deps)(counselor, { personId: id });
    await updatePerson(deps)(counselor, { ...amina.identity, immigrationStatus: 'refugee', personId: id });
    const events = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', id)
      .orderBy('inserted_seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['person.create', 'person.read', 'person.update']);
    const logged = JSON.stringify(events);
    expect(logged).not.toContain('refugee');
    expect(logged).not.toContain('asylum_seeker');
    expect(logged).not.toContain('2025-10-01');
    expect(events[2]?.details).toMatchObject({ sensitiveChanged: true });
  });

  it('validates language levels against their scale', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, {
      identity: { givenName: 'Olena', familyName: 'Melnyk' },
    });
    await expect(
      addPersonItem(deps)(counselor, {
        personId: id,
        item: { kind: 'language', data: { language: 'en', scale: 'clb', level: 'B2' } },
      }),
    ).rejects.toMatchObject({ code: 'LANGUAGE_LEVEL_INVALID' });
    await expect(
      addPersonItem(deps)(counselor, {
        personId: id,
        item: { kind: 'language', data: { language: 'en', scale: 'clb', level: '7' } },
      }),
    ).resolves.toHaveProperty('id');
  });

  it('keeps consents with their withdrawal and answers whether one is in force', async () => {
    const deps = testDeps(database);
    const partner = await givenOrganization(database.db);
    const { id } = await createPerson(deps)(counselor, {
      identity: { givenName: 'Dawit', familyName: 'Tekle' },
    });
    const consent = await addPersonItem(deps)(counselor, {
      personId: id,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          partnerOrganizationIds: [partner.id],
          givenOn: '2026-01-10',
          expiresOn: '2027-01-10',
        },
      },
    });
    expect(await hasConsent(database.db, id, 'sharing_with_partners', partner.id, '2026-06-01')).toBe(true);
    expect(await hasConsent(database.db, id, 'sharing_with_partners', organizationId, '2026-06-01')).toBe(
      false,
    );
    expect(await hasConsent(database.db, id, 'sharing_with_partners', partner.id, '2027-02-01')).toBe(false);
    await revokeConsent(deps)(counselor, { personId: id, itemId: consent.id, revokedOn: '2026-07-01' });
    expect(await hasConsent(database.db, id, 'sharing_with_partners', partner.id, '2026-06-30')).toBe(true);
    expect(await hasConsent(database.db, id, 'sharing_with_partners', partner.id, '2026-07-01')).toBe(false);
    await expect(
      removePersonItem(deps)(counselor, { personId: id, kind: 'consent', itemId: consent.id }),
    ).rejects.toMatchObject({
      code: 'CONSENT_NOT_REMOVABLE',
    });
    const file = await getPersonFile(deps)(counselor, { personId: id });
    expect(file.consents[0]).toMatchObject({ revokedOn: '2026-07-01' });
  });
});
