import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { AppError } from '../../../core/errors.js';
import { dashboardFromProjection } from '../adapters/dashboard-repository.js';
import { decideApplication } from './decide-application.js';
import { fileApplication } from './file-application.js';
import { fromRecords, fundDashboard } from './fund-dashboard.js';
import { getLoan } from './get-loan.js';
import { recordPayment } from './record-payment.js';
import { refundCredit } from './refund-credit.js';
import { restructureLoan } from './restructure-loan.js';
import { reversePayment } from './reverse-payment.js';
import { writeOffLoan } from './write-off-loan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
let approvedOnly = 0;
/** The latest day written so far; the scene's today is 1 June 2026. */
let lastDay = '2026-02-05';
beforeAll(async () => {
  database = await createTestDatabase();
  // Interest and a fee, so that installments and allocations have every component.
  scene = await givenLoanFundScene(database, { annualRateBps: 900, feeCents: 2_500 });
});
afterAll(() => database.close());

type Command =
  | { kind: 'pay'; loan: number; cents: number }
  | { kind: 'reverse'; loan: number; pick: number }
  | { kind: 'restructure'; loan: number; term: number }
  | { kind: 'writeOff'; loan: number }
  | { kind: 'refund'; loan: number; share: number }
  | { kind: 'approveOnly' };

const loan = fc.nat({ max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      loan,
      cents: fc.integer({ min: 1, max: 90_000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), loan, pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('restructure' as const),
      loan,
      term: fc.integer({ min: 1, max: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('writeOff' as const), loan }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      loan,
      share: fc.integer({ min: 1, max: 100 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'approveOnly' as const }) },
);

/** Refusals a random sequence may legitimately meet; anything else is a bug. */
const expectedRefusals = new Set([
  'LOAN_NOT_ACTIVE',
  'LOAN_PAYMENT_BEFORE_RESTRUCTURING',
  'LOAN_CREDIT_ALREADY_REFUNDED',
  'LOAN_NOTHING_TO_RESTRUCTURE',
]);

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const byMonthAndAccount = <T extends { month: string; account: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.month}${a.account}`.localeCompare(`${b.month}${b.account}`));

describe('the fund dashboard read from its projections', () => {
  it('gives exactly the figures the records give, after random movements, on every later report date', async () => {
    const { deps, staff, fundId, productId } = scene;
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 400 }),
        async (commands, later) => {
          // Three new loans paid out on the days after the previous run's last movement, then the
          // movements a day apart: the fund's books keep every run's loans, in date order.
          const loans: string[] = [];
          for (const [approvedCents, termMonths] of [
            [150_000, 6],
            [90_000, 3],
            [240_000, 12],
          ] as const) {
            lastDay = addDays(lastDay, 1);
            loans.push((await scene.givenActiveLoan({ approvedCents, termMonths, paidOn: lastDay })).loanId);
          }
          const paidOutOn = lastDay;
          let date = lastDay;
          for (const [n, c] of commands.entries()) {
            date = addDays(date, 1);
            const loanId = 'loan' in c ? (loans[c.loan] as string) : '';
            try {
              if (c.kind === 'pay') {
                await recordPayment(deps)(staff.referent, {
                  loanId,
                  idempotencyKey: `projection-${loanId}-${n}`,
                  amountCents: c.cents,
                  receivedOn: date,
                  method: 'cash',
                });
              } else if (c.kind === 'reverse') {
                const live = (await getLoan(deps)(staff.referent, { loanId })).payments.filter(
                  (p) => !p.reversedOn,
                );
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
              } else if (c.kind === 'refund') {
                const { creditCents } = await getLoan(deps)(staff.referent, { loanId });
                if (creditCents > 0)
                  await refundCredit(deps)(staff.referent, {
                    loanId,
                    amountCents: Math.max(1, Math.floor((creditCents * c.share) / 100)),
                    refundedOn: date,
                  });
              } else {
                // Approved, never paid out: counted as approved, with nothing lent.
                approvedOnly += 1;
                const personId = await scene.givenBorrower(`Approved${approvedOnly}`, 'Only');
                const application = await fileApplication(deps)(staff.counselor, {
                  fundId,
                  productId,
                  personId,
                  termMonths: 6,
                  costs: [{ purpose: 'exam_fee', description: 'Exam', amountCents: 50_000, payee: 'Board' }],
                  filedOn: date,
                });
                await decideApplication(deps)(staff.coordinator, {
                  applicationId: application.id,
                  outcome: 'approve',
                  approvedCents: 50_000,
                  reasons: 'Complete file',
                  decidedOn: date,
                });
              }
            } catch (error) {
              if (!(error instanceof AppError) || !expectedRefusals.has(error.code)) throw error;
            }
          }

          lastDay = date;
          // On the last movement's day and any later day, the projections hold and equal the records.
          for (const asOf of [date, addDays(date, later), '2026-06-01']) {
            if (asOf < date) continue;
            const projected = await dashboardFromProjection(database.db, fundId, asOf);
            const recorded = await fromRecords(database.db, fundId, asOf);
            expect(projected).not.toBeNull();
            expect(projected?.figures).toEqual(recorded.figures);
            expect(byMonthAndAccount(projected?.monthly ?? [])).toEqual(byMonthAndAccount(recorded.monthly));
          }
          // Before the last loan was paid out, they do not hold: the dashboard reads the records.
          const before = addDays(paidOutOn, -1);
          expect(await dashboardFromProjection(database.db, fundId, before)).toBeNull();
          const earlier = await fundDashboard(deps)(staff.coordinator, { fundId, asOf: before });
          const { figures } = await fromRecords(database.db, fundId, before);
          expect(earlier).toMatchObject(figures);
        },
      ),
      { numRuns: 8 },
    );
  }, 600_000);
});
