/**
 * The API speaks integer cents; people type and read currency units. The two conversions live here
 * so that no screen multiplies or divides a float on its own.
 */

/** 12.34 (or '12,34' while typing) → 1234. Null when nothing usable was typed. */
export function toCents(value: number | string | null | undefined): number | null {
  const units = typeof value === 'number' ? value : parseTyped(value);
  if (units === null || !Number.isFinite(units)) return null;
  // 0.29 * 100 is 28.999999999999996 in binary floating point: rounding gives back the cents typed.
  return Math.round(units * 100);
}

/** 1234 → 12.34, to prefill an amount input. */
export function fromCents(cents: number): number {
  return cents / 100;
}

export function formatMoney(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** A percent typed as 4.5 is stored as 450 basis points. */
export function percentToBps(value: number | string | null | undefined): number | null {
  return toCents(value);
}

/** 450 basis points → '4.5%' (or '4,5 %'). */
export function formatRate(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
}

/** The locale amounts are written in: American English for English, French otherwise. */
export function moneyLocale(language: string): string {
  return language.startsWith('en') ? 'en-US' : 'fr-FR';
}

function parseTyped(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d*)?$/.test(compact)) return null;
  return Number(compact);
}
