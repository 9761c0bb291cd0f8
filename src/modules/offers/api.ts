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
