import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0095 on a database of the version before it: the fund's totals are added up from the
 * positions already there — what fell due and was paid on each day, the loans by shown status, oldest
 * unpaid day and year, and each year's borrowers counted once.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const organization = '01900000-0000-7000-8000-000000000951';
const fund = '01900000-0000-7000-8000-000000000952';
const borrower = '01900000-0000-7000-8000-000000000953';
const other = '01900000-0000-7000-8000-000000000954';
const loans = [
  '01900000-0000-7000-8000-000000000955',
  '01900000-0000-7000-8000-000000000956',
  '01900000-0000-7000-8000-000000000957',
];

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0095_loan_fund_totals'));
}, 300_000);
afterAll(() => close());

describe('migration 0095', { timeout: 300_000 }, () => {
  it("adds up the fund's totals from the positions already there", async () => {
    const position = (
      loan: string,
      person: string,
      status: string,
      disbursedOn: string | null,
      schedule: [dates: string, due: string, paid: string],
      firstUnpaidOn: string | null,
    ) => sql`
      INSERT INTO loan_fund_positions VALUES (${organization}, ${fund}, ${loan}, ${person}, ${status}, NULL,
        ${disbursedOn}, ${disbursedOn ? 90_000 : 0}, ${disbursedOn ? 60_000 : 0}, ${schedule[0]}::date[],
        ${schedule[1]}::bigint[], ${schedule[2]}::bigint[], ${firstUnpaidOn}, '2026-03-01')`;
    // One borrower's two loans of 2026, both with an installment due on 1 March; an approved loan.
    await position(
      loans[0]!,
      borrower,
      'active',
      '2026-01-10',
      ['{2026-02-01,2026-03-01}', '{30000,60000}', '{30000,40000}'],
      '2026-03-01',
    ).execute(db);
    await position(
      loans[1]!,
      borrower,
      'active',
      '2026-01-20',
      ['{2026-03-01}', '{45000}', '{0}'],
      '2026-03-01',
    ).execute(db);
    await position(loans[2]!, other, 'approved', null, ['{}', '{}', '{}'], null).execute(db);

    await migrateToLatest(db);

    const days = await sql`
      SELECT due_on::text, due_cents::int, paid_cents::int FROM loan_fund_due_days ORDER BY due_on`.execute(
      db,
    );
    expect(days.rows).toEqual([
      { due_on: '2026-02-01', due_cents: 30_000, paid_cents: 30_000 },
      { due_on: '2026-03-01', due_cents: 75_000, paid_cents: 10_000 },
    ]);
    const groups = await sql`
      SELECT status, first_unpaid_on::text, first_disbursed_year, loans, disbursed_cents::int,
             receivable_cents::int
      FROM loan_fund_position_groups ORDER BY status`.execute(db);
    expect(groups.rows).toEqual([
      {
        status: 'active',
        first_unpaid_on: '2026-03-01',
        first_disbursed_year: 2026,
        loans: 2,
        disbursed_cents: 180_000,
        receivable_cents: 120_000,
      },
      {
        status: 'approved',
        first_unpaid_on: 'infinity',
        first_disbursed_year: 0,
        loans: 1,
        disbursed_cents: 0,
        receivable_cents: 0,
      },
    ]);
    const borrowers = await sql`
      SELECT year, person_id::text, loans FROM loan_fund_year_borrowers`.execute(db);
    expect(borrowers.rows).toEqual([{ year: 2026, person_id: borrower, loans: 2 }]);
  });
});
