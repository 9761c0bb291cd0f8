/**
 * What other modules may ask of the offers module (applications, placements, matching). They never
 * read its table.
 */

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

/** Matching's first cut: the organization's open offers of related occupations within reach (no score). */
export {
  type CandidateOffer,
  type CandidateOffersQuery,
  candidateOffersIn as candidateOffers,
  matchableOfferIn as matchableOffer,
} from './adapters/candidate-offers-repository.js';
