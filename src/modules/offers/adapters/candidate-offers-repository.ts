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
  /**
   * A box around the person's place (remote offers are always within), the nearest offers first when
   * more than `limit` are in it. Null: anywhere, the newest first.
   */
  box: {
    south: number;
    north: number;
    west: number;
    east: number;
    latitude: number;
    longitude: number;
  } | null;
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
 * The organization's open, unexpired offers of the occupations given and within the box (remote ones
 * wherever they are), at most `limit`: the nearest, else the newest. Near and remote offers are two queries so that each
 * reads its own index: (organization, ISCO minor group, latitude, longitude) of open offers reads one
 * latitude range per group and checks the longitude in the index; ESCO ids read the occupation's index.
 */
export async function candidateOffersIn(
  db: Executor,
  query: CandidateOffersQuery,
): Promise<CandidateOffer[]> {
  const groups = [...query.iscoMinorGroups];
  const escoIds = [...query.escoIds];
  const byOccupation = groups.length > 0 || escoIds.length > 0;
  const box = query.box;
  const open = () =>
    candidateColumns(db)
      .where('organization_id', '=', query.organizationId)
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', query.today)]));
  const ofOccupations = sql<boolean>`(left(isco_code, 3) = ANY(${groups}::text[]) OR esco_id = ANY(${escoIds}::text[]))`;
  const newest = <Q extends ReturnType<typeof open>>(q: Q, limit = query.limit) =>
    q.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  // A fifth of the candidates may be remote offers, wherever they are.
  const remoteLimit = Math.ceil(query.limit / 5);
  if (!box)
    return (await newest(
      open().$if(byOccupation, (q) => q.where(ofOccupations)),
    )) as unknown as CandidateOffer[];
  const inBox = sql<boolean>`latitude BETWEEN ${box.south} AND ${box.north} AND longitude BETWEEN ${box.west} AND ${box.east}`;
  const near = open().$if(byOccupation, (q) =>
    q.where(
      sql<boolean>`((left(isco_code, 3) = ANY(${groups}::text[]) AND ${inBox}) OR (esco_id = ANY(${escoIds}::text[]) AND ${inBox}))`,
    ),
  );
  // Degrees of longitude shrink with the latitude: a flat-earth distance is enough to order a box.
  const shrink = Math.cos((box.latitude * Math.PI) / 180);
  const nearest = (byOccupation ? near : open().where(inBox))
    .orderBy(
      sql`(latitude - ${box.latitude}) * (latitude - ${box.latitude}) + (longitude - ${box.longitude}) * (longitude - ${box.longitude}) * ${shrink * shrink}`,
    )
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit - remoteLimit)
    .execute();
  const [nearRows, remoteRows] = await Promise.all([
    nearest,
    newest(
      open()
        .where('remote', '=', true)
        .$if(byOccupation, (q) => q.where(ofOccupations)),
      remoteLimit,
    ),
  ]);
  const seen = new Set<string>();
  return [...nearRows, ...remoteRows]
    .filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)))
    .slice(0, query.limit) as unknown as CandidateOffer[];
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
      'created_at as createdAt',
    ]);
}
