import { type AgingBucket, agingBucket, agingBuckets } from './arrears.js';
import type { Cents } from './money.js';

export const loanStatuses = ['approved', 'active', 'repaid', 'written_off'] as const;
export type LoanStatus = (typeof loanStatuses)[number];

/** One loan as the portfolio figures need it; every amount comes from the ledger or the allocations. */
export interface LoanFacts {
  loanId: string;
  personId: string;
  status: LoanStatus;
  firstDisbursedOn: string | null;
  disbursedCents: Cents;
  outstandingPrincipalCents: Cents;
  daysPastDue: number;
  /** Installments of the schedule in force that fell due by the reporting date. */
  dueToDateCents: Cents;
  /** What was paid on those installments, each capped at its amount (paying ahead is not counted twice). */
  paidOnDueCents: Cents;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** null when nothing is in the denominator: "no data" is not 0 %. */
  rate: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

export interface PortfolioFigures {
  loansByStatus: Record<LoanStatus, number>;
  amountLentCents: Cents;
  outstandingPrincipalCents: Cents;
  /** Repaid ÷ due: amounts paid on installments that fell due ÷ those installments' amounts. */
  repaymentRate: Ratio;
  /** Loans fully repaid ÷ loans closed (repaid or written off). */
  loansRepaidRate: Ratio;
  /** Outstanding principal of loans more than 30 days past due ÷ all outstanding principal. */
  portfolioAtRisk30: Ratio;
  aging: { bucket: AgingBucket; loans: number; outstandingPrincipalCents: Cents }[];
  borrowersPerYear: { year: number; borrowers: number; loans: number; amountLentCents: Cents }[];
}

export function portfolioFigures(loans: readonly LoanFacts[]): PortfolioFigures {
  const loansByStatus: Record<LoanStatus, number> = { approved: 0, active: 0, repaid: 0, written_off: 0 };
  const aging = new Map(
    agingBuckets.map((bucket) => [bucket, { bucket, loans: 0, outstandingPrincipalCents: 0 }]),
  );
  const years = new Map<number, { people: Set<string>; loans: number; amountLentCents: Cents }>();
  let amountLent = 0;
  let outstanding = 0;
  let atRisk = 0;
  let due = 0;
  let paidOnDue = 0;
  for (const loan of loans) {
    loansByStatus[loan.status] += 1;
    amountLent += loan.disbursedCents;
    due += loan.dueToDateCents;
    paidOnDue += loan.paidOnDueCents;
    if (loan.status === 'active') {
      outstanding += loan.outstandingPrincipalCents;
      if (loan.daysPastDue > 30) atRisk += loan.outstandingPrincipalCents;
      const bucket = aging.get(agingBucket(loan.daysPastDue));
      if (bucket) {
        bucket.loans += 1;
        bucket.outstandingPrincipalCents += loan.outstandingPrincipalCents;
      }
    }
    if (loan.firstDisbursedOn) {
      const year = Number(loan.firstDisbursedOn.slice(0, 4));
      const y = years.get(year) ?? { people: new Set<string>(), loans: 0, amountLentCents: 0 };
      y.people.add(loan.personId);
      y.loans += 1;
      y.amountLentCents += loan.disbursedCents;
      years.set(year, y);
    }
  }
  return {
    loansByStatus,
    amountLentCents: amountLent,
    outstandingPrincipalCents: outstanding,
    repaymentRate: ratio(paidOnDue, due),
    loansRepaidRate: ratio(loansByStatus.repaid, loansByStatus.repaid + loansByStatus.written_off),
    portfolioAtRisk30: ratio(atRisk, outstanding),
    aging: [...aging.values()],
    borrowersPerYear: [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, y]) => ({
        year,
        borrowers: y.people.size,
        loans: y.loans,
        amountLentCents: y.amountLentCents,
      })),
  };
}
