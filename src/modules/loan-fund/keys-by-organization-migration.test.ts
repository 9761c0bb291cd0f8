import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0057 on a fund's books of the version before it: every row takes the fund's operating
 * organization, applications and loans keep the filing organization as `borrower_organization_id`, the
 * journal stays append-only and balanced, and the composite keys refuse a row of another organization.
 * The borrower's processing is restricted: the backfill passes anyway (it changes no data of theirs).
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const operator = id(1);
const partner = id(2);
const person = id(3);
const fund = id(10);
const product = id(11);
const application = id(12);
const loan = id(13);
const schedule = id(14);
const installment = id(15);
const contributionEntry = id(20);
const disbursementEntry = id(21);
const paymentEntry = id(22);
const contribution = id(30);
const disbursement = id(31);
const payment = id(32);
const event = id(33);
const now = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0057_loan_fund_keys_by_organization'));
}, 300_000);
afterAll(() => close());

async function entry(
  entryId: string,
  kind: string,
  lines: [account: string, debit: number, credit: number][],
) {
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO loan_journal_entries (id, fund_id, occurred_on, kind, loan_id, memo, recorded_at)
      VALUES (${entryId}, ${fund}, '2026-01-10', ${kind}, ${kind === 'contribution' ? null : loan}, ${kind}, ${now})`.execute(
      trx,
    );
    for (const [index, [account, debit, credit]] of lines.entries()) {
      await sql`
        INSERT INTO loan_journal_lines (entry_id, line_no, fund_id, occurred_on, account, loan_id, debit_cents, credit_cents)
        VALUES (${entryId}, ${index + 1}, ${fund}, '2026-01-10', ${account},
          ${account === 'loans_receivable' ? loan : null}, ${debit}, ${credit})`.execute(trx);
    }
  });
}

// Migrating to the latest version loads the places reference data: a data load, not a timed assertion.
describe('migration 0057', { timeout: 300_000 }, () => {
  it('keys the fund’s rows by its operator and keeps the filing organization as the borrower’s', async () => {
    for (const [organization, name] of [
      [operator, 'Community Lender'],
      [partner, 'Partner'],
    ]) {
      await sql`
        INSERT INTO organizations (id, name, kind, country, created_at)
        VALUES (${organization}, ${name}, 'lender', 'US', ${now})`.execute(db);
    }
    await sql`
      INSERT INTO people (id, organization_id, given_name, family_name, search_text, created_at, updated_at)
      VALUES (${person}, ${partner}, 'Amina', 'Youssef', 'amina youssef', ${now}, ${now})`.execute(db);
    await sql`
      INSERT INTO loan_funds (id, operator_organization_id, participating_organization_ids, name, currency, created_at)
      VALUES (${fund}, ${operator}, ${[partner]}, 'Fund', 'USD', ${now})`.execute(db);
    await sql`
      INSERT INTO loan_products (id, fund_id, name, max_amount_cents, max_term_months, annual_rate_bps,
        grace_months, origination_fee_cents, eligible_purposes, created_at)
      VALUES (${product}, ${fund}, 'Loan', 300000, 24, 0, 0, 0, ${['exam_fee']}, ${now})`.execute(db);
    await sql`
      INSERT INTO loan_applications (id, fund_id, product_id, organization_id, person_id, borrower_name, reference,
        requested_cents, term_months, costs, status, filed_by, filed_on, filed_at)
      VALUES (${application}, ${fund}, ${product}, ${partner}, ${person}, 'Amina Youssef', '2026-0001',
        100000, 2, '[]'::jsonb, 'approved', ${person}, '2026-01-05', ${now})`.execute(db);
    await sql`
      INSERT INTO loans (id, fund_id, application_id, product_id, organization_id, person_id, borrower_name,
        reference, principal_cents, annual_rate_bps, term_months, grace_months, origination_fee_cents, status,
        approved_on, created_at)
      VALUES (${loan}, ${fund}, ${application}, ${product}, ${partner}, ${person}, 'Amina Youssef', '2026-0001',
        100000, 0, 2, 0, 0, 'active', '2026-01-06', ${now})`.execute(db);
    await entry(contributionEntry, 'contribution', [
      ['fund_cash', 500000, 0],
      ['contributed_capital', 0, 500000],
    ]);
    await entry(disbursementEntry, 'disbursement', [
      ['loans_receivable', 100000, 0],
      ['fund_cash', 0, 100000],
    ]);
    await entry(paymentEntry, 'payment', [
      ['fund_cash', 50000, 0],
      ['loans_receivable', 0, 50000],
    ]);
    await sql`
      INSERT INTO loan_contributions (id, fund_id, kind, contributor, amount_cents, received_on, journal_entry_id, recorded_at)
      VALUES (${contribution}, ${fund}, 'grant', 'Metro', 500000, '2026-01-10', ${contributionEntry}, ${now})`.execute(
      db,
    );
    await sql`
      INSERT INTO loan_schedules (id, loan_id, version, reason, effective_on, principal_cents, annual_rate_bps,
        term_months, created_at)
      VALUES (${schedule}, ${loan}, 1, 'initial', '2026-01-10', 100000, 0, 2, ${now})`.execute(db);
    await sql`
      INSERT INTO loan_installments (id, schedule_id, loan_id, number, due_on, principal_cents, interest_cents, fee_cents)
      VALUES (${installment}, ${schedule}, ${loan}, 1, '2026-02-10', 50000, 0, 0)`.execute(db);
    await sql`
      INSERT INTO loan_disbursements (id, loan_id, tranche, amount_cents, payee_kind, payee_name, purpose, paid_on,
        journal_entry_id, recorded_at)
      VALUES (${disbursement}, ${loan}, 1, 100000, 'borrower', 'Amina Youssef', 'exam_fee', '2026-01-10',
        ${disbursementEntry}, ${now})`.execute(db);
    await sql`
      INSERT INTO loan_payments (id, loan_id, idempotency_key, amount_cents, received_on, method, journal_entry_id, recorded_at)
      VALUES (${payment}, ${loan}, 'key-1', 50000, '2026-01-10', 'cash', ${paymentEntry}, ${now})`.execute(
      db,
    );
    await sql`
      INSERT INTO loan_allocations (payment_id, line_no, loan_id, installment_id, component, amount_cents)
      VALUES (${payment}, 1, ${loan}, ${installment}, 'principal', 50000)`.execute(db);
    await sql`
      INSERT INTO loan_events (id, loan_id, occurred_on, kind, recorded_at)
      VALUES (${event}, ${loan}, '2026-01-10', 'disbursed', ${now})`.execute(db);
    await sql`
      INSERT INTO person_privacy (person_id, organization_id, restricted_at, restricted_by, restriction_reason)
      VALUES (${person}, ${partner}, ${now}, ${person}, 'contested')`.execute(db);

    await migrateToLatest(db);

    const tables = [
      'loan_funds',
      'loan_products',
      'loan_contributions',
      'loan_journal_entries',
      'loan_journal_lines',
      'loan_applications',
      'loans',
      'loan_schedules',
      'loan_installments',
      'loan_disbursements',
      'loan_payments',
      'loan_allocations',
      'loan_events',
    ];
    for (const table of tables) {
      const { rows } = await sql<{ organization_id: string }>`
        SELECT DISTINCT organization_id FROM ${sql.table(table)}`.execute(db);
      expect({ table, organizations: rows.map((r) => r.organization_id) }).toEqual({
        table,
        organizations: [operator],
      });
    }
    for (const table of ['loan_applications', 'loans']) {
      const { rows } = await sql<{ borrower_organization_id: string; person_id: string }>`
        SELECT borrower_organization_id, person_id FROM ${sql.table(table)}`.execute(db);
      expect(rows).toEqual([{ borrower_organization_id: partner, person_id: person }]);
    }
    const { rows: lines } = await sql<{ entry_id: string; account: string; debit_cents: string }>`
      SELECT entry_id, account, debit_cents::text FROM loan_journal_lines ORDER BY entry_id, line_no`.execute(
      db,
    );
    expect(lines).toHaveLength(6);
    expect(lines[2]).toEqual({
      entry_id: disbursementEntry,
      account: 'loans_receivable',
      debit_cents: '100000',
    });

    // Still append-only, still guarded for the restricted borrower.
    await expect(sql`UPDATE loan_journal_lines SET debit_cents = debit_cents`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`UPDATE loan_journal_entries SET memo = 'changed'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`UPDATE loan_applications SET borrower_name = 'Someone'`.execute(db)).rejects.toThrow(
      /PERSON_PROCESSING_RESTRICTED/,
    );

    // A row of the fund's books cannot name another organization than its parent's.
    await expect(
      sql`
        INSERT INTO loan_events (id, organization_id, loan_id, occurred_on, kind, recorded_at)
        VALUES (${id(40)}, ${partner}, ${loan}, '2026-01-11', 'note', ${now})`.execute(db),
    ).rejects.toThrow(/foreign key/);
    // The journal's triggers read the entry by its organization: an unbalanced entry is still refused.
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`
          INSERT INTO loan_journal_entries (id, organization_id, fund_id, occurred_on, kind, memo, recorded_at)
          VALUES (${id(41)}, ${operator}, ${fund}, '2026-01-12', 'contribution', 'unbalanced', ${now})`.execute(
          trx,
        );
        await sql`
          INSERT INTO loan_journal_lines (entry_id, line_no, organization_id, fund_id, occurred_on, account, debit_cents, credit_cents)
          VALUES (${id(41)}, 1, ${operator}, ${fund}, '2026-01-12', 'fund_cash', 100, 0)`.execute(trx);
      }),
    ).rejects.toThrow(/does not balance/);
  });
});
