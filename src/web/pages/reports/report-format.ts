import type { TFunction } from 'i18next';
import { defaultSmallCellThreshold } from '../../../modules/outcomes/domain/vocabulary.js';
import type { BreakdownKey, IndicatorUnit, ProgramReport, ReportCell } from '../../api/reports.js';
import { countryName } from '../../components/CountrySelect.js';
import { formatCountry, formatNumber, localeTag } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';

/** In the interface's language: a template's and an indicator's texts are written in French and English. */
export const inUiLanguage = (text: { fr: string; en: string }) =>
  currentLanguage().startsWith('en') ? text.en : text.fr;

/** Below this, a funder's figure is hidden by the server (`suppressed`). */
export const smallCellThreshold = defaultSmallCellThreshold;

const currencyOfCountry: Record<string, string> = { FR: 'EUR', US: 'USD', CA: 'CAD' };

/** The currency of the report's money: the fund's, else the organization's country's. */
export function reportCurrency(report: Pick<ProgramReport, 'fund'>): string {
  return report.fund?.currency ?? currencyOfCountry[formatCountry() ?? ''] ?? 'EUR';
}

/**
 * A figure as text in the reader's language: a count of units, hours with one decimal, money in the
 * report's currency, a rate as a percentage, days. A hidden figure says so ("< 10"), never "0"; a
 * figure with nothing to compute from is "—".
 */
export function formatFigure(t: TFunction, unit: IndicatorUnit, cell: ReportCell, currency: string): string {
  if (cell.suppressed) return t('reports.suppressed', { threshold: smallCellThreshold });
  const value = cell.value;
  if (value === null) return '—';
  switch (unit) {
    case 'units':
      return formatNumber(value);
    case 'hours':
      return t('reports.hours', {
        value: new Intl.NumberFormat(localeTag(), {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(value),
      });
    case 'amount_cents':
      return new Intl.NumberFormat(localeTag(), { style: 'currency', currency }).format(value / 100);
    case 'rate':
      return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'days':
      return t('reports.days', { count: value, formattedCount: formatNumber(value) });
  }
}

/** "12 of 30" under a rate, when both counts are published. */
export function rateDetail(t: TFunction, cell: ReportCell): string | null {
  if (cell.suppressed || cell.numerator === null || cell.denominator === null) return null;
  return t('reports.rateOf', {
    numerator: formatNumber(cell.numerator),
    denominator: formatNumber(cell.denominator),
  });
}

/** The number a chart draws for a cell (rates in percent); hidden and empty cells draw nothing. */
export function chartValue(unit: IndicatorUnit, cell: ReportCell): number | null {
  if (cell.suppressed || cell.value === null) return null;
  if (unit === 'rate') return Math.round(cell.value * 1000) / 10;
  if (unit === 'amount_cents') return cell.value / 100;
  return cell.value;
}

/**
 * A category's label: member organizations by their names, sexes, age bands, intake sources and
 * immigration statuses through the interface's words, countries through Intl, "Not recorded" for
 * an unknown.
 */
export function categoryLabel(
  t: TFunction,
  breakdown: BreakdownKey,
  category: string,
  organizations: ProgramReport['organizations'],
): string {
  if (category === 'unknown') return t('reports.notRecorded');
  switch (breakdown) {
    case 'member_organization':
      return organizations.find((o) => o.id === category)?.name ?? category;
    case 'sex':
      return t(`reports.sex.${category}`, { defaultValue: category });
    case 'age_band':
      return t(`reports.ageBand.${category}`, { defaultValue: category });
    case 'intake_source':
      return t(`source.${category}`, { defaultValue: category });
    case 'immigration_status':
      return t(`status.${category}`, { defaultValue: category });
    case 'nationality':
    case 'nationality_group':
      // Intl names UN M49 regions ("145": Western Asia) as it names countries.
      return countryName(category);
    case 'language_level_at_entry':
      return category;
  }
}
