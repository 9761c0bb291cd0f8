import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { getLoan } from './get-loan.js';
import { recordPayment } from './record-payment.js';
import { refundCredit } from './refund-credit.js';
import { reversePayment } from './reverse-payment.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

const pay = (loanId: string, key: string, amountCents: number, receivedOn = '2026-03-10') =>
  recordPayment(scene.deps)(scene.staff.referent, {
    loanId,
    idempotencyKey: key,
    amountCents,
    receivedOn,
    method: 'check',
  });

describe('recording payments', () => {
  it('applies two payments arriving at the same moment exactly once each', async () => {
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 120_000, termMonths: 6 });
    await Promise.all([pay(loanId, 'concurrent-a-000', 20_000), pay(loanId, 'concurrent-b-000', 20_000)]);
    const loan = await getLoan(scene.deps)(scene.staff.referent, { loanId });
    expect(loan.payments.map((p) => p.amountCents)).toEqual([20_000, 20_000]);
    expect(loan.outstandingPrincipalCents).toBe(80_000);
    // The second payment saw the first: it went to installment 2, not again to installment 1.
    expect(loan.schedule.slice(0, 2).map((i) => i.remainingCents)).toEqual([0, 0]);
  });

  it('records the same payment sent twice at once only once', async () => {
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 120_000, termMonths: 6 });
    const [first, second] = await Promise.all([
      pay(loanId, 'same-key-0000', 20_000),
      pay(loanId, 'same-key-0000', 20_000),
    ]);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    expect(first.paymentId).toBe(second.paymentId);
    const loan = await getLoan(scene.deps)(scene.staff.referent, { loanId });
    expect(loan.payments).toHaveLength(1);
    expect(loan.outstandingPrincipalCents).toBe(100_000);
  });

  it('refuses a key reused for another amount', async () => {
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 120_000, termMonths: 6 });
    await pay(loanId, 'reused-key-000', 20_000);
    await expect(pay(loanId, 'reused-key-000', 20_001)).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('keeps an overpayment as the borrower’s credit and refunds it', async () => {
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 60_000, termMonths: 3 });
    const paid = await pay(loanId, 'overpay-00000', 65_000);
    expect(paid).toMatchObject({ status: 'repaid', outstandingPrincipalCents: 0, creditCents: 5_000 });
    expect(paid.payments[0]?.allocations.at(-1)).toEqual({
      installmentNumber: null,
      component: 'credit',
      amountCents: 5_000,
    });
    await expect(
      refundCredit(scene.deps)(scene.staff.referent, {
        loanId,
        amountCents: 5_001,
        refundedOn: '2026-03-11',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_REFUND_ABOVE_CREDIT' });
    const refunded = await refundCredit(scene.deps)(scene.staff.referent, {
      loanId,
      amountCents: 5_000,
      refundedOn: '2026-03-11',
    });
    expect(refunded.creditCents).toBe(0);
  });

  it('reverses a wrong payment with a compensating entry and reopens a repaid loan', async () => {
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 60_000, termMonths: 3 });
    const paid = await pay(loanId, 'to-reverse-000', 60_000);
    expect(paid.status).toBe('repaid');
    const reversed = await reversePayment(scene.deps)(scene.staff.referent, {
      loanId,
      paymentId: paid.paymentId,
      reason: 'Check bounced',
      reversedOn: '2026-03-15',
    });
    expect(reversed).toMatchObject({ status: 'active', outstandingPrincipalCents: 60_000, closedOn: null });
    expect(reversed.payments[0]).toMatchObject({ reversedOn: '2026-03-15', reversalReason: 'Check bounced' });
    await expect(
      reversePayment(scene.deps)(scene.staff.referent, {
        loanId,
        paymentId: paid.paymentId,
        reason: 'again',
        reversedOn: '2026-03-15',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_PAYMENT_ALREADY_REVERSED' });
  });

  it('refuses payments in the future, before the money was paid out, and from a counselor', async () => {
    const { loanId } = await scene.givenActiveLoan({
      approvedCents: 60_000,
      termMonths: 3,
      paidOn: '2026-02-10',
    });
    await expect(pay(loanId, 'future-000000', 1_000, '2026-06-02')).rejects.toMatchObject({
      code: 'LOAN_DATE_IN_FUTURE',
    });
    await expect(pay(loanId, 'too-early-0000', 1_000, '2026-02-09')).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT',
    });
    await expect(
      recordPayment(scene.deps)(scene.staff.counselor, {
        loanId,
        idempotencyKey: 'counselor-000',
        amountCents: 1_000,
        receivedOn: '2026-03-01',
        method: 'cash',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_ACTION_NOT_ALLOWED' });
  });
});
