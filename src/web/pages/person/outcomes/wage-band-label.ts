import type { TFunction } from 'i18next';
import type { WageBand } from '../../../../modules/outcomes/domain/vocabulary.js';
import { formatCountry, localeTag } from '../../../format.js';

/** The currency staff are paid in where the organization is; amounts stay plain numbers elsewhere. */
const currencyOfCountry: Record<string, string> = { FR: 'EUR', US: 'USD', CA: 'CAD' };

/**
 * A monthly pay band in words, its amounts in the organization's currency as the interface language
 * writes them there: "De 1 500 à 1 999 €" in Gironde, "$1,500 to $1,999" in St. Louis.
 */
export function wageBandLabel(band: WageBand, t: TFunction): string {
  if (band === 'none') return t('outcomes.wageBand.none');
  const currency = currencyOfCountry[formatCountry() ?? ''];
  const amount = new Intl.NumberFormat(localeTag(), {
    maximumFractionDigits: 0,
    ...(currency ? { style: 'currency', currency } : {}),
  }).format;
  if (band === 'under_1000') return t('outcomes.wageBand.under', { amount: amount(1000) });
  if (band === '3000_plus') return t('outcomes.wageBand.atLeast', { amount: amount(3000) });
  const [from, to] = band.split('_').map(Number) as [number, number];
  return t('outcomes.wageBand.between', { from: amount(from), to: amount(to) });
}
