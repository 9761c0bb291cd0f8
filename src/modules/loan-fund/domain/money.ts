/**
 * Money is an integer number of minor units (cents) everywhere: in columns (bigint), in the API and
 * in every computation. Nothing here ever holds a fraction of a cent.
 */
export type Cents = number;

export function isCents(value: number): boolean {
  return Number.isSafeInteger(value);
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Rounds a non-negative exact ratio to the nearest cent, halves away from zero (banker's rounding is not used by small lenders' statements). */
export function roundHalfUp(numerator: number, denominator: number): Cents {
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return r * 2 >= denominator ? q + 1 : q;
}

/** For messages: the amount in the reader's language, e.g. "$3,000.00" or "3 000,00 $US". */
export function formatCents(cents: Cents, currency: string, locale: string): string {
  const tag = locale === 'fr' ? 'fr-FR' : locale === 'ar' ? 'ar' : 'en-US';
  return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(cents / 100);
}
