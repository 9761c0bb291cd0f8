import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MonthlyMovement, monthEndSeries } from './fund-series.js';

const cash = (month: string, netDebitCents: number): MonthlyMovement => ({
  month,
  account: 'fund_cash',
  netDebitCents,
});
const receivable = (month: string, netDebitCents: number): MonthlyMovement => ({
  month,
  account: 'loans_receivable',
  netDebitCents,
});

const monthAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

describe('monthEndSeries: examples', () => {
  it('is empty without movements', () => {
    expect(monthEndSeries([], '2027-06')).toEqual([]);
  });

  it('accumulates month-end balances and carries them over quiet months', () => {
    const series = monthEndSeries(
      [
        cash('2027-01', 500_000),
        cash('2027-02', -300_000),
        receivable('2027-02', 300_000),
        cash('2027-04', 26_000),
        receivable('2027-04', -25_000),
      ],
      '2027-05',
    );
    expect(series).toEqual([
      { month: '2027-01', cashCents: 500_000, outstandingCents: 0, fundSizeCents: 500_000 },
      { month: '2027-02', cashCents: 200_000, outstandingCents: 300_000, fundSizeCents: 500_000 },
      { month: '2027-03', cashCents: 200_000, outstandingCents: 300_000, fundSizeCents: 500_000 },
      { month: '2027-04', cashCents: 226_000, outstandingCents: 275_000, fundSizeCents: 501_000 },
      { month: '2027-05', cashCents: 226_000, outstandingCents: 275_000, fundSizeCents: 501_000 },
    ]);
  });

  it('rolls December over to January of the next year', () => {
    const series = monthEndSeries([cash('2026-11', 100), cash('2027-01', 50)], '2027-02');
    expect(series.map((m) => [m.month, m.cashCents])).toEqual([
      ['2026-11', 100],
      ['2026-12', 100],
      ['2027-01', 150],
      ['2027-02', 150],
    ]);
  });

  it('starts at the earliest movement whatever the input order', () => {
    const series = monthEndSeries([receivable('2027-03', 10), cash('2027-01', 100)], '2027-03');
    expect(series.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(series.at(-1)).toEqual({
      month: '2027-03',
      cashCents: 100,
      outstandingCents: 10,
      fundSizeCents: 110,
    });
  });

  it('leaves out movements after the last month, and is empty when all of them are', () => {
    expect(monthEndSeries([cash('2027-01', 100), cash('2027-03', 7)], '2027-02').at(-1)!.cashCents).toBe(100);
    expect(monthEndSeries([cash('2027-03', 100)], '2027-02')).toEqual([]);
  });

  it('ignores other accounts in the balances', () => {
    const series = monthEndSeries(
      [cash('2027-01', 100), { month: '2027-01', account: 'fee_income', netDebitCents: -40 }],
      '2027-01',
    );
    expect(series).toEqual([{ month: '2027-01', cashCents: 100, outstandingCents: 0, fundSizeCents: 100 }]);
  });
});

describe('monthEndSeries: properties', () => {
  // The repository sends one net movement per month and account (GROUP BY), so keys are unique here.
  const movements = fc.uniqueArray(
    fc.record({
      month: fc.integer({ min: 2020 * 12, max: 2030 * 12 + 11 }).map(monthAt),
      account: fc.constantFrom('fund_cash', 'loans_receivable'),
      netDebitCents: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    }),
    { selector: (m) => `${m.month}|${m.account}`, maxLength: 40 },
  );

  it('gives one entry per consecutive month, each the running total of movements up to its end', () => {
    fc.assert(
      fc.property(
        movements,
        fc.integer({ min: 2019 * 12, max: 2032 * 12 }).map(monthAt),
        (moves, lastMonth) => {
          const series = monthEndSeries(moves, lastMonth);
          if (moves.length === 0) {
            expect(series).toEqual([]);
            return;
          }
          const first = Math.min(...moves.map((m) => monthIndex(m.month)));
          expect(series).toHaveLength(Math.max(0, monthIndex(lastMonth) - first + 1));
          series.forEach((point, k) => {
            expect(monthIndex(point.month)).toBe(first + k);
            const upTo = moves.filter((m) => m.month <= point.month);
            const total = (account: string) =>
              upTo.filter((m) => m.account === account).reduce((s, m) => s + m.netDebitCents, 0);
            expect(point.cashCents).toBe(total('fund_cash'));
            expect(point.outstandingCents).toBe(total('loans_receivable'));
            expect(point.fundSizeCents).toBe(point.cashCents + point.outstandingCents);
          });
        },
      ),
    );
  });
});
