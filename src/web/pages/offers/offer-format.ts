import type { OfferStatus } from '../../../modules/offers/domain/offer-status.js';
import { lateOrange, okGreen } from '../../status-colors.js';

/** The status badge's colour (white text on each keeps WCAG AA contrast; the word carries the status). */
export const offerStatusColor: Record<OfferStatus, string> = {
  open: okGreen,
  filled: 'blue.9',
  closed: 'gray.7',
  expired: lateOrange,
};

const currencyDigits = 2;

/** Integer cents as the reader writes money (1 766,92 € / $18.50). */
export function formatCents(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents % 100 === 0 ? 0 : currencyDigits,
  }).format(cents / 100);
}
