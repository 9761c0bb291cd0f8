import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingBucket, agingBuckets } from './arrears.js';
import { type LoanFacts, loanStatuses, portfolioFigures, ratio } from './portfolio.js';

let serial = 0;
const loan = (overrides: Partial<LoanFacts> = {}): LoanFacts => ({
  loanId: `loan-${++serial}`,
  personId: 'p1',
  status: 'active',
  firstDisbursedOn: '2027-01-10',
  disbursedCents: 100_000,
  outstandingPrincipalCents: 60_000,
  daysPastDue: 0,
  dueToDateCents: 40_000,
  paidOnDueCents: 40_000,
  ...overrides,
});

const loanFacts: fc.Arbitrary<LoanFacts> = fc
  .record({
    loanId: fc.uuid(),
    personId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
    status: fc.constantFrom(...loanStatuses),
    firstDisbursedOn: fc.option(
      fc
        .date({
          min: new Date('2024-01-01T00:00:00Z'),
          max: new Date('2029-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    ),
    disbursedCents: fc.nat({ max: 10_000_000 }),
    outstandingShare: fc.double({ min: 0, max: 1, noNaN: true }),
    daysPastDue: fc.oneof(fc.constantFrom(0, 1, 30, 31, 60, 61, 90, 91), fc.nat({ max: 1000 })),
    dueToDateCents: fc.nat({ max: 10_000_000 }),
    paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ outstandingShare, paidShare, ...l }) => ({
    ...l,
    outstandingPrincipalCents: Math.floor(l.disbursedCents * outstandingShare),
    paidOnDueCents: Math.floor(l.dueToDateCents * paidShare),
  }));

describe('ratio', () => {
  it('has no rate when nothing is in the denominator', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(ratio(3, 4)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(ratio(0, 4).rate).toBe(0);
  });
});

describe('portfolioFigures: examples', () => {
  it('reports no rate at all for an empty portfolio', () => {
    const f = portfolioFigures([]);
    expect(f.loansByStatus).toEqual({ approved: 0, active: 0, repaid: 0, written_off: 0 });
    expect(f.amountLentCents).toBe(0);
    expect(f.outstandingPrincipalCents).toBe(0);
    expect(f.repaymentRate.rate).toBeNull();
    expect(f.loansRepaidRate.rate).toBeNull();
    expect(f.portfolioAtRisk30.rate).toBeNull();
    expect(f.aging).toEqual(
      agingBuckets.map((bucket) => ({ bucket, loans: 0, outstandingPrincipalCents: 0 })),
    );
    expect(f.borrowersPerYear).toEqual([]);
  });

  it('counts at risk only active loans more than 30 days past due', () => {
    const f = portfolioFigures([
      loan({ daysPastDue: 30, outstandingPrincipalCents: 10_000 }),
      loan({ daysPastDue: 31, outstandingPrincipalCents: 20_000 }),
      loan({ daysPastDue: 120, outstandingPrincipalCents: 30_000 }),
      loan({ daysPastDue: 0, outstandingPrincipalCents: 40_000 }),
      loan({ status: 'written_off', daysPastDue: 200, outstandingPrincipalCents: 50_000 }),
      loan({ status: 'repaid', daysPastDue: 45, outstandingPrincipalCents: 0 }),
    ]);
    expect(f.outstandingPrincipalCents).toBe(100_000);
    expect(f.portfolioAtRisk30).toEqual({ numerator: 50_000, denominator: 100_000, rate: 0.5 });
  });

  it('has no PAR30 rate when no principal is outstanding', () => {
    expect(
      portfolioFigures([loan({ status: 'repaid', outstandingPrincipalCents: 0 })]).portfolioAtRisk30.rate,
    ).toBeNull();
  });

  it('rates loans repaid against loans closed, ignoring open ones', () => {
    const f = portfolioFigures([
      loan({ status: 'repaid' }),
      loan({ status: 'repaid' }),
      loan({ status: 'repaid' }),
      loan({ status: 'written_off' }),
      loan({ status: 'active' }),
      loan({ status: 'approved', firstDisbursedOn: null, disbursedCents: 0 }),
    ]);
    expect(f.loansRepaidRate).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
    expect(f.loansByStatus).toEqual({ approved: 1, active: 1, repaid: 3, written_off: 1 });
    expect(portfolioFigures([loan({ status: 'active' })]).loansRepaidRate.rate).toBeNull();
  });

  it('rates repayment as paid on installments due over those installments, across all loans', () => {
    const f = portfolioFigures([
      loan({ dueToDateCents: 40_000, paidOnDueCents: 40_000 }),
      loan({ status: 'written_off', dueToDateCents: 60_000, paidOnDueCents: 20_000 }),
    ]);
    expect(f.repaymentRate).toEqual({ numerator: 60_000, denominator: 100_000, rate: 0.6 });
    expect(portfolioFigures([loan({ dueToDateCents: 0, paidOnDueCents: 0 })]).repaymentRate.rate).toBeNull();
  });

  it('counts each borrower once a year, by the year their loan was first paid out', () => {
    const f = portfolioFigures([
      loan({ personId: 'amina', firstDisbursedOn: '2027-03-01', disbursedCents: 100_000 }),
      loan({ personId: 'amina', firstDisbursedOn: '2027-11-30', disbursedCents: 50_000 }),
      loan({ personId: 'bilal', firstDisbursedOn: '2027-12-31', disbursedCents: 70_000 }),
      loan({ personId: 'amina', firstDisbursedOn: '2028-01-01', disbursedCents: 30_000 }),
      loan({ personId: 'chen', firstDisbursedOn: '2026-06-15', disbursedCents: 20_000 }),
      loan({ personId: 'dana', status: 'approved', firstDisbursedOn: null, disbursedCents: 0 }),
    ]);
    expect(f.borrowersPerYear).toEqual([
      { year: 2026, borrowers: 1, loans: 1, amountLentCents: 20_000 },
      { year: 2027, borrowers: 2, loans: 3, amountLentCents: 220_000 },
      { year: 2028, borrowers: 1, loans: 1, amountLentCents: 30_000 },
    ]);
    expect(f.amountLentCents).toBe(270_000);
  });

  it('ages only active loans, by the bucket of their days past due', () => {
    const f = portfolioFigures([
      loan({ daysPastDue: 0, outstandingPrincipalCents: 1 }),
      loan({ daysPastDue: 1, outstandingPrincipalCents: 10 }),
      loan({ daysPastDue: 30, outstandingPrincipalCents: 100 }),
      loan({ daysPastDue: 31, outstandingPrincipalCents: 1000 }),
      loan({ daysPastDue: 61, outstandingPrincipalCents: 10_000 }),
      loan({ daysPastDue: 91, outstandingPrincipalCents: 100_000 }),
      loan({ status: 'written_off', daysPastDue: 400, outstandingPrincipalCents: 7 }),
    ]);
    expect(f.aging).toEqual([
      { bucket: 'current', loans: 1, outstandingPrincipalCents: 1 },
      { bucket: '1-30', loans: 2, outstandingPrincipalCents: 110 },
      { bucket: '31-60', loans: 1, outstandingPrincipalCents: 1000 },
      { bucket: '61-90', loans: 1, outstandingPrincipalCents: 10_000 },
      { bucket: '90+', loans: 1, outstandingPrincipalCents: 100_000 },
    ]);
  });
});

describe('portfolioFigures: properties', () => {
  it('splits the active outstanding principal exactly over the aging buckets', () => {
    fc.assert(
      fc.property(fc.array(loanFacts, { maxLength: 40 }), (loans) => {
        const f = portfolioFigures(loans);
        const active = loans.filter((l) => l.status === 'active');
        expect(f.aging.reduce((s, b) => s + b.outstandingPrincipalCents, 0)).toBe(
          f.outstandingPrincipalCents,
        );
        expect(f.aging.reduce((s, b) => s + b.loans, 0)).toBe(active.length);
        expect(f.outstandingPrincipalCents).toBe(active.reduce((s, l) => s + l.outstandingPrincipalCents, 0));
        for (const b of f.aging) {
          const inBucket = active.filter((l) => agingBucket(l.daysPastDue) === b.bucket);
          expect(b.outstandingPrincipalCents).toBe(
            inBucket.reduce((s, l) => s + l.outstandingPrincipalCents, 0),
          );
        }
      }),
    );
  });

  it('keeps PAR30 to active principal more than 30 days late, and every rate within [0, 1] or null', () => {
    fc.assert(
      fc.property(fc.array(loanFacts, { maxLength: 40 }), (loans) => {
        const f = portfolioFigures(loans);
        const atRisk = loans
          .filter((l) => l.status === 'active' && l.daysPastDue > 30)
          .reduce((s, l) => s + l.outstandingPrincipalCents, 0);
        expect(f.portfolioAtRisk30.numerator).toBe(atRisk);
        expect(f.portfolioAtRisk30.denominator).toBe(f.outstandingPrincipalCents);
        for (const r of [f.portfolioAtRisk30, f.repaymentRate, f.loansRepaidRate]) {
          expect(r.rate === null).toBe(r.denominator === 0);
          if (r.rate !== null) {
            expect(r.rate).toBeGreaterThanOrEqual(0);
            expect(r.rate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('counts loans per status, and borrowers per year no more than loans that year', () => {
    fc.assert(
      fc.property(fc.array(loanFacts, { maxLength: 40 }), (loans) => {
        const f = portfolioFigures(loans);
        expect(Object.values(f.loansByStatus).reduce((s, n) => s + n, 0)).toBe(loans.length);
        const disbursed = loans.filter((l) => l.firstDisbursedOn !== null);
        expect(f.borrowersPerYear.reduce((s, y) => s + y.loans, 0)).toBe(disbursed.length);
        expect(f.borrowersPerYear.reduce((s, y) => s + y.amountLentCents, 0)).toBe(
          disbursed.reduce((s, l) => s + l.disbursedCents, 0),
        );
        const years = f.borrowersPerYear.map((y) => y.year);
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
        for (const y of f.borrowersPerYear) {
          const people = new Set(
            disbursed.filter((l) => l.firstDisbursedOn!.startsWith(`${y.year}-`)).map((l) => l.personId),
          );
          expect(y.borrowers).toBe(people.size);
          expect(y.borrowers).toBeLessThanOrEqual(y.loans);
        }
      }),
    );
  });
});
