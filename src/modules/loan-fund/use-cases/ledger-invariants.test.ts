import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { AppError } from '../../../core/errors.js';
import { getLoan } from './get-loan.js';
import { recordPayment } from './record-payment.js';
import { refundCredit } from './refund-credit.js';
import { restructureLoan } from './restructure-loan.js';
import { reversePayment } from './reverse-payment.js';
import { getTrialBalance } from './trial-balance.js';
import { writeOffLoan } from './write-off-loan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  // Interest and a fee, so that allocation has every component to split.
  scene = await givenLoanFundScene(database, { annualRateBps: 900, feeCents: 2_500 });
});
afterAll(() => database.close());

type Command =
  | { kind: 'pay'; cents: number; replay: boolean }
  | { kind: 'reverse'; pick: number }
  | { kind: 'restructure'; term: number }
  | { kind: 'writeOff' }
  | { kind: 'refund'; share: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      cents: fc.integer({ min: 1, max: 90_000 }),
      replay: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('restructure' as const),
      term: fc.integer({ min: 1, max: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'writeOff' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('refund' as const), share: fc.integer({ min: 1, max: 100 }) }),
  },
);

/** Refusals a random sequence may legitimately meet; anything else is a bug. */
const expectedRefusals = new Set([
  'LOAN_NOT_ACTIVE',
  'LOAN_PAYMENT_BEFORE_RESTRUCTURING',
  'LOAN_CREDIT_ALREADY_REFUNDED',
  'LOAN_NOTHING_TO_RESTRUCTURE',
]);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function fromJournal(loanId: string) {
  const { rows } = await sql<{ receivable: number; credit: number; writtenOff: number }>`
    SELECT coalesce(sum(debit_cents - credit_cents) FILTER (WHERE account = 'loans_receivable'), 0)::bigint AS receivable,
           coalesce(sum(credit_cents - debit_cents) FILTER (WHERE account = 'borrower_credit'), 0)::bigint AS credit,
           coalesce((SELECT sum(l2.debit_cents) FROM loan_journal_lines l2 JOIN loan_journal_entries e2 ON e2.id = l2.entry_id
                     WHERE e2.loan_id = ${loanId} AND e2.kind = 'write_off' AND l2.account = 'write_off_expense'), 0)::bigint AS "writtenOff"
    FROM loan_journal_lines WHERE loan_id = ${loanId}`.execute(database.db);
  const row = rows[0];
  return {
    receivable: Number(row?.receivable),
    credit: Number(row?.credit),
    writtenOff: Number(row?.writtenOff),
  };
}

describe('the ledger under random sequences of movements', () => {
  it('always balances, never owes a negative amount, and matches what the API shows', async () => {
    const { deps, staff, fundId } = scene;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const { loanId } = await scene.givenActiveLoan({
          approvedCents: 150_000,
          termMonths: 6,
          paidOn: '2026-02-10',
        });
        let date = '2026-02-11';
        let lastKey: { key: string; cents: number; date: string } | null = null;
        for (const [n, c] of commands.entries()) {
          date = addDays(date, 3);
          const before = await getLoan(deps)(staff.referent, { loanId });
          try {
            if (c.kind === 'pay') {
              const replay: boolean = c.replay && lastKey !== null;
              const key: { key: string; cents: number; date: string } =
                replay && lastKey ? lastKey : { key: `key-${loanId}-${n}`, cents: c.cents, date };
              const result = await recordPayment(deps)(staff.referent, {
                loanId,
                idempotencyKey: key.key,
                amountCents: key.cents,
                receivedOn: key.date,
                method: 'cash',
              });
              if (replay) {
                expect(result.replayed).toBe(true);
                expect(result.payments.length).toBe(before.payments.length);
              }
              lastKey = key;
            } else if (c.kind === 'reverse') {
              const live = before.payments.filter((p) => !p.reversedOn);
              const target = live[c.pick % Math.max(1, live.length)];
              if (target)
                await reversePayment(deps)(staff.referent, {
                  loanId,
                  paymentId: target.id,
                  reason: 'test',
                  reversedOn: date,
                });
            } else if (c.kind === 'restructure') {
              await restructureLoan(deps)(staff.coordinator, {
                loanId,
                termMonths: c.term,
                firstDueOn: addDays(date, 30),
                effectiveOn: date,
                note: 'hardship',
              });
            } else if (c.kind === 'writeOff') {
              await writeOffLoan(deps)(staff.coordinator, {
                loanId,
                writtenOffOn: date,
                reason: 'unreachable',
              });
            } else if (before.creditCents > 0) {
              const cents = Math.max(1, Math.floor((before.creditCents * c.share) / 100));
              await refundCredit(deps)(staff.referent, { loanId, amountCents: cents, refundedOn: date });
            }
          } catch (error) {
            if (!(error instanceof AppError) || !expectedRefusals.has(error.code)) throw error;
          }

          const loan = await getLoan(deps)(staff.referent, { loanId });
          const journal = await fromJournal(loanId);
          expect(loan.outstandingPrincipalCents).toBe(journal.receivable);
          expect(loan.creditCents).toBe(journal.credit);
          expect(loan.outstandingPrincipalCents).toBeGreaterThanOrEqual(0);
          expect(loan.creditCents).toBeGreaterThanOrEqual(0);
          const live = loan.payments.filter((p) => !p.reversedOn);
          for (const p of loan.payments) {
            expect(p.allocations.reduce((sum, a) => sum + a.amountCents, 0)).toBe(p.amountCents);
          }
          const principalRepaid = live
            .flatMap((p) => p.allocations)
            .filter((a) => a.component === 'principal')
            .reduce((sum, a) => sum + a.amountCents, 0);
          expect(principalRepaid + journal.writtenOff + loan.outstandingPrincipalCents).toBe(
            loan.disbursedCents,
          );
          if (loan.status === 'repaid') expect(loan.outstandingPrincipalCents).toBe(0);
          if (loan.status !== 'written_off') {
            expect(loan.schedule.reduce((sum, i) => sum + i.remainingCents, 0)).toBe(
              loan.remainingToPayCents,
            );
          }
        }
        const trial = await getTrialBalance(deps)(staff.referent, { fundId });
        expect(trial.totalDebitCents).toBe(trial.totalCreditCents);
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
