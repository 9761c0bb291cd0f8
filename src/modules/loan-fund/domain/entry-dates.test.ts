import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayAfter,
  type EntryFacts,
  earliestEntryDate,
  entryDateViolation,
  type FundPeriod,
  type LoanMilestones,
  ledgerFloor,
  periodClosingViolation,
  previousMovementOf,
} from './entry-dates.js';

const open: FundPeriod = { startedOn: null, closedThrough: null };
const today = '2026-06-01';
/** Approved in February, paid out on the 10th, paid in March and April, restructured in May. */
const loan: LoanMilestones = {
  approvedOn: '2026-02-05',
  firstDisbursedOn: '2026-02-10',
  lastDisbursedOn: '2026-02-20',
  lastScheduleChangeOn: '2026-05-02',
  lastMovementOn: '2026-05-10',
};
const of = (kind: Exclude<EntryFacts['kind'], 'contribution' | 'payment_reversal'>): EntryFacts => ({
  kind,
  loan,
});

describe('entry dates: what each entry follows', () => {
  it('a contribution follows nothing on a loan', () => {
    expect(previousMovementOf({ kind: 'contribution' })).toBeNull();
  });
  it('a disbursement follows the approval, the previous tranche and the latest restructuring', () => {
    expect(previousMovementOf(of('disbursement'))).toBe('2026-05-02');
    expect(
      previousMovementOf({
        kind: 'disbursement',
        loan: { ...loan, lastDisbursedOn: null, lastScheduleChangeOn: null },
      }),
    ).toBe('2026-02-05');
    expect(previousMovementOf({ kind: 'disbursement', loan: { ...loan, lastScheduleChangeOn: null } })).toBe(
      '2026-02-20',
    );
  });
  it('a payment follows the first disbursement and the latest restructuring or write-off, not other payments', () => {
    expect(previousMovementOf(of('payment'))).toBe('2026-05-02');
    expect(previousMovementOf({ kind: 'payment', loan: { ...loan, lastScheduleChangeOn: null } })).toBe(
      '2026-02-10',
    );
  });
  it('a reversal follows the payment it cancels', () => {
    expect(previousMovementOf({ kind: 'payment_reversal', loan, paymentReceivedOn: '2026-05-20' })).toBe(
      '2026-05-20',
    );
    expect(
      previousMovementOf({
        kind: 'payment_reversal',
        loan: { ...loan, lastScheduleChangeOn: null },
        paymentReceivedOn: '2026-03-01',
      }),
    ).toBe('2026-03-01');
  });
  it('a restructuring, a write-off and a refund of credit follow every movement of the loan', () => {
    for (const kind of ['restructuring', 'write_off', 'credit_refund'] as const) {
      expect(previousMovementOf(of(kind))).toBe('2026-05-10');
      expect(previousMovementOf({ kind, loan: { ...loan, lastMovementOn: null } })).toBe('2026-02-05');
    }
  });
});

describe('entry dates: examples from the defect', () => {
  it('refuses a write-off six years before the loan was paid out, saying the earliest day allowed', () => {
    expect(entryDateViolation('2020-02-10', today, open, of('write_off'))).toEqual({
      rule: 'before_previous_movement',
      earliest: '2026-05-10',
    });
  });
  it('refuses 1800-01-01 for a write-off, a restructuring and a contribution', () => {
    expect(entryDateViolation('1800-01-01', today, open, of('write_off'))?.rule).toBe(
      'before_previous_movement',
    );
    expect(entryDateViolation('1800-01-01', today, open, of('restructuring'))?.rule).toBe(
      'before_previous_movement',
    );
    expect(entryDateViolation('1800-01-01', today, open, { kind: 'contribution' })).toEqual({
      rule: 'before_fund_start',
      earliest: ledgerFloor,
    });
  });
  it('refuses a contribution before the fund started, and accepts one on that day', () => {
    const fund = { startedOn: '2019-01-01', closedThrough: null };
    expect(entryDateViolation('2018-12-31', today, fund, { kind: 'contribution' })).toEqual({
      rule: 'before_fund_start',
      earliest: '2019-01-01',
    });
    expect(entryDateViolation('2019-01-01', today, fund, { kind: 'contribution' })).toBeNull();
  });
  it('refuses a date in a closed period, the closing day included, and accepts the day after', () => {
    const fund = { startedOn: null, closedThrough: '2026-05-31' };
    expect(entryDateViolation('2026-05-31', today, fund, of('payment'))).toEqual({
      rule: 'in_closed_period',
      closedThrough: '2026-05-31',
      earliest: '2026-06-01',
    });
    expect(entryDateViolation('2026-06-01', today, fund, of('payment'))).toBeNull();
  });
  it('refuses tomorrow and accepts today', () => {
    expect(entryDateViolation('2026-06-02', today, open, of('payment'))).toEqual({
      rule: 'in_future',
      latest: today,
    });
    expect(entryDateViolation(today, today, open, of('payment'))).toBeNull();
  });
  it('accepts an entry on the very day of the movement it follows', () => {
    expect(entryDateViolation('2026-05-10', today, open, of('write_off'))).toBeNull();
    expect(entryDateViolation('2026-05-02', today, open, of('payment'))).toBeNull();
  });
  it('names the bound that holds the date back the most', () => {
    const closedAfterMovement = { startedOn: null, closedThrough: '2026-05-15' };
    expect(entryDateViolation('2026-05-12', today, closedAfterMovement, of('write_off'))).toMatchObject({
      rule: 'in_closed_period',
      earliest: '2026-05-16',
    });
    const closedBeforeMovement = { startedOn: null, closedThrough: '2026-04-30' };
    expect(entryDateViolation('2026-04-01', today, closedBeforeMovement, of('write_off'))).toMatchObject({
      rule: 'before_previous_movement',
      earliest: '2026-05-10',
    });
    const lateStart = { startedOn: '2026-05-20', closedThrough: '2026-04-30' };
    expect(entryDateViolation('2026-05-12', today, lateStart, of('write_off'))).toMatchObject({
      rule: 'before_fund_start',
      earliest: '2026-05-20',
    });
  });
  it('steps over month and year ends and leap days', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
  });
});

describe('closing a period', () => {
  it('moves forward only, never into the future nor before the fund started', () => {
    expect(periodClosingViolation('2026-05-31', today, open)).toBeNull();
    expect(periodClosingViolation(today, today, open)).toBeNull();
    expect(periodClosingViolation('2026-06-02', today, open)).toEqual({ rule: 'in_future', latest: today });
    const closed = { startedOn: null, closedThrough: '2026-04-30' };
    expect(periodClosingViolation('2026-04-30', today, closed)).toEqual({
      rule: 'already_closed',
      closedThrough: '2026-04-30',
    });
    expect(periodClosingViolation('2026-03-31', today, closed)?.rule).toBe('already_closed');
    expect(periodClosingViolation('2026-05-31', today, closed)).toBeNull();
    expect(periodClosingViolation('1899-12-31', today, open)).toEqual({
      rule: 'before_fund_start',
      earliest: ledgerFloor,
    });
  });
});

// Days from 1850 to 2100: wide enough to cross the 1900 floor, leap years and centuries.
const dayArb = fc
  .integer({ min: Date.UTC(1850, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const maybeDay = fc.option(dayArb, { nil: null });
const fundArb = fc.record({ startedOn: maybeDay, closedThrough: maybeDay });
const milestonesArb = fc.record({
  approvedOn: dayArb,
  firstDisbursedOn: maybeDay,
  lastDisbursedOn: maybeDay,
  lastScheduleChangeOn: maybeDay,
  lastMovementOn: maybeDay,
});
const factsArb: fc.Arbitrary<EntryFacts> = fc.oneof(
  fc.constant<EntryFacts>({ kind: 'contribution' }),
  fc
    .record({
      kind: fc.constantFrom(
        'disbursement' as const,
        'payment' as const,
        'restructuring' as const,
        'write_off' as const,
        'credit_refund' as const,
      ),
      loan: milestonesArb,
    })
    .map((f): EntryFacts => f),
  fc
    .record({ loan: milestonesArb, paymentReceivedOn: dayArb })
    .map((f): EntryFacts => ({ kind: 'payment_reversal', ...f })),
);

describe('entry dates: properties', () => {
  it('a date is accepted exactly when it lies between the earliest day allowed and today', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fundArb, factsArb, (date, now, fund, facts) => {
        const earliest = earliestEntryDate(fund, facts);
        const accepted = entryDateViolation(date, now, fund, facts) === null;
        expect(accepted).toBe(earliest <= date && date <= now);
      }),
    );
  });
  it('the earliest day allowed is never before 1900, the fund start, the closed period or the movement followed', () => {
    fc.assert(
      fc.property(fundArb, factsArb, (fund, facts) => {
        const earliest = earliestEntryDate(fund, facts);
        expect(earliest >= ledgerFloor).toBe(true);
        if (fund.startedOn) expect(earliest >= fund.startedOn).toBe(true);
        if (fund.closedThrough) expect(earliest > fund.closedThrough).toBe(true);
        const previous = previousMovementOf(facts);
        if (previous) expect(earliest >= previous).toBe(true);
      }),
    );
  });
  it('a refused date names the earliest day allowed, and that day is accepted when it is not in the future', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fundArb, factsArb, (date, now, fund, facts) => {
        const violation = entryDateViolation(date, now, fund, facts);
        if (!violation || violation.rule === 'in_future') return;
        expect(violation.earliest).toBe(earliestEntryDate(fund, facts));
        expect(date < violation.earliest).toBe(true);
        if (violation.earliest <= now)
          expect(entryDateViolation(violation.earliest, now, fund, facts)).toBeNull();
        if (violation.rule === 'in_closed_period')
          expect(violation.earliest).toBe(dayAfter(violation.closedThrough));
      }),
    );
  });
  it('closing a period never makes an accepted date of the closed period acceptable, and never frees a refused one', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, fundArb, factsArb, (date, now, closeThrough, fund, facts) => {
        if (periodClosingViolation(closeThrough, now, fund) !== null) return;
        const closed = { ...fund, closedThrough: closeThrough };
        const after = entryDateViolation(date, now, closed, facts);
        if (date <= closeThrough) expect(after).not.toBeNull();
        if (entryDateViolation(date, now, fund, facts) !== null) expect(after).not.toBeNull();
      }),
    );
  });
  it('the day after is always one day later, and orders like the dates', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        expect(dayAfter(a) > a).toBe(true);
        expect(Date.parse(dayAfter(a)) - Date.parse(a)).toBe(86_400_000);
        if (a < b) expect(dayAfter(a) <= b).toBe(true);
      }),
    );
  });
});
