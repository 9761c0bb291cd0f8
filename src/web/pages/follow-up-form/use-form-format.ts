import { useTranslation } from 'react-i18next';
import { type FollowUpFormLanguage, intlLocale } from './form-i18n.js';

/**
 * Numbers, durations, dates and amounts in the form's language (not the app's): the person reads them
 * as their own language writes them, with its digits.
 */
export function useFormFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale[(i18n.language as FollowUpFormLanguage) ?? 'fr'] ?? 'fr';
  return {
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    months: (count: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(count),
    days: (count: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(count),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)),
    /** A whole amount of pay band in the organization's currency; a plain number when it has none. */
    amount: (value: number, currency: string | null) => formatAmount(locale, value, currency),
  };
}

/** "1 500 €" in French, "$1,500" in English, "1 500 $CA" in Québec French: whole units, no cents. */
export function formatAmount(locale: string, value: number, currency: string | null): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    ...(currency ? { style: 'currency', currency } : {}),
  }).format(value);
}

/**
 * A name inside a sentence, isolated from the text around it (Unicode FSI … PDI): a French program's
 * name in an Arabic sentence keeps its quotes and the sentence's full stop where they belong.
 */
export const isolated = (name: string) => `\u2068${name}\u2069`;
