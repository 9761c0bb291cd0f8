import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { privacyHoldOf } from './caseload-repository.js';
import './tables.js';

export interface DuplicateProbe {
  organizationId: string;
  /**
   * Search texts (`searchTextOf`) to compare with each file's names: the Latin names, the names in
   * their own script, their Latin transliteration; the best likeness counts. Empty ones are left out.
   */
  names: readonly string[];
  birthDate: string | null;
  /** The last nine digits of the phone number (national or international writing alike), or null. */
  phoneTail: string | null;
  email: string | null;
  limit: number;
}

/** Names this similar (trigram word similarity) are a match; the caseload's search uses the same. */
const nameThreshold = 0.35;
/** With the same birth date, a looser likeness of the name is enough. */
const nameWithBirthDateThreshold = 0.2;

/**
 * The organization's files that may be the same person: a similar name in either script, or the
 * same phone or e-mail, or the same birth date with a loosely similar name. Restricted and anonymized
 * files are left out, as from the caseload. One statement over the organization's people (scores are
 * computed for each of them: an organization follows thousands, not millions; the intake is rare).
 */
export async function findPossibleDuplicates(db: Executor, probe: DuplicateProbe) {
  const probes = probe.names.filter(Boolean);
  const nameScore =
    probes.length === 0
      ? sql<number>`0::float8`
      : sql<number>`greatest(${sql.join(probes.map((name) => sql`word_similarity(${name}, people.search_text)`))})`;
  const sameBirthDate = sql<boolean>`coalesce(people.birth_date = ${probe.birthDate}::date, false)`;
  const samePhone = sql<boolean>`coalesce(${probe.phoneTail}::text is not null
      and right(regexp_replace(people.phone, '[^0-9]', '', 'g'), 9) = ${probe.phoneTail}::text, false)`;
  const sameEmail = sql<boolean>`coalesce(lower(people.email) = lower(${probe.email}::text), false)`;
  const rows = await db
    .selectFrom('people')
    .select([
      'people.id',
      'people.given_name as givenName',
      'people.family_name as familyName',
      'people.given_name_original as givenNameOriginal',
      'people.family_name_original as familyNameOriginal',
      'people.birth_date as birthDate',
      'people.city',
      nameScore.as('nameScore'),
      sameBirthDate.as('sameBirthDate'),
      samePhone.as('samePhone'),
      sameEmail.as('sameEmail'),
    ])
    .where('people.organization_id', '=', probe.organizationId)
    .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
    .where(
      sql<boolean>`(${nameScore} >= ${nameThreshold} or ${samePhone} or ${sameEmail}
        or (${sameBirthDate} and ${nameScore} >= ${nameWithBirthDateThreshold}))`,
    )
    .orderBy(
      sql`(case when ${sameEmail} then 2 else 0 end) + (case when ${samePhone} then 2 else 0 end)
        + (case when ${sameBirthDate} then 1 else 0 end) + ${nameScore}`,
      'desc',
    )
    .orderBy('people.id')
    .limit(probe.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    givenNameOriginal: row.givenNameOriginal,
    familyNameOriginal: row.familyNameOriginal,
    birthDate: row.birthDate,
    city: row.city,
    nameScore: Number(row.nameScore),
    sameBirthDate: Boolean(row.sameBirthDate),
    samePhone: Boolean(row.samePhone),
    sameEmail: Boolean(row.sameEmail),
  }));
}
