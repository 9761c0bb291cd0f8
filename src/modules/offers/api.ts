/**
 * What other modules may ask of the offers module (applications, placements, matching). They never
 * read its table.
 */

import type { Executor } from '../../core/db/types.js';
import { offersRepository } from './adapters/offers-repository.js';

export type { OfferRecord } from './adapters/offers-repository.js';
export {
  type ContractType,
  contractTypes,
  contractTypesByCountry,
  fixedTermContracts,
  openEndedContracts,
  type WorkingTime,
  workingTimes,
} from './domain/contract-types.js';
export { effectiveOfferStatus, type OfferStatus } from './domain/offer-status.js';

/**
 * An offer of `organizationId` as applications and placements show it; undefined when it is another
 * organization's or does not exist.
 */
export async function offerSummary(db: Executor, offerId: string, organizationId: string) {
  const offer = await offersRepository(db).find(offerId);
  if (!offer || offer.organizationId !== organizationId) return undefined;
  return {
    id: offer.id,
    organizationId: offer.organizationId,
    employerId: offer.employerId,
    title: offer.title,
    country: offer.country,
    status: offer.status,
    expiresOn: offer.expiresOn,
    contractType: offer.contractType,
  };
}

/** Matching's first cut: the organization's open offers of related occupations within reach (no score). */
export {
  type CandidateOffer,
  type CandidateOffersQuery,
  candidateOffersIn as candidateOffers,
  matchableOfferIn as matchableOffer,
} from './adapters/candidate-offers-repository.js';
