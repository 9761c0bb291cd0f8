import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../../test/support/empty-database.js';
import { developmentEncryptionKeys } from '../../../core/config.js';
import { parseKeyRingSpec } from '../../../core/crypto/key-ring.js';
import { migrateToLatest } from '../../../core/db/migrate.js';
import type { Db } from '../../../core/db/types.js';
import { openEligibilitySnapshot } from '../../programs/use-cases/eligibility-snapshot.js';
import { peopleRepository } from '../adapters/people-repository.js';

/**
 * Migration 0029 on a database of the version before it, on the engine the suite runs on: the clear
 * values are sealed (restricted people included), the clear columns are gone, and what the people and
 * programs modules open is what was there.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const ids = {
  organization: '01900000-0000-7000-8000-000000000001',
  program: '01900000-0000-7000-8000-000000000002',
  refugee: '01900000-0000-7000-8000-000000000003',
  unknown: '01900000-0000-7000-8000-000000000004',
  restricted: '01900000-0000-7000-8000-000000000005',
  health: '01900000-0000-7000-8000-000000000006',
  housing: '01900000-0000-7000-8000-000000000007',
  enrolment: '01900000-0000-7000-8000-000000000008',
};

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0029_seal_sensitive_person_fields'));
}, 300_000);
afterAll(() => close());

// Migrating to the latest version loads the places reference data: a data load, not a timed assertion.
describe('migration 0029', { timeout: 300_000 }, () => {
  it('seals the statuses, barriers and evaluations stored in clear, then drops the clear columns', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const person = (
      id: string,
      status: string | null,
      statusDate: string | null,
      asylum: string | null,
    ) => sql`
      INSERT INTO people (id, organization_id, given_name, family_name, immigration_status, status_date,
                          asylum_application_date, search_text, created_at, updated_at)
      VALUES (${id}, ${ids.organization}, 'Test', 'Person', ${status}, ${statusDate}, ${asylum}, 'test person',
              ${now}, ${now})`;
    await person(ids.refugee, 'refugee', '2021-06-01', '2020-01-15').execute(db);
    await person(ids.unknown, null, null, null).execute(db);
    await person(ids.restricted, 'asylum_seeker', null, '2025-09-09').execute(db);
    const barrier = (id: string, category: string, note: string | null) => sql`
      INSERT INTO person_barriers (id, organization_id, person_id, category, status, identified_on, note, created_at)
      VALUES (${id}, ${ids.organization}, ${ids.restricted}, ${category}, 'identified', '2025-10-01', ${note}, ${now})`;
    await barrier(ids.health, 'health', 'Rendez-vous en psychiatrie').execute(db);
    await barrier(ids.housing, 'housing', null).execute(db);
    await sql`
      INSERT INTO programs (id, organization_id, code, name_fr, name_en, counting_unit, status, created_at, updated_at)
      VALUES (${ids.program}, ${ids.organization}, 'P', 'P', 'P', 'person', 'active', ${now}, ${now})`.execute(
      db,
    );
    const snapshot = {
      verdict: 'eligible',
      onDate: '2025-10-02',
      results: [
        {
          rule: { kind: 'allowedStatuses', statuses: ['asylum_seeker'] },
          outcome: 'passed',
          observed: { status: 'asylum_seeker' },
        },
      ],
    };
    await sql`
      INSERT INTO enrolments (id, organization_id, program_id, person_id, status, enrolled_on, intake_source,
                              eligibility_verdict, eligibility_snapshot, created_at)
      VALUES (${ids.enrolment}, ${ids.organization}, ${ids.program}, ${ids.restricted}, 'enrolled', '2025-10-02',
              'walk_in', 'eligible', ${JSON.stringify(snapshot)}::jsonb, ${now})`.execute(db);
    // A person whose processing is restricted (GDPR art. 18), when that guard exists: sealed all the same.
    const { rows: guard } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'person_privacy'`.execute(
      db,
    );
    if (Number(guard[0]!.n) > 0) {
      await sql`
        INSERT INTO person_privacy (person_id, organization_id, restricted_at, restricted_by)
        VALUES (${ids.restricted}, ${ids.organization}, ${now}, ${ids.organization})`.execute(db);
    }

    await migrateToLatest(db);

    const { rows: columns } = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_name IN ('people', 'person_barriers') AND table_schema = 'public'`.execute(db);
    const names0029 = columns.map((c) => c.column_name);
    expect(names0029).toEqual(expect.arrayContaining(['sealed_status', 'sealed_detail']));
    for (const gone of ['immigration_status', 'status_date', 'asylum_application_date', 'category', 'note']) {
      expect(names0029).not.toContain(gone);
    }
    const { rows: dump } = await sql<{ row: string }>`
      SELECT t::text AS row FROM people t UNION ALL SELECT t::text FROM person_barriers t
      UNION ALL SELECT t::text FROM enrolments t`.execute(db);
    const text = dump.map((r) => r.row).join('\n');
    for (const secret of ['refugee', 'asylum_seeker', '2021-06-01', '2020-01-15', 'health', 'psychiatrie']) {
      expect(text).not.toContain(secret);
    }

    const keyRing = parseKeyRingSpec(developmentEncryptionKeys);
    const repo = peopleRepository(db as Db, keyRing);
    const read = async (id: string) => repo.statusOf((await repo.findPerson(id, ids.organization))!);
    expect(await read(ids.refugee)).toEqual({
      immigrationStatus: 'refugee',
      statusDate: '2021-06-01',
      asylumApplicationDate: '2020-01-15',
    });
    expect(await read(ids.unknown)).toEqual({
      immigrationStatus: null,
      statusDate: null,
      asylumApplicationDate: null,
    });
    expect((await repo.findPerson(ids.unknown, ids.organization))!.sealedStatus).toBeNull();
    expect(await read(ids.restricted)).toMatchObject({ immigrationStatus: 'asylum_seeker' });
    const items = await repo.items(ids.restricted);
    expect(items.barriers.map((b) => [b.id, b.category, b.note]).sort()).toEqual([
      [ids.health, 'health', 'Rendez-vous en psychiatrie'],
      [ids.housing, 'housing', null],
    ]);
    const enrolment = await (db as Db)
      .selectFrom('enrolments')
      .select('eligibility_snapshot')
      .where('id', '=', ids.enrolment)
      .executeTakeFirstOrThrow();
    expect(openEligibilitySnapshot(keyRing, ids.enrolment, enrolment.eligibility_snapshot)).toEqual(snapshot);
  }, 600_000);
});
