import type { Cents } from './money.js';

export interface MonthlyMovement {
  month: string;
  account: string;
  netDebitCents: Cents;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Month-end balances of cash and loans outstanding, every month from the first movement to `lastMonth`. */
export function monthEndSeries(movements: readonly MonthlyMovement[], lastMonth: string) {
  const first = movements.map((m) => m.month).sort()[0];
  if (!first) return [];
  const net = new Map(movements.map((m) => [`${m.month}|${m.account}`, m.netDebitCents]));
  const series: { month: string; cashCents: Cents; outstandingCents: Cents; fundSizeCents: Cents }[] = [];
  let cash = 0;
  let outstanding = 0;
  for (let month = first; month <= lastMonth; month = nextMonth(month)) {
    cash += net.get(`${month}|fund_cash`) ?? 0;
    outstanding += net.get(`${month}|loans_receivable`) ?? 0;
    series.push({ month, cashCents: cash, outstandingCents: outstanding, fundSizeCents: cash + outstanding });
  }
  return series;
}
