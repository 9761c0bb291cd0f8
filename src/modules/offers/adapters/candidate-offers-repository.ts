import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { OfferRecord } from './offers-repository.js';
import './tables.js';

/** What a matching search asks for: related jobs within reach, before any score. */
export interface CandidateOffersQuery {
  organizationId: string;
  /** 'YYYY-MM-DD' in the organization's zone: offers closing before it have expired. */
  today: string;
  /** ISCO-08 minor groups (3 digits) of the person's occupations; with `escoIds`, none given means any occupation. */
  iscoMinorGroups: readonly string[];
  /** ESCO occupations related in other ways (hierarchy, crosswalks). */
  escoIds: readonly string[];
  /** A box around the person's place; remote offers are always within. Null: anywhere. */
  box: { south: number; north: number; west: number; east: number } | null;
  limit: number;
}

export type CandidateOffer = Pick<
  OfferRecord,
  | 'id'
  | 'employerId'
  | 'title'
  | 'escoId'
  | 'iscoCode'
  | 'placeName'
  | 'latitude'
  | 'longitude'
  | 'remote'
  | 'contractType'
  | 'workingTime'
  | 'hoursPerWeek'
  | 'language'
  | 'requiredCredentials'
  | 'skills'
  | 'expiresOn'
>;

/**
 * The organization's open, unexpired offers of the occupations given and within the box, newest first,
 * at most `limit`: the index on (organization, ISCO minor group, latitude) of open offers reads one
 * latitude range per group.
 */
export async function candidateOffersIn(
  db: Executor,
  query: CandidateOffersQuery,
): Promise<CandidateOffer[]> {
  const byOccupation = query.iscoMinorGroups.length > 0 || query.escoIds.length > 0;
  const box = query.box;
  const rows = await candidateColumns(db)
    .where('organization_id', '=', query.organizationId)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', query.today)]))
    .$if(byOccupation, (q) =>
      q.where((eb) =>
        eb.or([
          sql<boolean>`left(isco_code, 3) = ANY(${[...query.iscoMinorGroups]}::text[])`,
          sql<boolean>`esco_id = ANY(${[...query.escoIds]}::text[])`,
        ]),
      ),
    )
    .$if(box !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('remote', '=', true),
          eb.and([
            eb('latitude', '>=', box!.south),
            eb('latitude', '<=', box!.north),
            eb('longitude', '>=', box!.west),
            eb('longitude', '<=', box!.east),
          ]),
        ]),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .execute();
  return rows as unknown as CandidateOffer[];
}

/** One offer of the organization with what matching compares, whatever its status; undefined otherwise. */
export async function matchableOfferIn(
  db: Executor,
  offerId: string,
  organizationId: string,
): Promise<CandidateOffer | undefined> {
  const row = await candidateColumns(db)
    .where('id', '=', offerId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row as unknown as CandidateOffer | undefined;
}

function candidateColumns(db: Executor) {
  return db
    .selectFrom('job_offers')
    .select([
      'id',
      'employer_id as employerId',
      'title',
      'esco_id as escoId',
      'isco_code as iscoCode',
      'place_name as placeName',
      'latitude',
      'longitude',
      'remote',
      'contract_type as contractType',
      'working_time as workingTime',
      'hours_per_week as hoursPerWeek',
      'language_requirement as language',
      'required_credentials as requiredCredentials',
      'skills',
      sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expiresOn'),
    ]);
}
