import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from './caseload-repository.js';
import './tables.js';

export interface OutcomeFactsRow {
  personId: string;
  displayName: string;
  sex: 'female' | 'male' | 'other' | null;
  birthYear: number | null;
  arrivalYear: number | null;
  /** Education rows, highest level first: level, field, country where obtained. */
  education: { iscedLevel: number | null; field: string | null; country: string | null }[];
  /** ESCO occupations held, and the one still held (no end year) when known. */
  formerOccupationEscoIds: string[];
  currentOccupationEscoId: string | null;
}

/**
 * What the outcome statistics break down by and compare with (sex, birth and arrival years, education
 * with its field and country, occupations held), for a set of people. Only those facts: no names of
 * places, no status. Statistics are anonymized by the caller; names are kept for drill-down lists.
 */
export async function outcomeFactsOf(
  db: Executor,
  personIds: readonly string[] | PersonIdQuery,
): Promise<OutcomeFactsRow[]> {
  if (Array.isArray(personIds) && personIds.length === 0) return [];
  const ids = personIds as PersonIdQuery;
  const [people, education, experience] = await Promise.all([
    db
      .selectFrom('people')
      .select([
        'id',
        'given_name as givenName',
        'family_name as familyName',
        'sex',
        sql<number | null>`extract(year from birth_date)::int`.as('birthYear'),
        sql<number | null>`extract(year from arrival_date)::int`.as('arrivalYear'),
      ])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('person_education')
      .select(['person_id as personId', 'isced_level as iscedLevel', 'field', 'country'])
      .where('person_id', 'in', ids)
      .orderBy('isced_level', (o) => o.desc().nullsLast())
      .execute(),
    db
      .selectFrom('person_experience')
      .select(['person_id as personId', 'esco_id as escoId', 'end_year as endYear'])
      .where('person_id', 'in', ids)
      .where('esco_id', 'is not', null)
      .execute(),
  ]);
  const educationOf = new Map<string, OutcomeFactsRow['education']>();
  for (const row of education) {
    const list = educationOf.get(row.personId) ?? [];
    list.push({ iscedLevel: row.iscedLevel, field: row.field, country: row.country });
    educationOf.set(row.personId, list);
  }
  const occupationsOf = new Map<string, { all: string[]; current: string | null }>();
  for (const row of experience) {
    const known = occupationsOf.get(row.personId) ?? { all: [], current: null };
    known.all.push(row.escoId as string);
    if (row.endYear === null) known.current = row.escoId;
    occupationsOf.set(row.personId, known);
  }
  return people.map((p) => ({
    personId: p.id,
    displayName: `${p.givenName} ${p.familyName}`,
    sex: p.sex,
    birthYear: p.birthYear === null ? null : Number(p.birthYear),
    arrivalYear: p.arrivalYear === null ? null : Number(p.arrivalYear),
    education: educationOf.get(p.id) ?? [],
    formerOccupationEscoIds: occupationsOf.get(p.id)?.all ?? [],
    currentOccupationEscoId: occupationsOf.get(p.id)?.current ?? null,
  }));
}
