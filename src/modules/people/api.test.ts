import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { caseloadPage, eligibilityFacts, personSummary } from './api.js';
import { createPerson } from './use-cases/create-person.js';
import { getPersonFile } from './use-cases/get-person-file.js';
import { updateBarrier } from './use-cases/update-barrier.js';

let database: TestDatabase;
let organizationId: string;
let otherOrganizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  otherOrganizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
});
afterAll(() => database.close());

const mariia = {
  identity: {
    givenName: 'Mariia',
    familyName: 'Kovalenko',
    givenNameOriginal: 'Марія',
    familyNameOriginal: 'Коваленко',
    birthDate: '1990-07-14',
    immigrationStatus: 'work_permit' as const,
    statusDate: '2024-02-01',
    arrivalDate: '2023-11-20',
    city: 'Montréal',
    region: 'QC',
    country: 'CA',
  },
  education: [
    { iscedLevel: 7, field: 'Accounting', country: 'UA', yearCompleted: 2013, obtainedAbroad: true },
  ],
  household: [
    { relation: 'spouse' as const, birthYear: 1988 },
    { relation: 'child' as const, birthYear: 2016 },
  ],
  barriers: [{ category: 'health' as const, identifiedOn: '2026-01-05', note: 'traitement en cours' }],
};

describe('what other modules may ask of the people module', () => {
  it('gives the eligibility facts of a person the organization follows, and nothing to another one', async () => {
    const { id } = await createPerson(testDeps(database))(counselor, mariia);
    const facts = await eligibilityFacts(database.db, testDeps(database).keyRing, id, organizationId);
    expect(facts).toEqual({
      personId: id,
      organizationId,
      birthDate: '1990-07-14',
      immigrationStatus: 'work_permit',
      statusDate: '2024-02-01',
      asylumApplicationDate: null,
      arrivalDate: '2023-11-20',
      hasForeignDegree: true,
      residenceCountry: 'CA',
      residenceRegion: 'QC',
      residenceCity: 'Montréal',
      householdSize: 3,
      householdKey: id,
      // Linked to no file elsewhere.
      countingKey: null,
    });
    expect(
      await eligibilityFacts(database.db, testDeps(database).keyRing, id, otherOrganizationId),
    ).toBeUndefined();
  });

  it('counts no foreign degree when the diplomas were obtained in the country', async () => {
    const { id } = await createPerson(testDeps(database))(counselor, {
      identity: { givenName: 'Jean', familyName: 'Tremblay' },
      education: [{ iscedLevel: 3, obtainedAbroad: false }],
    });
    expect(await eligibilityFacts(database.db, testDeps(database).keyRing, id, organizationId)).toMatchObject(
      {
        hasForeignDegree: false,
        householdSize: 1,
        immigrationStatus: null,
      },
    );
  });

  it('summarizes a person in both scripts for the organization that follows them only', async () => {
    const { id } = await createPerson(testDeps(database))(counselor, mariia);
    expect(await personSummary(database.db, id, organizationId)).toEqual({
      id,
      givenName: 'Mariia',
      familyName: 'Kovalenko',
      givenNameOriginal: 'Марія',
      familyNameOriginal: 'Коваленко',
      birthDate: '1990-07-14',
      sex: null,
    });
    expect(await personSummary(database.db, id, otherOrganizationId)).toBeUndefined();
  });
});

describe('barrier follow-up', () => {
  it('records the resolution date and audits the status without the note of a health barrier', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, mariia);
    const barrierId = (await getPersonFile(deps)(counselor, { personId: id })).barriers[0]!.id;
    await updateBarrier(deps)(counselor, { personId: id, itemId: barrierId, status: 'resolved' });
    const barrier = (await getPersonFile(deps)(counselor, { personId: id })).barriers[0]!;
    expect(barrier.status).toBe('resolved');
    expect(barrier.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', id)
      .where('action', '=', 'person.update_barrier')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('traitement');
  });

  it('answers not found for a barrier of another person or another organization', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, mariia);
    const other = await createPerson(deps)(counselor, mariia);
    const barrierId = (await getPersonFile(deps)(counselor, { personId: id })).barriers[0]!.id;
    await expect(
      updateBarrier(deps)(counselor, { personId: other.id, itemId: barrierId, status: 'being_addressed' }),
    ).rejects.toMatchObject({ code: 'PERSON_ITEM_NOT_FOUND' });
    const elsewhere = await givenStaff(database.db, otherOrganizationId, 'counselor');
    await expect(
      updateBarrier(deps)(elsewhere, { personId: id, itemId: barrierId, status: 'being_addressed' }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});

describe('caseload search, as other modules call it', () => {
  it('finds a person typed in the other script or with typos, and hides the status filter from other roles', async () => {
    const searchOrg = (await givenOrganization(database.db)).id;
    const searchCounselor = await givenStaff(database.db, searchOrg, 'counselor');
    const deps = testDeps(database);
    await createPerson(deps)(searchCounselor, mariia);
    await createPerson(deps)(searchCounselor, {
      identity: { givenName: 'Marc', familyName: 'Lefebvre', immigrationStatus: 'refugee' },
    });
    const search = (actor: typeof searchCounselor.actor, text: string, immigrationStatus?: string) =>
      database.db.transaction().execute(async (trx) =>
        (
          await caseloadPage(trx, testDeps(database).keyRing, actor, {
            search: text,
            immigrationStatus,
            sort: 'name',
            page: 1,
            pageSize: 10,
          })
        ).items.map((p) => `${p.givenName} ${p.familyName}`),
      );
    expect(await search(searchCounselor.actor, 'Мария')).toEqual(['Mariia Kovalenko']);
    expect((await search(searchCounselor.actor, 'maria'))[0]).toBe('Mariia Kovalenko');
    expect(await search(searchCounselor.actor, 'Kovalenko Mariia')).toEqual(['Mariia Kovalenko']);
    expect((await search(searchCounselor.actor, 'lefebre'))[0]).toBe('Marc Lefebvre');
    expect(await search(searchCounselor.actor, '', 'refugee')).toEqual(['Marc Lefebvre']);
    const administrator = await givenStaff(database.db, searchOrg, 'administrator');
    expect((await search(administrator.actor, '', 'refugee')).sort()).toEqual([
      'Marc Lefebvre',
      'Mariia Kovalenko',
    ]);
  });
});
