import type { IndicatorUnit } from '../domain/indicator.js';
import type { ReportCell } from '../domain/run-report.js';
import { pdfWords, type ReportLanguage } from './report-pdf-words.js';

/** How the report's PDF writes its figures, counts and days in its language. */

const intlTag = (language: ReportLanguage) => (language === 'fr' ? 'fr-FR' : 'en-US');

/**
 * A figure as the PDF prints it: a rate as a percentage with one decimal, money in the fund's
 * currency, counts as whole numbers, hours and days with at most one decimal; a hidden cell in words,
 * a figure that cannot be computed (no denominator) as a dash.
 */
export function formatFigure(
  cell: ReportCell,
  unit: IndicatorUnit,
  language: ReportLanguage,
  currency = 'EUR',
): string {
  if (cell.suppressed) return pdfWords[language].suppressed;
  if (cell.value === null) return pdfWords[language].none;
  const tag = intlTag(language);
  switch (unit) {
    case 'rate':
      return new Intl.NumberFormat(tag, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(cell.value);
    case 'amount_cents':
      return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(cell.value / 100);
    case 'units':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(cell.value);
    default:
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(cell.value);
  }
}

/** A count (numerator, denominator) as printed; empty when there is none. */
export function formatCount(count: number | null, language: ReportLanguage): string {
  return count === null ? '' : new Intl.NumberFormat(intlTag(language)).format(count);
}

/** '1 January 2026' / '1 janvier 2026' for a calendar day, whatever the server's zone. */
export function formatDay(day: string, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(intlTag(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
