import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from './caseload-repository.js';
import { openPersonStatus } from './sealed-fields.js';
import './tables.js';

export interface ReportFactsRow {
  personId: string;
  nationality: string | null;
  /** Opened from the sealed status: counted by reports, never listed to a funder. */
  immigrationStatus: string | null;
  /** Levels recorded on a scale, with the day of their test when known. */
  languageLevels: {
    language: string;
    scale: 'cefr' | 'clb' | 'nclc';
    level: string;
    testedOn: string | null;
  }[];
}

/** What funder reports break figures down by, for a set of people (never their names). */
export async function reportFactsOf(
  db: Executor,
  keyRing: KeyRing | undefined,
  personIds: readonly string[] | PersonIdQuery,
): Promise<ReportFactsRow[]> {
  if (Array.isArray(personIds) && personIds.length === 0) return [];
  const ids = personIds as PersonIdQuery;
  const [people, languages] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'nationality', 'sealed_status as sealedStatus'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('person_languages')
      .select(['person_id as personId', 'language', 'scale', 'level', 'test_date as testedOn'])
      .where('person_id', 'in', ids)
      .where('scale', 'is not', null)
      .where('level', 'is not', null)
      .execute(),
  ]);
  const levelsOf = new Map<string, ReportFactsRow['languageLevels']>();
  for (const row of languages) {
    const list = levelsOf.get(row.personId) ?? [];
    list.push({
      language: row.language,
      scale: row.scale as 'cefr' | 'clb' | 'nclc',
      level: row.level as string,
      testedOn: row.testedOn,
    });
    levelsOf.set(row.personId, list);
  }
  return people.map((person) => ({
    personId: person.id,
    nationality: person.nationality?.trim() || null,
    immigrationStatus: openPersonStatus(keyRing, person.id, person.sealedStatus).immigrationStatus,
    languageLevels: levelsOf.get(person.id) ?? [],
  }));
}
