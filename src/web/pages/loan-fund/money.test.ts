import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, fromCents, moneyLocale, percentToBps, toCents } from './money.js';

describe('toCents', () => {
  it('turns typed units into integer cents without floating-point drift', () => {
    expect(toCents(12.34)).toBe(1234);
    expect(toCents(0.29)).toBe(29);
    expect(toCents(1.15)).toBe(115);
    expect(toCents(2000)).toBe(200000);
    expect(toCents(19.99)).toBe(1999);
  });

  it('reads what a French keyboard types, with a comma and spaces', () => {
    expect(toCents('12,5')).toBe(1250);
    expect(toCents('1 234,56')).toBe(123456);
    expect(toCents('1\u202f234,56')).toBe(123456);
    expect(toCents('7.')).toBe(700);
  });

  it('answers null when nothing usable was typed', () => {
    expect(toCents('')).toBeNull();
    expect(toCents(undefined)).toBeNull();
    expect(toCents(null)).toBeNull();
    expect(toCents('abc')).toBeNull();
    expect(toCents(Number.NaN)).toBeNull();
  });

  it('gives back the cents every two-decimal amount up to a million was typed as', () => {
    for (let cents = 0; cents <= 100_000_000; cents += 9_973) {
      expect(toCents(fromCents(cents))).toBe(cents);
      expect(toCents((cents / 100).toFixed(2))).toBe(cents);
    }
  });
});

describe('formatMoney', () => {
  it('writes cents as an amount in the currency and the reader’s conventions', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    // French uses a narrow no-break space between thousands and before the symbol.
    expect(formatMoney(123456, 'USD', 'fr-FR').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 234,56 $US');
    expect(formatMoney(0, 'EUR', 'fr-FR').replace(/[\u00a0\u202f]/g, ' ')).toBe('0,00 €');
    expect(formatMoney(-5, 'USD', 'en-US')).toBe('-$0.05');
  });
});

describe('rates', () => {
  it('stores a percent as basis points and shows it back', () => {
    expect(percentToBps(4.5)).toBe(450);
    expect(percentToBps('3,25')).toBe(325);
    expect(percentToBps(0)).toBe(0);
    expect(formatRate(450, 'en-US')).toBe('4.5%');
    expect(formatRate(325, 'fr-FR').replace(/[\u00a0\u202f]/g, ' ')).toBe('3,25 %');
  });

  it('picks the locale amounts are written in from the interface language', () => {
    expect(moneyLocale('en')).toBe('en-US');
    expect(moneyLocale('fr')).toBe('fr-FR');
    expect(moneyLocale('ar')).toBe('fr-FR');
  });
});
