/**
 * An offer's life: open while positions are to fill; filled when they are; closed when the employer
 * withdraws it; expired when its closing date has passed without either. An offer can be reopened
 * (the employer hires again), which needs a closing date in the future if it had one.
 */
export const offerStatuses = ['open', 'filled', 'closed', 'expired'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** The statuses a person may set; `expired` comes from the date alone. */
export const settableOfferStatuses = ['open', 'filled', 'closed'] as const;
export type SettableOfferStatus = (typeof settableOfferStatuses)[number];

/** The status an offer shows on a given day: an open offer past its closing date is expired. */
export function effectiveOfferStatus(
  stored: SettableOfferStatus,
  expiresOn: string | null,
  today: string,
): OfferStatus {
  if (stored === 'open' && expiresOn !== null && expiresOn < today) return 'expired';
  return stored;
}

export type OfferMoveRefusal = 'same_status' | 'closing_date_passed';

/** Whether a person may move an offer from what it shows today to `to`, and why not. */
export function offerMoveRefusal(
  shown: OfferStatus,
  to: SettableOfferStatus,
  expiresOn: string | null,
  today: string,
): OfferMoveRefusal | null {
  if (shown === to) return 'same_status';
  if (to === 'open' && expiresOn !== null && expiresOn < today) return 'closing_date_passed';
  return null;
}
