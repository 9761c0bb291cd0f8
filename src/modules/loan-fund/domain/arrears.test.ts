import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, compareDates, isLeapYear } from '../../../core/calendar.js';
import type { InstallmentPosition } from './allocation.js';
import { agingBucket, agingBuckets, amountPastDue, daysBetween, daysPastDue } from './arrears.js';

const installment = (
  number: number,
  dueOn: string,
  owedCents: number,
  paidCents = 0,
): InstallmentPosition => ({
  installmentId: `i${number}`,
  number,
  dueOn,
  feeCents: 0,
  interestCents: 100,
  principalCents: owedCents - 100,
  feePaidCents: 0,
  interestPaidCents: Math.min(paidCents, 100),
  principalPaidCents: Math.max(0, paidCents - 100),
});

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A monthly schedule of 1..12 installments of 1..10,000.00, each unpaid, partly paid or paid. */
const positions = fc
  .tuple(
    isoDate,
    fc.array(
      fc.tuple(fc.integer({ min: 200, max: 1_000_000 }), fc.constantFrom('unpaid', 'partly', 'paid')),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
  )
  .map(([firstDueOn, rows]) =>
    rows.map(([owed, state], index) =>
      installment(
        index + 1,
        addMonths(firstDueOn, index),
        owed,
        state === 'paid' ? owed : state === 'partly' ? Math.floor(owed / 2) : 0,
      ),
    ),
  );

const remaining = (i: InstallmentPosition) =>
  i.feeCents +
  i.interestCents +
  i.principalCents -
  i.feePaidCents -
  i.interestPaidCents -
  i.principalPaidCents;

describe('daysBetween', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would store the string "undefined".
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('counts calendar days, including 29 February of leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-03-01')).toBe(0);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
  });

  it.each(['America/Toronto', 'Europe/Paris', 'Australia/Lord_Howe', 'UTC'])(
    'is whole days across daylight-saving changes with TZ=%s',
    (tz) => {
      process.env.TZ = tz;
      // The zone must really be in force, or the test would prove nothing.
      expect(new Date(2027, 2, 13).getTimezoneOffset() !== 0).toBe(tz !== 'UTC');
      expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
      expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
      expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
      expect(daysBetween('2027-04-03', '2027-04-05')).toBe(2);
      expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    },
  );

  it('adds up along the calendar and gives 365 or 366 days a year', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(Math.sign(daysBetween(a, b))).toBe(compareDates(b, a));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), (year) => {
        expect(daysBetween(`${year}-03-01`, `${year + 1}-03-01`)).toBe(isLeapYear(year + 1) ? 366 : 365);
      }),
    );
  });
});

describe('daysPastDue', () => {
  const schedule = [
    installment(1, '2027-01-15', 1000, 1000),
    installment(2, '2027-02-15', 1000, 400),
    installment(3, '2027-03-15', 1000),
  ];

  it('is 0 when nothing due before the date is unpaid', () => {
    expect(daysPastDue(schedule, '2027-02-15')).toBe(0);
    expect(daysPastDue(schedule, '2027-01-01')).toBe(0);
    expect(daysPastDue([], '2027-01-01')).toBe(0);
    const allPaid = schedule.map((i) => installment(i.number, i.dueOn, 1000, 1000));
    expect(daysPastDue(allPaid, '2030-01-01')).toBe(0);
  });

  it('does not count an installment due today as late', () => {
    expect(daysPastDue([installment(1, '2027-02-15', 1000)], '2027-02-15')).toBe(0);
    expect(daysPastDue([installment(1, '2027-02-15', 1000)], '2027-02-16')).toBe(1);
  });

  it('counts from the oldest unpaid due date, skipping settled ones, in any input order', () => {
    expect(daysPastDue(schedule, '2027-02-16')).toBe(1);
    expect(daysPastDue(schedule, '2027-03-20')).toBe(33);
    expect(daysPastDue([...schedule].reverse(), '2027-03-20')).toBe(33);
  });

  it('equals the days since the earliest unpaid due date before the date', () => {
    fc.assert(
      fc.property(positions, isoDate, (installments, asOf) => {
        const late = installments.filter((i) => i.dueOn < asOf && remaining(i) > 0).map((i) => i.dueOn);
        const expected = late.length === 0 ? 0 : daysBetween(late.sort()[0]!, asOf);
        expect(daysPastDue(installments, asOf)).toBe(expected);
        expect(daysPastDue(installments, asOf)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('agingBucket', () => {
  it.each([
    [-3, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [3650, '90+'],
  ] as const)('puts %i days past due in %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });

  it('never moves to an earlier bucket as days pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 400 }), fc.integer({ min: 0, max: 400 }), (days, more) => {
        expect(agingBuckets.indexOf(agingBucket(days + more))).toBeGreaterThanOrEqual(
          agingBuckets.indexOf(agingBucket(days)),
        );
      }),
    );
  });
});

describe('amountPastDue', () => {
  it('adds what is unpaid on installments due before the date, not on the one due today', () => {
    const schedule = [
      installment(1, '2027-01-15', 1000, 1000),
      installment(2, '2027-02-15', 1000, 400),
      installment(3, '2027-03-15', 1000),
    ];
    expect(amountPastDue(schedule, '2027-01-15')).toBe(0);
    expect(amountPastDue(schedule, '2027-02-15')).toBe(0);
    expect(amountPastDue(schedule, '2027-02-16')).toBe(600);
    expect(amountPastDue(schedule, '2027-03-15')).toBe(600);
    expect(amountPastDue(schedule, '2027-03-16')).toBe(1600);
  });

  it('is positive exactly when the loan is days past due', () => {
    fc.assert(
      fc.property(positions, isoDate, (installments, asOf) => {
        const expected = installments.filter((i) => i.dueOn < asOf).reduce((s, i) => s + remaining(i), 0);
        expect(amountPastDue(installments, asOf)).toBe(expected);
        expect(amountPastDue(installments, asOf) > 0).toBe(daysPastDue(installments, asOf) > 0);
      }),
    );
  });
});
