import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { countEnrolmentsUnder } from '../../programs/api.js';
import { linkedPeople } from '../api.js';
import { createPerson } from './create-person.js';
import { decideDuplicate } from './decide-duplicate.js';
import { personDuplicates } from './person-duplicates.js';

let database: TestDatabase;
let lyon: Awaited<ReturnType<typeof givenStaff>>;
let grenoble: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
const files: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const lyonId = (await givenOrganization(database.db, { name: 'Lyon' })).id;
  const grenobleId = (await givenOrganization(database.db, { name: 'Grenoble' })).id;
  await givenConsortium(database.db, lyonId, [lyonId, grenobleId]);
  lyon = await givenStaff(database.db, lyonId, 'counselor');
  grenoble = await givenStaff(database.db, grenobleId, 'counselor');
  outsider = await givenStaff(
    database.db,
    (await givenOrganization(database.db, { name: 'Ailleurs' })).id,
    'counselor',
  );
  const deps = testDeps(database);
  const open = async (staff: typeof lyon, name: string, identity: Record<string, unknown>) => {
    files[name] = (await createPerson(deps)(staff, { identity: identity as never })).id;
  };
  await open(lyon, 'yuriy', { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '1979-12-01' });
  await open(lyon, 'jurij', { givenName: 'Jurij', familyName: 'Ivanov', birthDate: '1979-12-01' });
  await open(grenoble, 'elsewhere', {
    givenName: 'Iouri',
    familyName: 'Ivanov',
    givenNameOriginal: 'Юрий',
    familyNameOriginal: 'Иванов',
    birthDate: '1979-01-12',
  });
});
afterAll(() => database.close());

describe('decisions on possible duplicates', () => {
  it('remembers two files of the organization as different people and never proposes them again', async () => {
    const deps = testDeps(database);
    const before = await personDuplicates(deps)(lyon, { personId: files.yuriy! });
    expect(before.items.map((p) => p.id)).toEqual([files.jurij]);
    expect(before.items[0]?.reasons).toContain('name_variant');
    await expect(
      decideDuplicate(countEnrolmentsUnder)(deps)(lyon, {
        personId: files.yuriy!,
        otherPersonId: files.jurij!,
        decision: 'same',
      }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_MERGE_NOT_AVAILABLE' });
    await decideDuplicate(countEnrolmentsUnder)(deps)(lyon, {
      personId: files.jurij!,
      otherPersonId: files.yuriy!,
      decision: 'different',
    });
    expect((await personDuplicates(deps)(lyon, { personId: files.yuriy! })).items).toEqual([]);
    expect((await personDuplicates(deps)(lyon, { personId: files.jurij! })).items).toEqual([]);
  });

  it('links a file to its person elsewhere in the consortium through a reference that names nobody', async () => {
    const deps = testDeps(database);
    const { elsewhere } = await personDuplicates(deps)(lyon, { personId: files.yuriy! });
    expect(elsewhere.possibleMatch).toBe(true);
    expect(elsewhere.reference).not.toContain(files.elsewhere!);
    // The reference opens for this file of this organization only.
    await expect(
      decideDuplicate(countEnrolmentsUnder)(deps)(lyon, {
        personId: files.jurij!,
        elsewhereReference: elsewhere.reference!,
        decision: 'same',
      }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_REFERENCE_INVALID' });
    await decideDuplicate(countEnrolmentsUnder)(deps)(lyon, {
      personId: files.yuriy!,
      elsewhereReference: elsewhere.reference!,
      decision: 'same',
    });
    expect(await linkedPeople(database.db, files.yuriy!, lyon.actor.organizationId)).toEqual([
      { organizationId: grenoble.actor.organizationId, personId: files.elsewhere },
    ]);
    expect(await linkedPeople(database.db, files.elsewhere!, grenoble.actor.organizationId)).toEqual([
      { organizationId: lyon.actor.organizationId, personId: files.yuriy },
    ]);
    // Linked files share a counting key, so that figures across organizations count the person once.
    const keys = await database.db
      .selectFrom('people')
      .select('counting_key')
      .where('id', 'in', [files.yuriy!, files.elsewhere!])
      .execute();
    expect(keys.map((k) => k.counting_key)).toEqual([files.yuriy, files.yuriy]);
    expect((await personDuplicates(deps)(lyon, { personId: files.yuriy! })).elsewhere).toEqual({
      possibleMatch: false,
      reference: null,
    });
  });

  it('answers not found for a file of another organization', async () => {
    await expect(
      personDuplicates(testDeps(database))(outsider, { personId: files.yuriy! }),
    ).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
  });
});
