/**
 * What other modules may ask of the offers module (applications, placements, matching). They never
 * read its table.
 */

import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import { offersRepository } from './adapters/offers-repository.js';
import './adapters/tables.js';

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

/**
 * The organization's open, unexpired offers placed in one of these places (a region's, from the places
 * module's `placeCodesInDistrict`), newest first, at most `limit`: what a household that considers a
 * region is shown. Remote offers without a place are left out: they do not say the region has work.
 */
export async function openOffersInPlaces(
  db: Executor,
  query: {
    organizationId: string;
    today: string;
    country: string;
    placeCodes: readonly string[];
    limit: number;
  },
) {
  if (query.placeCodes.length === 0) return [];
  return db
    .selectFrom('job_offers')
    .select([
      'id',
      'title',
      'place_code as placeCode',
      'place_name as placeName',
      'esco_id as escoId',
      'contract_type as contractType',
      sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expiresOn'),
    ])
    .where('organization_id', '=', query.organizationId)
    .where('country', '=', query.country)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', query.today)]))
    .where('place_code', 'in', [...query.placeCodes])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .execute();
}
