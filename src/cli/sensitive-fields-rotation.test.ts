import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../test/support/fixtures.js';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { systemContext } from '../core/auth/actor.js';
import { createKeyRing, keyIdOfSealedText } from '../core/crypto/key-ring.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { getPersonFile } from '../modules/people/use-cases/get-person-file.js';
import { createProgram } from '../modules/programs/use-cases/create-program.js';
import { openEligibilitySnapshot } from '../modules/programs/use-cases/eligibility-snapshot.js';
import { enrolPerson } from '../modules/programs/use-cases/enrol-person.js';
import { rotateDocumentKeysCommand } from './documents-commands.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('key rotation of the sensitive fields (ADR 10)', () => {
  it('re-seals statuses, barriers and eligibility evaluations under the new key, so the old one may go', async () => {
    const oldKey = { id: 'old', key: randomBytes(32) };
    const newKey = { id: 'new', key: randomBytes(32) };
    const before = { ...testDeps(database), keyRing: createKeyRing([oldKey]) };
    const organization = await givenOrganization(database.db);
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    const { id: programId } = await createProgram(before)(systemContext(), {
      ownerOrganizationId: organization.id,
      code: 'ROT',
      nameFr: 'Rotation',
      nameEn: 'Rotation',
      countingUnit: 'person',
      status: 'active',
      rules: [{ kind: 'allowedStatuses', statuses: ['refugee', 'subsidiary_protection'] }],
    });
    const personIds: string[] = [];
    for (const givenName of ['Noor', 'Hiba', 'Rami']) {
      const { id } = await createPerson(before)(counselor, {
        identity: { givenName, familyName: 'Saleh', immigrationStatus: 'refugee', statusDate: '2022-05-05' },
        barriers: [
          { category: 'health', status: 'identified', identifiedOn: '2026-01-10', note: 'Fatigue chronique' },
        ],
      });
      await enrolPerson(before)(counselor, { programId, personId: id, intake: { source: 'walk_in' } });
      personIds.push(id);
    }
    await createPerson(before)(counselor, { identity: { givenName: 'Sans', familyName: 'Statut' } });

    const after = { ...before, keyRing: createKeyRing([newKey, oldKey]) };
    const lines: string[] = [];
    expect(await rotateDocumentKeysCommand(after, (l) => lines.push(l), { batchSize: 2 })).toBe(0);
    expect(lines).toEqual([
      '0 document(s) re-encrypted under key "new".',
      '0 second-factor secret(s) re-encrypted.',
      '3 immigration status(es) re-encrypted.',
      '3 barrier(s) re-encrypted.',
      '3 eligibility evaluation(s) of enrolments re-encrypted.',
      'No document is sealed under an older key: older keys may now leave ENCRYPTION_KEYS.',
    ]);

    const keyIds = new Set<string | null>();
    for (const row of await database.db.selectFrom('people').select('sealed_status').execute())
      if (row.sealed_status) keyIds.add(keyIdOfSealedText(row.sealed_status));
    for (const row of await database.db.selectFrom('person_barriers').select('sealed_detail').execute())
      keyIds.add(keyIdOfSealedText(row.sealed_detail));
    expect([...keyIds]).toEqual(['new']);

    const onlyNew = { ...before, keyRing: createKeyRing([newKey]) };
    const file = await getPersonFile(onlyNew)(counselor, { personId: personIds[2]! });
    expect(file.identity).toMatchObject({ immigrationStatus: 'refugee', statusDate: '2022-05-05' });
    expect(file.barriers[0]).toMatchObject({ category: 'health', note: 'Fatigue chronique' });
    const enrolment = await database.db
      .selectFrom('enrolments')
      .select(['id', 'eligibility_snapshot'])
      .where('person_id', '=', personIds[0]!)
      .executeTakeFirstOrThrow();
    expect(
      openEligibilitySnapshot(onlyNew.keyRing, enrolment.id, enrolment.eligibility_snapshot).results[0]!
        .observed,
    ).toEqual({ status: 'refugee' });

    // Nothing left to do: running it again re-seals nothing.
    expect(await rotateDocumentKeysCommand(after, (l) => lines.push(l), { batchSize: 2 })).toBe(0);
    expect(lines.slice(-4, -1)).toEqual([
      '0 immigration status(es) re-encrypted.',
      '0 barrier(s) re-encrypted.',
      '0 eligibility evaluation(s) of enrolments re-encrypted.',
    ]);
  });
});
