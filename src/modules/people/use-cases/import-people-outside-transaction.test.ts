import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Db } from '../../../core/db/types.js';
import { importEnrolments } from '../../programs/api.js';
import { createPerson } from './create-person.js';
import { importPeople } from './import-people.js';
import { importScoring } from './import-people-duplicates.js';

/**
 * The duplicate rule's work on a large file outlasted PostgreSQL's idle-in-transaction timeout on a
 * saturated server, and the preview failed. Here the import notes whether a transaction is open each
 * time it starts scoring, and the first time stalls longer than the (shortened) timeout: on the server
 * engine a transaction left idle that long is ended by the server and the preview fails.
 */
const seen = { openTransactions: 0, scoredInTransaction: 0, scored: 0, stallMs: 0 };

beforeAll(() => {
  importScoring.starts = () => {
    seen.scored += 1;
    if (seen.openTransactions > 0) seen.scoredInTransaction += 1;
    if (seen.stallMs > 0) {
      // Blocks the process as a long scoring on a loaded machine does: no statement is sent meanwhile.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seen.stallMs);
      seen.stallMs = 0;
    }
  };
});
afterAll(() => {
  importScoring.starts = null;
});

const idleTimeoutMs = 700;

/** The database, counting the transactions open; on the server, each leaves a transaction idle briefly only. */
function watched(database: TestDatabase): Db {
  return new Proxy(database.db, {
    get(target, property) {
      if (property === 'transaction')
        return () => ({
          execute: <T>(
            work: (trx: Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0]) => Promise<T>,
          ) =>
            target.transaction().execute(async (trx) => {
              seen.openTransactions += 1;
              try {
                if (database.engine === 'postgres')
                  await sql`SELECT set_config('idle_in_transaction_session_timeout', ${String(idleTimeoutMs)}, true)`.execute(
                    trx,
                  );
                return await work(trx);
              } finally {
                seen.openTransactions -= 1;
              }
            }),
        });
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Db;
}

let database: TestDatabase;
let counselor: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const organizationId = (await givenOrganization(database.db, { name: 'SIAE Mérignac' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  await createPerson(testDeps(database))(counselor, {
    identity: { givenName: 'Mohammed', familyName: 'Youssef', birthDate: '1991-04-07' } as never,
  });
});
afterAll(() => database.close());

const file = Buffer.from(
  [
    'Prénom;Nom;Date de naissance',
    'Muhammad;Yusuf;1991-07-04',
    'Amina;Haddad;1994-05-12',
    'Amina;Hadad;1994-05-12',
  ].join('\r\n'),
);

describe('the import preview under a short idle-in-transaction timeout', () => {
  it('scores the duplicates with no transaction open, and still audits the preview', async () => {
    Object.assign(seen, { scoredInTransaction: 0, scored: 0, stallMs: idleTimeoutMs * 2 });
    const deps = { ...testDeps(database), db: watched(database) };
    const report = await importPeople(importEnrolments)(deps)(counselor, {
      content: file,
      declaredMediaType: 'text/csv',
      dryRun: true,
    });
    expect(seen.scored).toBeGreaterThan(0);
    expect(seen.scoredInTransaction).toBe(0);
    expect(report.rows[0]?.duplicates.organization.map((c) => c.familyName)).toEqual(['Youssef']);
    expect(report.rows[1]?.duplicates.inFile.map((d) => d.row)).toEqual([4]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('actor_user_id', '=', counselor.actor.userId)
      .where('action', '=', 'person.import_preview')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]?.details).toMatchObject({ rows: 3, possibleDuplicates: 3 });
  });

  it('imports in one transaction after scoring the file’s own pairs outside it', async () => {
    Object.assign(seen, { scoredInTransaction: 0, scored: 0, stallMs: idleTimeoutMs * 2 });
    const deps = { ...testDeps(database), db: watched(database) };
    const report = await importPeople(importEnrolments)(deps)(counselor, {
      content: file,
      declaredMediaType: 'text/csv',
      dryRun: false,
    });
    expect(report.summary.created).toBe(3);
    expect(seen.scoredInTransaction).toBe(0);
  });
});
