import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createPerson } from './create-person.js';
import { getPersonFile } from './get-person-file.js';
import { removePersonItem } from './remove-person-item.js';
import { updateBarrier } from './update-barrier.js';
import { updatePersonItem } from './update-person-item.js';

let database: TestDatabase;
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
});
afterAll(() => database.close());

const dawit = {
  identity: { givenName: 'Dawit', familyName: 'Tekle', givenNameOriginal: 'ዳዊት', familyNameOriginal: 'ተክለ' },
  languages: [{ language: 'fr', scale: 'cefr' as const, skill: 'speaking' as const, level: 'A2' }],
  education: [{ iscedLevel: 6, field: 'Civil engineering', country: 'ER', obtainedAbroad: true }],
  barriers: [
    { category: 'health' as const, identifiedOn: '2026-02-01', note: 'suivi psychologique' },
    { category: 'mobility' as const, identifiedOn: '2026-02-01' },
  ],
};

describe('correcting an item of the file', () => {
  it('replaces a language level and a diploma, validated as when added, and audits field names only', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, dawit);
    const before = await getPersonFile(deps)(counselor, { personId: id });
    const languageId = before.languages[0]!.id;
    await updatePersonItem(deps)(counselor, {
      personId: id,
      itemId: languageId,
      item: {
        kind: 'language',
        data: {
          language: 'fr',
          scale: 'cefr',
          skill: 'speaking',
          level: 'B1',
          testName: 'TCF',
          testDate: '2026-05-02',
        },
      },
    });
    await expect(
      updatePersonItem(deps)(counselor, {
        personId: id,
        itemId: languageId,
        item: { kind: 'language', data: { language: 'fr', scale: 'nclc', level: 'B1' } },
      }),
    ).rejects.toMatchObject({ code: 'LANGUAGE_LEVEL_INVALID' });
    await updatePersonItem(deps)(counselor, {
      personId: id,
      itemId: before.education[0]!.id,
      item: {
        kind: 'education',
        data: {
          iscedLevel: 7,
          field: 'Civil engineering',
          country: 'ER',
          obtainedAbroad: true,
          recognitionStatus: 'in_progress',
        },
      },
    });
    const after = await getPersonFile(deps)(counselor, { personId: id });
    expect(after.languages[0]).toMatchObject({
      id: languageId,
      level: 'B1',
      testName: 'TCF',
      testDate: '2026-05-02',
    });
    expect(after.education[0]).toMatchObject({ iscedLevel: 7, recognitionStatus: 'in_progress' });
    const events = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', id)
      .where('action', 'like', 'person.update_%')
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual(['person.update_education', 'person.update_language']);
    expect(JSON.stringify(events)).not.toContain('TCF');
  });

  it('refuses an item of another person, and consents, which are revoked instead', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, dawit);
    const other = await createPerson(deps)(counselor, dawit);
    const languageId = (await getPersonFile(deps)(counselor, { personId: id })).languages[0]!.id;
    await expect(
      updatePersonItem(deps)(counselor, {
        personId: other.id,
        itemId: languageId,
        item: { kind: 'language', data: { language: 'fr' } },
      }),
    ).rejects.toMatchObject({ code: 'PERSON_ITEM_NOT_FOUND' });
    await expect(
      updatePersonItem(deps)(counselor, {
        personId: id,
        itemId: languageId,
        item: { kind: 'consent', data: { purpose: 'contacting_employers', givenOn: '2026-01-01' } },
      }),
    ).rejects.toMatchObject({ code: 'CONSENT_NOT_REMOVABLE' });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(
      updatePersonItem(deps)(elsewhere, {
        personId: id,
        itemId: languageId,
        item: { kind: 'language', data: { language: 'fr' } },
      }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('keeps health barriers out of reach of roles that may not see them', async () => {
    const deps = testDeps(database);
    const { id } = await createPerson(deps)(counselor, dawit);
    const barriers = (await getPersonFile(deps)(counselor, { personId: id })).barriers;
    const health = barriers.find((b) => b.category === 'health')!;
    const mobility = barriers.find((b) => b.category === 'mobility')!;
    const administrator = await givenStaff(database.db, organizationId, 'administrator');
    await expect(
      updatePersonItem(deps)(administrator, {
        personId: id,
        itemId: health.id,
        item: { kind: 'barrier', data: { category: 'other', identifiedOn: '2026-02-01' } },
      }),
    ).rejects.toMatchObject({ code: 'PERSON_ITEM_NOT_FOUND' });
    await expect(
      updateBarrier(deps)(administrator, { personId: id, itemId: health.id, status: 'resolved' }),
    ).rejects.toMatchObject({ code: 'PERSON_ITEM_NOT_FOUND' });
    await expect(
      removePersonItem(deps)(administrator, { personId: id, kind: 'barrier', itemId: health.id }),
    ).rejects.toMatchObject({ code: 'PERSON_ITEM_NOT_FOUND' });
    await expect(
      updatePersonItem(deps)(administrator, {
        personId: id,
        itemId: mobility.id,
        item: { kind: 'barrier', data: { category: 'health', identifiedOn: '2026-02-01' } },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updatePersonItem(deps)(administrator, {
      personId: id,
      itemId: mobility.id,
      item: {
        kind: 'barrier',
        data: { category: 'mobility', status: 'being_addressed', identifiedOn: '2026-02-01' },
      },
    });
    const after = (await getPersonFile(deps)(counselor, { personId: id })).barriers;
    expect(after.find((b) => b.id === health.id)).toMatchObject({
      category: 'health',
      status: 'identified',
      note: 'suivi psychologique',
    });
    expect(after.find((b) => b.id === mobility.id)).toMatchObject({ status: 'being_addressed' });
  });
});
