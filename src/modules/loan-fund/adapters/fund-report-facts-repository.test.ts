import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import {
  fundAmountDisbursed,
  fundBorrowers,
  fundCapitalAtEnd,
  fundCapitalAtStart,
  fundGrowth,
  fundLoansDisbursed,
  fundLoansRepaidRate,
  fundOutstandingPrincipalAtEnd,
  fundRepaymentRate,
  fundWrittenOffAmount,
} from '../../reports/domain/fund-indicators.js';
import { fundReportFacts, fundsOfOrganization } from '../api.js';
import { createFund } from '../use-cases/create-fund.js';
import { fundDashboard } from '../use-cases/fund-dashboard.js';
import { getLoan } from '../use-cases/get-loan.js';
import { recordPayment } from '../use-cases/record-payment.js';
import { refundCredit } from '../use-cases/refund-credit.js';
import { restructureLoan } from '../use-cases/restructure-loan.js';
import { reversePayment } from '../use-cases/reverse-payment.js';
import { getTrialBalance } from '../use-cases/trial-balance.js';
import { writeOffLoan } from '../use-cases/write-off-loan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
const loans: Record<'steady' | 'bounced' | 'early' | 'restructured', string> = {
  steady: '',
  bounced: '',
  early: '',
  restructured: '',
};

/**
 * A fund of four loans through the use cases (the scene's clock: 1 June 2026): one repaid on schedule,
 * one with a bounced payment then written off, one repaid early with an overpayment refunded, one
 * restructured.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database, { annualRateBps: 600 });
  const { deps, staff } = scene;
  let key = 0;
  const pay = async (loanId: string, receivedOn: string, amountCents?: number) => {
    const loan = await getLoan(deps)(staff.referent, { loanId });
    return recordPayment(deps)(staff.referent, {
      loanId,
      idempotencyKey: `report-facts-${++key}`,
      amountCents: amountCents ?? (loan.schedule.find((i) => i.remainingCents > 0)?.remainingCents as number),
      receivedOn,
      method: 'check',
    });
  };
  loans.steady = (await scene.givenActiveLoan({ approvedCents: 120_000, termMonths: 6 })).loanId;
  for (const on of ['2026-03-10', '2026-04-10', '2026-05-10']) await pay(loans.steady, on);

  loans.bounced = (await scene.givenActiveLoan({ approvedCents: 60_000, termMonths: 3 })).loanId;
  await pay(loans.bounced, '2026-03-10');
  const bounced = await pay(loans.bounced, '2026-04-10');
  await reversePayment(deps)(staff.referent, {
    loanId: loans.bounced,
    paymentId: bounced.paymentId,
    reason: 'Check returned unpaid',
    reversedOn: '2026-04-15',
  });
  await writeOffLoan(deps)(staff.coordinator, {
    loanId: loans.bounced,
    writtenOffOn: '2026-05-20',
    reason: 'No contact',
  });

  loans.early = (await scene.givenActiveLoan({ approvedCents: 30_000, termMonths: 2 })).loanId;
  await pay(loans.early, '2026-03-01', 35_000);
  await refundCredit(deps)(staff.referent, {
    loanId: loans.early,
    amountCents: (await getLoan(deps)(staff.referent, { loanId: loans.early })).creditCents,
    refundedOn: '2026-03-15',
  });

  loans.restructured = (await scene.givenActiveLoan({ approvedCents: 90_000, termMonths: 6 })).loanId;
  await pay(loans.restructured, '2026-03-10');
  await restructureLoan(deps)(staff.coordinator, {
    loanId: loans.restructured,
    termMonths: 6,
    firstDueOn: '2026-05-20',
    effectiveOn: '2026-04-20',
    note: 'Fewer hours at work',
  });
  await pay(loans.restructured, '2026-05-20');
});
afterAll(() => database.close());

const year2026 = (asOf: string) => ({ period: { from: '2026-01-01', to: '2026-12-31' }, asOf });

describe('fundReportFacts on the engine', () => {
  it.each(['2026-02-28', '2026-03-31', '2026-04-30', '2026-06-01'])(
    'gives the indicators the figures the dashboard and the trial balance show on %s',
    async (asOf) => {
      const { deps, staff, fundId } = scene;
      const facts = await fundReportFacts(database.db, fundId, asOf);
      const dashboard = await fundDashboard(deps)(staff.coordinator, { fundId, asOf });
      const trial = await getTrialBalance(deps)(staff.referent, { fundId, asOf });
      const balance = (account: string) =>
        trial.accounts.find((a) => a.account === account)?.balanceCents ?? 0;
      const context = year2026(asOf);

      expect(facts.currency).toBe('USD');
      const capital = fundCapitalAtEnd.compute(facts, context).value;
      expect(capital).toBe(dashboard.fundSizeCents);
      expect(capital).toBe(balance('fund_cash') + balance('loans_receivable'));
      expect(fundCapitalAtStart.compute(facts, context).value).toBe(0);
      expect(fundGrowth.compute(facts, context).value).toBe(capital);
      expect(fundOutstandingPrincipalAtEnd.compute(facts, context).value).toBe(
        dashboard.outstandingPrincipalCents,
      );
      expect(fundWrittenOffAmount.compute(facts, context).value).toBe(balance('write_off_expense'));
      expect(fundAmountDisbursed.compute(facts, context).value).toBe(dashboard.amountLentCents);
      const year = dashboard.borrowersPerYear.find((y) => y.year === 2026);
      expect(fundLoansDisbursed.compute(facts, context).value).toBe(year?.loans ?? 0);
      expect(fundBorrowers.compute(facts, context).value).toBe(year?.borrowers ?? 0);
      const repaid = fundLoansRepaidRate.compute(facts, context);
      expect([repaid.numerator, repaid.denominator]).toEqual([
        dashboard.loansRepaidRate.numerator,
        dashboard.loansRepaidRate.denominator,
      ]);
    },
  );

  it('reads each loan as it stood: closings, the schedule in force, a reversal only once made', async () => {
    const { fundId } = scene;
    const loanOf = (facts: Awaited<ReturnType<typeof fundReportFacts>>, id: string) =>
      facts.loans.find((l) => l.loanId === id);
    const april = await fundReportFacts(database.db, fundId, '2026-04-12');
    const june = await fundReportFacts(database.db, fundId, '2026-06-01');
    expect(loanOf(april, loans.bounced)).toMatchObject({ writtenOffOn: null, disbursedOn: '2026-02-10' });
    expect(loanOf(june, loans.bounced)?.writtenOffOn).toBe('2026-05-20');
    expect(loanOf(june, loans.early)?.paidOffOn).toBe('2026-03-01');
    expect(loanOf(april, loans.steady)?.paidOffOn).toBeNull();
    // Before the restructuring took effect, the first schedule was in force; after, the new one.
    expect(loanOf(april, loans.restructured)?.schedule).toHaveLength(6);
    expect(loanOf(april, loans.restructured)?.schedule[0]?.dueOn).toBe('2026-03-10');
    expect(loanOf(june, loans.restructured)?.schedule[0]?.dueOn).toBe('2026-05-20');
    expect(april.journal.some((l) => l.kind === 'payment_reversal')).toBe(false);
    expect(june.journal.filter((l) => l.kind === 'payment_reversal').length).toBeGreaterThan(0);
    expect(june.journal.every((l) => l.on <= '2026-06-01')).toBe(true);
  });

  it('rates the principal repaid against the principal due as the loans themselves show it', async () => {
    const { deps, staff, fundId } = scene;
    const asOf = '2026-06-01';
    let due = 0;
    let repaid = 0;
    for (const loanId of Object.values(loans)) {
      const loan = await getLoan(deps)(staff.referent, { loanId });
      const paid = loan.payments
        .filter((p) => p.reversedOn === null)
        .flatMap((p) => p.allocations)
        .filter((a) => a.component === 'principal')
        .reduce((sum, a) => sum + a.amountCents, 0);
      const notYetDue = loan.schedule
        .filter((i) => i.dueOn > asOf)
        .reduce((sum, i) => sum + i.principalCents, 0);
      const loanDue = loan.status === 'written_off' ? loan.disbursedCents : loan.disbursedCents - notYetDue;
      due += loanDue;
      repaid += Math.min(paid, loanDue);
    }
    const facts = await fundReportFacts(database.db, fundId, asOf);
    const figure = fundRepaymentRate.compute(facts, year2026(asOf));
    expect([figure.numerator, figure.denominator]).toEqual([repaid, due]);
    expect(figure.value).toBeGreaterThan(0);
    expect(figure.value).toBeLessThan(1);
  });

  it('lists the funds an organization operates or takes part in, and refuses an unknown fund', async () => {
    const { deps, staff, lender, partner, outsider, fundId } = scene;
    const other = await createFund(deps)(staff.lenderDirector, {
      name: 'Another Fund',
      currency: 'USD',
      participatingOrganizationIds: [],
    });
    expect((await fundsOfOrganization(database.db, lender.id)).map((f) => f.id)).toEqual([other.id, fundId]);
    expect(await fundsOfOrganization(database.db, partner.id)).toEqual([
      { id: fundId, name: 'Re-credentialing Loan Fund', currency: 'USD', operatorOrganizationId: lender.id },
    ]);
    expect(await fundsOfOrganization(database.db, outsider.id)).toEqual([]);
    await expect(
      fundReportFacts(database.db, '00000000-0000-7000-8000-000000000000', '2026-06-01'),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_NOT_FOUND' });
  });
});
