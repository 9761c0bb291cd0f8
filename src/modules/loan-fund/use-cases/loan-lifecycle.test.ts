import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { decideApplication } from './decide-application.js';
import { disburse } from './disburse.js';
import { exportLedger } from './export-ledger.js';
import { fileApplication } from './file-application.js';
import { fundDashboard } from './fund-dashboard.js';
import { getLoan } from './get-loan.js';
import { recordPayment } from './record-payment.js';
import { reversePayment } from './reverse-payment.js';
import { getTrialBalance } from './trial-balance.js';
import { writeOffLoan } from './write-off-loan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

describe('a loan from application to repayment', () => {
  it('files $2,400, approves $2,000, pays the exam board, collects three installments (one late), and agrees to the cent', async () => {
    const { deps, staff, fundId, productId } = scene;
    const personId = await scene.givenBorrower('Amal', 'Nasser');
    const application = await fileApplication(deps)(staff.counselor, {
      fundId,
      productId,
      personId,
      termMonths: 3,
      costs: [
        {
          purpose: 'exam_fee',
          description: 'NCLEX-RN exam',
          amountCents: 20_000,
          payee: 'Kentucky Board of Nursing',
        },
        {
          purpose: 'course',
          description: 'NCLEX review course',
          amountCents: 220_000,
          payee: 'Review School',
        },
      ],
      filedOn: '2026-02-02',
    });
    expect(application).toMatchObject({
      status: 'submitted',
      requestedCents: 240_000,
      borrowerName: 'Amal Nasser',
    });

    await expect(
      decideApplication(deps)(staff.counselor, {
        applicationId: application.id,
        outcome: 'approve',
        approvedCents: 200_000,
        reasons: 'x',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_ACTION_NOT_ALLOWED' });
    const decided = await decideApplication(deps)(staff.coordinator, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: 200_000,
      reasons: 'Review course covered in part by a scholarship',
      committeeMembers: ['A. Member', 'B. Member'],
      decidedOn: '2026-02-05',
    });
    expect(decided).toMatchObject({
      status: 'approved',
      approvedCents: 200_000,
      decidedByName: staff.coordinator.actor.displayName,
    });
    const loanId = decided.loanId as string;

    const paidOut = await disburse(deps)(staff.referent, {
      loanId,
      amountCents: 200_000,
      payeeKind: 'vendor',
      payeeName: 'Kentucky Board of Nursing',
      purpose: 'Exam and review course',
      paidOn: '2026-02-10',
    });
    expect(paidOut.status).toBe('active');
    expect(paidOut.schedule.map((i) => [i.dueOn, i.totalCents])).toEqual([
      ['2026-03-10', 66_666],
      ['2026-04-10', 66_666],
      ['2026-05-10', 66_668],
    ]);

    const pay = (key: string, amountCents: number, receivedOn: string) =>
      recordPayment(deps)(staff.referent, {
        loanId,
        idempotencyKey: key,
        amountCents,
        receivedOn,
        method: 'check',
      });
    await pay('payment-0001', 66_666, '2026-03-09');
    const late = await pay('payment-0002', 66_666, '2026-04-28');
    expect(late.payments.at(-1)?.allocations).toEqual([
      { installmentNumber: 2, component: 'principal', amountCents: 66_666 },
    ]);
    const last = await pay('payment-0003', 66_668, '2026-05-10');
    expect(last).toMatchObject({
      status: 'repaid',
      outstandingPrincipalCents: 0,
      remainingToPayCents: 0,
      closedOn: '2026-05-10',
    });

    const loan = await getLoan(deps)(staff.counselor, { loanId });
    const paidOnSchedule = loan.schedule.reduce((sum, i) => sum + i.paidCents, 0);
    const payments = loan.payments.reduce((sum, p) => sum + p.amountCents, 0);
    expect(paidOnSchedule).toBe(200_000);
    expect(payments).toBe(200_000);
    expect(loan.disbursedCents).toBe(200_000);

    const dashboard = await fundDashboard(deps)(staff.coordinator, { fundId, asOf: '2026-06-01' });
    const balance = await getTrialBalance(deps)(staff.referent, { fundId, asOf: '2026-06-01' });
    expect(balance.totalDebitCents).toBe(balance.totalCreditCents);
    expect(dashboard.cashCents).toBe(balance.accounts.find((a) => a.account === 'fund_cash')?.balanceCents);
    expect(dashboard.amountLentCents).toBe(200_000);
    expect(dashboard.loansByStatus.repaid).toBe(1);
    expect(dashboard.loansRepaidRate).toMatchObject({ numerator: 1, denominator: 1 });
    // The late installment was paid before the report date: every cent due was repaid.
    expect(dashboard.repaymentRate).toMatchObject({ numerator: 200_000, denominator: 200_000, rate: 1 });
  });

  it('refuses what the product or the fund cannot do, with a reason a person can act on', async () => {
    const { deps, staff, fundId, productId } = scene;
    const personId = await scene.givenBorrower();
    const file = (
      costs: { purpose: 'exam_fee' | 'tools_equipment'; amountCents: number }[],
      termMonths = 6,
    ) =>
      fileApplication(deps)(staff.counselor, {
        fundId,
        productId,
        personId,
        termMonths,
        costs: costs.map((c) => ({ ...c, description: 'cost' })),
      });
    await expect(file([{ purpose: 'exam_fee', amountCents: 300_001 }])).rejects.toMatchObject({
      code: 'LOAN_AMOUNT_ABOVE_MAXIMUM',
    });
    await expect(file([{ purpose: 'exam_fee', amountCents: 1000 }], 25)).rejects.toMatchObject({
      code: 'LOAN_TERM_ABOVE_MAXIMUM',
    });
    await expect(file([{ purpose: 'tools_equipment', amountCents: 1000 }])).rejects.toMatchObject({
      code: 'LOAN_PURPOSE_NOT_COVERED',
    });
    await expect(
      fileApplication(deps)(staff.outsiderCounselor, {
        fundId,
        productId,
        personId,
        termMonths: 6,
        costs: [{ purpose: 'exam_fee', description: 'x', amountCents: 100 }],
      }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_NOT_FOUND' });
  });

  it('asks for the consent to share the file with the lender before filing', async () => {
    const { deps, staff, fundId, productId } = scene;
    const { createPerson } = await import('../../people/use-cases/create-person.js');
    const person = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'No', familyName: 'Consent' },
    });
    await expect(
      fileApplication(deps)(staff.counselor, {
        fundId,
        productId,
        personId: person.id,
        termMonths: 6,
        costs: [{ purpose: 'exam_fee', description: 'x', amountCents: 100 }],
      }),
    ).rejects.toMatchObject({ code: 'CONSENT_REQUIRED', params: { operator: 'Community Lender' } });
  });

  it('lets nobody decide their own application, and decides only once', async () => {
    const { deps, staff, fundId, productId } = scene;
    const personId = await scene.givenBorrower();
    const application = await fileApplication(deps)(staff.coordinator, {
      fundId,
      productId,
      personId,
      termMonths: 6,
      costs: [{ purpose: 'rent', description: 'Two months of rent', amountCents: 150_000 }],
    });
    await expect(
      decideApplication(deps)(staff.coordinator, {
        applicationId: application.id,
        outcome: 'decline',
        reasons: 'no',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DECIDER_IS_FILER' });
    await decideApplication(deps)(staff.lenderDirector, {
      applicationId: application.id,
      outcome: 'decline',
      reasons: 'Budget exhausted',
    });
    await expect(
      decideApplication(deps)(staff.lenderDirector, {
        applicationId: application.id,
        outcome: 'approve',
        approvedCents: 1,
        reasons: 'x',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_APPLICATION_ALREADY_DECIDED' });
  });

  it('never pays out more than approved nor more cash than the fund holds', async () => {
    const { deps, staff } = scene;
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 100_000 });
    await expect(
      disburse(deps)(staff.referent, {
        loanId,
        amountCents: 1,
        payeeKind: 'borrower',
        payeeName: 'B',
        purpose: 'p',
        paidOn: '2026-02-11',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DISBURSEMENT_ABOVE_PRINCIPAL' });
    await expect(getLoan(deps)(staff.outsiderCoordinator, { loanId })).rejects.toMatchObject({
      code: 'LOAN_NOT_FOUND',
    });
  });

  it('pays out in two tranches: the schedule covers the whole loan, principal is owed only once paid out', async () => {
    const { deps, staff, fundId, productId } = scene;
    const personId = await scene.givenBorrower('Oleksandr', 'Kovalenko');
    const application = await fileApplication(deps)(staff.counselor, {
      fundId,
      productId,
      personId,
      termMonths: 2,
      costs: [
        { purpose: 'course', description: 'Term 1', amountCents: 100_000, payee: 'College' },
        { purpose: 'course', description: 'Term 2', amountCents: 100_000, payee: 'College' },
      ],
      filedOn: '2026-03-01',
    });
    const { loanId } = await decideApplication(deps)(staff.coordinator, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: 200_000,
      reasons: 'Two terms',
      decidedOn: '2026-03-02',
    });
    const tranche = (amountCents: number, paidOn: string) =>
      disburse(deps)(staff.referent, {
        loanId: loanId as string,
        amountCents,
        payeeKind: 'vendor',
        payeeName: 'College',
        purpose: 'Term',
        paidOn,
      });
    const first = await tranche(100_000, '2026-03-03');
    expect(first.schedule.map((i) => i.totalCents)).toEqual([100_000, 100_000]);
    // Paying the whole schedule before the second term is paid out: only what was lent is owed.
    const paid = await recordPayment(deps)(staff.referent, {
      loanId: loanId as string,
      idempotencyKey: 'tranche-pay-0001',
      amountCents: 150_000,
      receivedOn: '2026-03-10',
      method: 'bank_transfer',
    });
    expect(paid).toMatchObject({ outstandingPrincipalCents: 0, creditCents: 50_000, status: 'active' });
    const second = await tranche(100_000, '2026-03-15');
    expect(second).toMatchObject({ disbursedCents: 200_000, outstandingPrincipalCents: 100_000 });
    await expect(tranche(1, '2026-03-16')).rejects.toMatchObject({
      code: 'LOAN_DISBURSEMENT_ABOVE_PRINCIPAL',
    });
    await expect(tranche(1, '2026-03-01')).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT',
    });
  });
});

describe('the journal names no one', () => {
  it("keeps payees' names and reasons out of the memos, where anonymizing a borrower could not reach them", async () => {
    const { deps, staff, fundId } = scene;
    const { loanId } = await scene.givenActiveLoan({ paidOn: '2026-02-10' });
    const { paymentId } = await recordPayment(deps)(staff.referent, {
      loanId,
      idempotencyKey: 'memo-payment-0001',
      amountCents: 10_000,
      receivedOn: '2026-03-01',
      method: 'check',
    });
    await reversePayment(deps)(staff.referent, {
      loanId,
      paymentId,
      reason: "Cheque returned by Mrs Haddad's bank",
      reversedOn: '2026-03-05',
    });
    await writeOffLoan(deps)(staff.coordinator, {
      loanId,
      writtenOffOn: '2026-04-01',
      reason: 'Mrs Haddad moved back to Aleppo',
    });

    const { csv } = await exportLedger(deps)(staff.lenderDirector, { fundId });
    expect(csv).toContain('payment reversed');
    expect(csv).toContain('write-off');
    expect(csv).not.toMatch(/Haddad|State Board|Aleppo/);
    const loan = await getLoan(deps)(staff.referent, { loanId });
    expect(loan.events.find((e) => e.kind === 'written_off')?.details).toMatchObject({
      reason: 'Mrs Haddad moved back to Aleppo',
    });
  });
});
