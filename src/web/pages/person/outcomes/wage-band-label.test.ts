import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'en' } });
});

import { setFormatCountry } from '../../../format.js';
import { i18n, loadAreas } from '../../../i18n/index.js';
import { wageBandLabel } from './wage-band-label.js';

afterEach(() => setFormatCountry(null));

const money = (locale: string, currency: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);

/** Pay bands read in the organization's currency, as its country writes the interface language. */
describe('a monthly pay band in words', () => {
  it('is in dollars in St. Louis and in euros in Gironde, in English', async () => {
    await i18n.changeLanguage('en');
    await loadAreas(['outcomes'], 'en');
    setFormatCountry('US');
    expect(wageBandLabel('1500_1999', i18n.t)).toBe('$1,500 to $1,999');
    expect(wageBandLabel('under_1000', i18n.t)).toBe('Under $1,000');
    setFormatCountry('FR');
    expect(wageBandLabel('3000_plus', i18n.t)).toBe(`${money('en-GB', 'EUR', 3000)} or more`);
    expect(wageBandLabel('none', i18n.t)).toBe('No wage');
  });

  it('is in Canadian dollars in Québec, in French', async () => {
    await i18n.changeLanguage('fr');
    await loadAreas(['outcomes'], 'fr');
    setFormatCountry('CA');
    expect(wageBandLabel('1000_1499', i18n.t)).toBe(
      `De ${money('fr-CA', 'CAD', 1000)} à ${money('fr-CA', 'CAD', 1499)}`,
    );
    setFormatCountry('FR');
    expect(wageBandLabel('2000_2999', i18n.t)).toMatch(/^De 2\s000\s€ à 2\s999\s€$/);
  });
});
