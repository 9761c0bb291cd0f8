import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import { setFormatCountry } from '../../format.js';
import { i18n } from '../../i18n/index.js';
import { en } from '../../locales/all.js';
import {
  categoryLabel,
  chartValue,
  formatFigure,
  inUiLanguage,
  rateDetail,
  reportCurrency,
} from './report-format.js';

const t = i18n.t.bind(i18n);
const cell = (value: number | null, more: Partial<{ numerator: number; denominator: number }> = {}) => ({
  value,
  numerator: more.numerator ?? null,
  denominator: more.denominator ?? null,
  suppressed: false,
});
const hidden = { value: null, numerator: null, denominator: null, suppressed: true };

beforeAll(async () => {
  i18n.addResourceBundle('en', 'translation', en, true, true);
  await i18n.changeLanguage('en');
});
afterEach(() => setFormatCountry(null));

describe("a report's figures as text", () => {
  it('writes counts, hours with one decimal, money in the currency, rates as percentages and days', () => {
    setFormatCountry('US');
    expect(formatFigure(t, 'units', cell(1234), 'USD')).toBe('1,234');
    expect(formatFigure(t, 'hours', cell(12), 'USD')).toBe('12.0 h');
    expect(formatFigure(t, 'hours', cell(7.25), 'USD')).toBe('7.3 h');
    expect(formatFigure(t, 'amount_cents', cell(250_050), 'USD')).toBe('$2,500.50');
    expect(formatFigure(t, 'rate', cell(0.625, { numerator: 5, denominator: 8 }), 'USD')).toBe('62.5%');
    expect(formatFigure(t, 'days', cell(1), 'USD')).toBe('1 day');
    expect(formatFigure(t, 'days', cell(45), 'USD')).toBe('45 days');
  });

  it('says a hidden figure is under the threshold, never 0, and an empty one is a dash', () => {
    expect(formatFigure(t, 'units', hidden, 'EUR')).toBe('< 10');
    expect(formatFigure(t, 'rate', hidden, 'EUR')).toBe('< 10');
    expect(formatFigure(t, 'rate', cell(null, { numerator: 0, denominator: 0 }), 'EUR')).toBe('—');
    expect(rateDetail(t, hidden)).toBeNull();
    expect(rateDetail(t, cell(0.5, { numerator: 3, denominator: 6 }))).toBe('3 of 6');
  });

  it('draws rates in percent and leaves hidden cells out of charts', () => {
    expect(chartValue('rate', cell(0.625))).toBe(62.5);
    expect(chartValue('amount_cents', cell(1050))).toBe(10.5);
    expect(chartValue('units', hidden)).toBeNull();
  });

  it("takes the fund's currency, else the organization's country's", () => {
    setFormatCountry('CA');
    expect(reportCurrency({ fund: { id: 'f', name: 'Fund', currency: 'USD' } })).toBe('USD');
    expect(reportCurrency({ fund: null })).toBe('CAD');
  });
});

describe("a breakdown's categories", () => {
  const organizations = [{ id: '0190-aaaa', name: 'SIAE Bordeaux Nord' }];
  it('names member organizations, sexes, age bands, sources, statuses and countries in the interface language', () => {
    expect(categoryLabel(t, 'member_organization', '0190-aaaa', organizations)).toBe('SIAE Bordeaux Nord');
    expect(categoryLabel(t, 'sex', 'female', organizations)).toBe('Female');
    expect(categoryLabel(t, 'age_band', '26_44', organizations)).toBe('26 to 44');
    expect(categoryLabel(t, 'intake_source', 'walk_in', organizations)).toBe('Walk-in');
    expect(categoryLabel(t, 'immigration_status', 'refugee', organizations)).toBe('Refugee');
    expect(categoryLabel(t, 'nationality', 'SD', organizations)).toBe('Sudan');
    expect(categoryLabel(t, 'nationality_group', '015', organizations)).toBe('Northern Africa');
    expect(categoryLabel(t, 'language_level_at_entry', 'B1', organizations)).toBe('B1');
    expect(categoryLabel(t, 'sex', 'unknown', organizations)).toBe('Not recorded');
    expect(inUiLanguage({ fr: 'Sorties', en: 'Exits' })).toBe('Exits');
  });
});
