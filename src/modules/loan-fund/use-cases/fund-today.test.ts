import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { closePeriod } from './close-period.js';
import { decideApplication } from './decide-application.js';
import { disburse } from './disburse.js';
import { exportLedger } from './export-ledger.js';
import { fileApplication } from './file-application.js';
import { getLoan } from './get-loan.js';
import { listLoans } from './list-loans.js';
import { personLoans } from './person-loans.js';

/**
 * A fund's dates count from today where its operator works. At 02:00 UTC on 10 March it is still the
 * evening of 9 March in Louisville: a decision taken then is dated the 9th, and a disbursement dated
 * the 9th follows it (it was refused as earlier than a decision dated by UTC's day, the 10th).
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
  await database.db
    .updateTable('organizations')
    .set({ time_zone: 'America/New_York' })
    .where('id', 'in', [scene.lender.id, scene.partner.id])
    .execute();
});
afterAll(() => database.close());

describe("the loan fund's today is its operator's day, not UTC's", () => {
  it('files and decides on the 9th in the Louisville evening, and a disbursement on the 9th follows', async () => {
    const { deps, staff, clock, fundId, productId } = scene;
    clock.set('2026-03-10T02:00:00Z');
    const personId = await scene.givenBorrower('Amina', 'Evening');
    const application = await fileApplication(deps)(staff.counselor, {
      fundId,
      productId,
      personId,
      termMonths: 6,
      costs: [{ purpose: 'exam_fee', description: 'Licensure exam', amountCents: 50_000, payee: 'Board' }],
    });
    expect(application.filedOn).toBe('2026-03-09');
    await expect(
      decideApplication(deps)(staff.coordinator, {
        applicationId: application.id,
        outcome: 'approve',
        approvedCents: 50_000,
        reasons: 'Complete file',
        decidedOn: '2026-03-10',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_IN_FUTURE' });
    const decided = await decideApplication(deps)(staff.coordinator, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: 50_000,
      reasons: 'Complete file',
    });
    expect(decided.decidedOn).toBe('2026-03-09');
    const loan = await disburse(deps)(staff.referent, {
      loanId: decided.loanId as string,
      amountCents: 50_000,
      payeeKind: 'vendor',
      payeeName: 'Board',
      purpose: 'Exam fee',
      paidOn: '2026-03-09',
    });
    expect(loan.status).toBe('active');
    // The books cannot be closed through a day that has not ended there.
    await expect(
      closePeriod(deps)(staff.lenderDirector, { fundId, closedThrough: '2026-03-10' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_IN_FUTURE' });
  });

  it('counts arrears and exports the ledger up to the day in Louisville', async () => {
    const { deps, staff, clock, fundId } = scene;
    clock.set('2026-02-10T15:00:00Z');
    // Paid out on 10 February: the first installment is due on 10 March.
    const { loanId, personId } = await scene.givenActiveLoan({ termMonths: 6 });
    // 03:00 UTC on 11 March is 23:00 on 10 March in Louisville: due today, not yet a day late.
    clock.set('2026-03-11T03:00:00Z');
    const page = await getLoan(deps)(staff.referent, { loanId });
    const row = (await listLoans(deps)(staff.referent, { fundId, page: 1, pageSize: 100 })).items.find(
      (item) => item.id === loanId,
    );
    const onFile = (await personLoans(deps)(staff.counselor, { personId })).loans.find(
      (l) => l.id === loanId,
    );
    for (const view of [page, row, onFile]) expect(view).toMatchObject({ daysPastDue: 0 });
    const ledger = await exportLedger(deps)(staff.referent, { fundId });
    expect(ledger.filename).toMatch(/-2026-03-10\.csv$/);
  });
});
