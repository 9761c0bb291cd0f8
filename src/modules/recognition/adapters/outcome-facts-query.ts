import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from '../../people/api.js';
import './tables.js';

/**
 * The people's recognition cases as the outcome measures read them, as a query to embed: person_id,
 * started_on, ended_on (the result's day or the closing day; null while open), the credential a
 * recognised or partial result gave (credential_kind, credential_obtained_on; null otherwise), and the
 * pathway's occupation and jurisdiction (occupation_scheme, occupation_code, jurisdiction).
 */
export function recognitionCasesQuery(db: Executor, personIds: readonly string[] | PersonIdQuery) {
  const query = db
    .selectFrom('recognition_cases as rc')
    // The pathway may be a partner's (a cross-organization reference): joined by its id alone.
    .innerJoin('recognition_pathways as rp', 'rp.id', 'rc.pathway_id')
    .select([
      'rc.person_id',
      'rc.started_on',
      sql<string | null>`coalesce(rc.decided_on, rc.closed_on)`.as('ended_on'),
      sql<string | null>`CASE WHEN rc.result IN ('recognised', 'partial') THEN rc.credential_kind END`.as(
        'credential_kind',
      ),
      sql<
        string | null
      >`CASE WHEN rc.result IN ('recognised', 'partial') THEN rc.credential_obtained_on END`.as(
        'credential_obtained_on',
      ),
      'rp.occupation_scheme',
      'rp.occupation_code',
      'rp.jurisdiction',
    ]);
  if (!Array.isArray(personIds)) return query.where('rc.person_id', 'in', personIds as PersonIdQuery);
  if (personIds.length === 0) return query.where(sql<boolean>`false`);
  return query.where('rc.person_id', 'in', personIds);
}

/** The same cases read for the records (dates as 'YYYY-MM-DD'), oldest first per person. */
export async function readRecognitionCasesOf(db: Executor, personIds: readonly string[] | PersonIdQuery) {
  const rows = await db
    .selectFrom(recognitionCasesQuery(db, personIds).as('k'))
    .select([
      'k.person_id as personId',
      sql<string>`to_char(k.started_on, 'YYYY-MM-DD')`.as('startedOn'),
      sql<string | null>`to_char(k.ended_on, 'YYYY-MM-DD')`.as('endedOn'),
      'k.credential_kind as credentialKind',
      sql<string | null>`to_char(k.credential_obtained_on, 'YYYY-MM-DD')`.as('credentialObtainedOn'),
      'k.occupation_scheme as occupationScheme',
      'k.occupation_code as occupationCode',
      'k.jurisdiction',
    ])
    .orderBy('k.person_id')
    .orderBy('k.started_on')
    .execute();
  return rows;
}
