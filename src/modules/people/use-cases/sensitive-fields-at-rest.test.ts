import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { developmentEncryptionKeys } from '../../../core/config.js';
import { newKeyEntry, parseKeyRingSpec } from '../../../core/crypto/key-ring.js';
import type { Db } from '../../../core/db/types.js';
import { AppError } from '../../../core/errors.js';
import { listCaseload } from '../../caseload/use-cases/list-caseload.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { openEligibilitySnapshot } from '../../programs/use-cases/eligibility-snapshot.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { addPersonItem } from './add-person-item.js';
import { createPerson } from './create-person.js';
import { getPersonFile } from './get-person-file.js';
import { resealSensitiveFieldsBatch } from './reseal-sensitive-fields.js';
import { updateBarrier } from './update-barrier.js';
import { updatePerson } from './update-person.js';

/**
 * ADR 10: the immigration status with its dates, barriers (health among them) and the eligibility
 * evaluation of enrolments are sealed at rest. What a dump shows is read here with plain SQL.
 */
let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let administrator: Awaited<ReturnType<typeof givenStaff>>;
let programId: string;

// Values found nowhere else in a test database: if a dump shows them, they leaked.
const status = 'csq_holder_abroad';
const statusDate = '2019-04-17';
const asylumApplicationDate = '2018-11-23';
const healthNote = 'Suivi insulinique hebdomadaire Zq7';

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  administrator = await givenStaff(database.db, organizationId, 'administrator');
  programId = (
    await createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'SEAL',
      nameFr: 'Programme scellé',
      nameEn: 'Sealed program',
      countingUnit: 'person',
      status: 'active',
      rules: [{ kind: 'excludedStatuses', statuses: ['work_permit'] }],
    })
  ).id;
});
afterAll(() => database.close());

const deps = () => testDeps(database, clock);

async function registerSensitivePerson(givenName = 'Yasmine', familyName = 'Haddad') {
  const { id } = await createPerson(deps())(counselor, {
    identity: {
      givenName,
      familyName,
      immigrationStatus: status,
      statusDate,
      asylumApplicationDate,
    },
    barriers: [
      { category: 'health', status: 'identified', identifiedOn: '2026-02-02', note: healthNote },
      { category: 'housing', status: 'identified', identifiedOn: '2026-02-03' },
    ],
  });
  return id;
}

/** Every row of every table that holds an organization's or a person's data, as a dump would print it. */
async function dumpOfPersonalData(db: Db): Promise<string> {
  const { rows: tables } = await sql<{ table_name: string }>`
    SELECT DISTINCT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name IN ('organization_id', 'person_id', 'subject_organization_id')
    ORDER BY table_name
  `.execute(db);
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining(['people', 'person_barriers', 'enrolments', 'audit_events', 'timeline_events']),
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const { rows } = await sql<{
      row: string;
    }>`SELECT t::text AS row FROM ${sql.table(table_name)} t`.execute(db);
    parts.push(...rows.map((r) => `${table_name}: ${r.row}`));
  }
  return parts.join('\n');
}

function errorCode(error: unknown): string {
  if (error instanceof AppError) return error.code;
  throw error;
}

describe('sensitive fields at rest', () => {
  it('keeps no clear status, status date, health category or note in any table a dump shows', async () => {
    const personId = await registerSensitivePerson();
    await enrolPerson(deps())(counselor, { programId, personId, intake: { source: 'walk_in' } });
    const dump = await dumpOfPersonalData(database.db);
    expect(dump).toContain(personId);
    for (const secret of [status, statusDate, asylumApplicationDate, healthNote, 'insulin', '"health"']) {
      expect(dump).not.toContain(secret);
    }
    const { rows: barrierRows } = await sql<{ row: string }>`
      SELECT t::text AS row FROM person_barriers t WHERE person_id = ${personId}
    `.execute(database.db);
    expect(barrierRows).toHaveLength(2);
    for (const { row } of barrierRows) {
      expect(row).not.toMatch(/health|housing/);
      expect(row).toContain('enc1.');
    }
    // The evaluation kept with the enrolment opens to what was observed: the status, sealed.
    const enrolment = await database.db
      .selectFrom('enrolments')
      .select(['id', 'eligibility_snapshot', 'eligibility_verdict'])
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(enrolment.eligibility_verdict).toBe('eligible');
    const evaluation = openEligibilitySnapshot(deps().keyRing, enrolment.id, enrolment.eligibility_snapshot);
    expect(evaluation.results[0]!.observed).toEqual({ status });
  });

  it('gives the values back through the file to the roles that may see them, and keeps them on a change', async () => {
    const personId = await registerSensitivePerson('Karim');
    const file = await getPersonFile(deps())(counselor, { personId });
    expect(file.identity).toMatchObject({ immigrationStatus: status, statusDate, asylumApplicationDate });
    expect(file.barriers.map((b) => [b.category, b.note])).toEqual([
      ['health', healthNote],
      ['housing', null],
    ]);
    const hidden = await getPersonFile(deps())(administrator, { personId });
    expect(hidden.identity).toMatchObject({
      immigrationStatus: null,
      statusDate: null,
      asylumApplicationDate: null,
    });
    expect(hidden.barriers.map((b) => b.category)).toEqual(['housing']);
    // A role that may not see the status cannot change it: the sealed value stays as it was.
    const sealedBefore = await sealedStatusOf(personId);
    await updatePerson(deps())(administrator, { personId, givenName: 'Karim', familyName: 'Haddad' });
    expect(await sealedStatusOf(personId)).toBe(sealedBefore);

    await updatePerson(deps())(counselor, {
      personId,
      givenName: 'Karim',
      familyName: 'Haddad',
      immigrationStatus: 'refugee',
      statusDate: '2026-03-01',
    });
    const health = file.barriers.find((b) => b.category === 'health')!;
    await updateBarrier(deps())(counselor, {
      personId,
      itemId: health.id,
      status: 'being_addressed',
      note: 'Autre',
    });
    const after = await getPersonFile(deps())(counselor, { personId });
    expect(after.identity).toMatchObject({
      immigrationStatus: 'refugee',
      statusDate: '2026-03-01',
      asylumApplicationDate: null,
    });
    expect(after.barriers.find((b) => b.id === health.id)).toMatchObject({
      category: 'health',
      status: 'being_addressed',
      note: 'Autre',
    });
  });

  it('filters the caseload by a status it opens, only for roles that may see statuses', async () => {
    const personId = await registerSensitivePerson('Leïla', 'Vorontsova');
    await createPerson(deps())(counselor, {
      identity: { givenName: 'Leïla', familyName: 'Vorontsova', immigrationStatus: 'work_permit' },
    });
    const page = await listCaseload(deps())(counselor, {
      q: 'Leïla Vorontsova',
      immigrationStatus: status,
      page: 1,
      pageSize: 25,
      sort: 'name',
    });
    expect(page.items.map((i) => i.id)).toEqual([personId]);
    expect(page.total).toBe(1);
    const none = await listCaseload(deps())(counselor, {
      immigrationStatus: 'naturalized_citizen',
      page: 1,
      pageSize: 25,
      sort: 'urgency',
    });
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('detects a status or barrier copied onto another row, altered, or relabelled with another key', async () => {
    const victim = await registerSensitivePerson('Samir');
    const source = await registerSensitivePerson('Omar');
    const file = await getPersonFile(deps())(counselor, { personId: victim });
    const original = await database.db
      .selectFrom('people')
      .select('sealed_status')
      .where('id', '=', victim)
      .executeTakeFirstOrThrow();
    const copied = await database.db
      .selectFrom('people')
      .select('sealed_status')
      .where('id', '=', source)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('people')
      .set({ sealed_status: copied.sealed_status })
      .where('id', '=', victim)
      .execute();
    const read = () => getPersonFile(deps())(counselor, { personId: victim }).then(() => 'read', errorCode);
    expect(await read()).toBe('PERSON_DATA_UNREADABLE');
    const [prefix, , nonce, ciphertext] = original.sealed_status!.split('.');
    const relabelled = [prefix, 'another', nonce, ciphertext].join('.');
    await database.db
      .updateTable('people')
      .set({ sealed_status: relabelled })
      .where('id', '=', victim)
      .execute();
    expect(await read()).toBe('PERSON_DATA_UNREADABLE');
    await database.db
      .updateTable('people')
      .set({ sealed_status: original.sealed_status })
      .where('id', '=', victim)
      .execute();
    expect(await read()).toBe('read');

    const barrierId = file.barriers[0]!.id;
    const barrier = await database.db
      .selectFrom('person_barriers')
      .select('sealed_detail')
      .where('id', '=', barrierId)
      .executeTakeFirstOrThrow();
    const flipped = `${barrier.sealed_detail.slice(0, -3)}${barrier.sealed_detail.endsWith('A') ? 'B' : 'A'}${barrier.sealed_detail.slice(-2)}`;
    await database.db
      .updateTable('person_barriers')
      .set({ sealed_detail: flipped })
      .where('id', '=', barrierId)
      .execute();
    expect(await read()).toBe('PERSON_DATA_UNREADABLE');
    // A rotation reports it and leaves it as it is, never re-sealing an altered value as sound.
    const rotating = {
      ...deps(),
      keyRing: parseKeyRingSpec(`${newKeyEntry('knext')},${developmentEncryptionKeys}`),
    };
    const batch = await resealSensitiveFieldsBatch(rotating)(systemContext(), {
      kind: 'barrier',
      batchSize: 1000,
    });
    expect(batch.unreadable).toContain(barrierId);
    const still = await database.db
      .selectFrom('person_barriers')
      .select('sealed_detail')
      .where('id', '=', barrierId)
      .executeTakeFirstOrThrow();
    expect(still.sealed_detail).toBe(flipped);
    await database.db
      .updateTable('person_barriers')
      .set({ sealed_detail: barrier.sealed_detail })
      .where('id', '=', barrierId)
      .execute();
  });

  it('refuses to add a barrier or a status without keys, rather than store them in clear', async () => {
    const noKeys = { ...deps(), keyRing: undefined };
    const refused = await createPerson(noKeys)(counselor, {
      identity: { givenName: 'Nadia', familyName: 'Sans-clé', immigrationStatus: 'refugee' },
    }).then(() => 'stored', errorCode);
    expect(refused).toBe('ENCRYPTION_NOT_CONFIGURED');
    const { id } = await createPerson(noKeys)(counselor, {
      identity: { givenName: 'Nadia', familyName: 'Sans-statut' },
    });
    const barrier = await addPersonItem(noKeys)(counselor, {
      personId: id,
      item: {
        kind: 'barrier',
        data: { category: 'mobility', status: 'identified', identifiedOn: '2026-01-01' },
      },
    }).then(() => 'stored', errorCode);
    expect(barrier).toBe('ENCRYPTION_NOT_CONFIGURED');
  });
});

async function sealedStatusOf(personId: string) {
  const row = await database.db
    .selectFrom('people')
    .select('sealed_status')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return row.sealed_status;
}
