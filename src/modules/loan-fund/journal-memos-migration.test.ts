import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0031 on a database of the version before it: memos written with a payee's name or a free
 * reason lose them, other memos and every amount stay, and the journal is append-only again after.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const fundId = '01900000-0000-7000-8000-000000000101';
const organizationId = '01900000-0000-7000-8000-000000000102';

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0031_journal_memos_without_names'));
}, 300_000);
afterAll(() => close());

// Migrating to the latest version loads the places reference data: a data load, not a timed assertion.
describe('migration 0031', { timeout: 300_000 }, () => {
  it('removes names and reasons from journal memos, keeps the rest, and leaves the journal append-only', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    await sql`
      INSERT INTO loan_funds (id, operator_organization_id, name, currency, created_at)
      VALUES (${fundId}, ${organizationId}, 'Fund', 'USD', ${now})`.execute(db);
    const memos = [
      'LOU-2019-001 tranche 1: Amina Youssef',
      'LOU-2019-001 tranche 2: Kentucky Board of Nursing',
      'LOU-2019-001 reversal: cheque returned by Amina’s bank',
      'LOU-2019-002 write-off: moved back to Syria after her mother died',
      'LOU-2019-001 payment (cash)',
      'capital: Louisville Metro Government',
    ];
    for (const [index, memo] of memos.entries()) {
      await sql`
        INSERT INTO loan_journal_entries (id, fund_id, occurred_on, kind, memo, recorded_at)
        VALUES (${`01900000-0000-7000-8000-00000000020${index}`}, ${fundId}, '2020-01-01', 'test', ${memo}, ${now})`.execute(
        db,
      );
    }

    await migrateToLatest(db);

    const { rows } = await sql<{ memo: string }>`
      SELECT memo FROM loan_journal_entries ORDER BY sequence`.execute(db);
    expect(rows.map((r) => r.memo)).toEqual([
      'LOU-2019-001 tranche 1',
      'LOU-2019-001 tranche 2',
      'LOU-2019-001 payment reversed',
      'LOU-2019-002 write-off',
      'LOU-2019-001 payment (cash)',
      'capital: Louisville Metro Government',
    ]);
    await expect(sql`UPDATE loan_journal_entries SET memo = 'changed'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
  });
});
