import type { z } from 'zod';
import type { offerListItem, offerView } from '../../../contracts/offers.js';
import type { OfferRecord } from '../adapters/offers-repository.js';
import { effectiveOfferStatus } from '../domain/offer-status.js';

type Employer = { id: string; name: string; siae: boolean };

/** An offer as the API shows it, with the status it has today. */
export function offerViewOf(
  offer: OfferRecord,
  employer: Employer,
  site: { id: string; name: string } | null,
  occupation: z.infer<typeof offerView>['occupation'],
  today: string,
): z.infer<typeof offerView> {
  return {
    id: offer.id,
    employer,
    site,
    country: offer.country,
    title: offer.title,
    description: offer.description,
    occupation,
    place:
      offer.latitude !== null && offer.longitude !== null
        ? {
            code: offer.placeCode,
            name: offer.placeName,
            latitude: offer.latitude,
            longitude: offer.longitude,
          }
        : null,
    remote: offer.remote,
    contractType: offer.contractType,
    contractMonths: offer.contractMonths,
    workingTime: offer.workingTime,
    hoursPerWeek: offer.hoursPerWeek,
    pay: offer.payPeriod
      ? {
          minCents: offer.payMinCents,
          maxCents: offer.payMaxCents,
          period: offer.payPeriod,
          currency: offer.currency,
        }
      : null,
    language: offer.language,
    requiredCredentials: offer.requiredCredentials,
    skills: offer.skills,
    startsOn: offer.startsOn,
    expiresOn: offer.expiresOn,
    positions: offer.positions,
    status: effectiveOfferStatus(offer.status, offer.expiresOn, today),
    source: offer.source,
    sourceReference: offer.sourceReference,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
  };
}

export function offerListItemOf(
  offer: OfferRecord,
  employer: Employer,
  occupationLabel: string | null,
  today: string,
): z.infer<typeof offerListItem> {
  return {
    id: offer.id,
    employer,
    title: offer.title,
    contractType: offer.contractType,
    contractMonths: offer.contractMonths,
    hoursPerWeek: offer.hoursPerWeek,
    positions: offer.positions,
    status: effectiveOfferStatus(offer.status, offer.expiresOn, today),
    startsOn: offer.startsOn,
    expiresOn: offer.expiresOn,
    createdAt: offer.createdAt.toISOString(),
    placeName: offer.placeName,
    occupationLabel,
  };
}
