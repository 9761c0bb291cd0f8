/**
 * An offer's pay range, in integer cents of the country's currency, per hour, month or year. Minimum
 * wages are not checked here (they change by law and by state); the range must make sense.
 */
export const payPeriods = ['hour', 'month', 'year'] as const;
export type PayPeriod = (typeof payPeriods)[number];

export const currencyOfCountry = { FR: 'EUR', US: 'USD', CA: 'CAD' } as const;
export type Currency = (typeof currencyOfCountry)[keyof typeof currencyOfCountry];

export interface PayRange {
  minCents: number | null;
  maxCents: number | null;
  period: PayPeriod | null;
}

export type PayRefusal = 'period_missing' | 'amount_missing' | 'min_above_max' | 'not_whole_cents';

export function payRefusal(pay: PayRange): PayRefusal | null {
  const amounts = [pay.minCents, pay.maxCents].filter((a): a is number => a !== null);
  if (amounts.some((a) => !Number.isSafeInteger(a) || a < 0)) return 'not_whole_cents';
  if (amounts.length > 0 && pay.period === null) return 'period_missing';
  if (amounts.length === 0 && pay.period !== null) return 'amount_missing';
  if (pay.minCents !== null && pay.maxCents !== null && pay.minCents > pay.maxCents) return 'min_above_max';
  return null;
}

/**
 * A pay amount as a counselor types it ("1 766,92", "1766.92", "$18.50", "18,5") into cents; null when
 * it is not an amount. Exact: no floating point.
 */
export function parsePayAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f$€]|CAD|USD|EUR/g, '');
  const match = compact.match(/^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/);
  if (!match) return null;
  const [, whole, thousands, decimalMark, decimals] = match;
  // One mark cannot be both: "12,345,67" is a typing error, not twelve thousand and some.
  if (thousands && thousands === decimalMark) return null;
  // "1,500" reads as fifteen hundred; "18,5" (one or two digits after) as eighteen and a half.
  const units = thousands ? (whole as string).split(thousands).join('') : (whole as string);
  const cents = (decimals ?? '').padEnd(2, '0');
  const value = Number(units) * 100 + Number(cents || '0');
  return Number.isSafeInteger(value) ? value : null;
}
