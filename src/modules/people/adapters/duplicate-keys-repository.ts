import { type Kysely, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import { duplicateKeysOf } from '../domain/duplicate-keys.js';
import { personNamesOf } from '../domain/duplicate-names.js';
import type { ComparablePerson } from '../domain/duplicate-score.js';
import { privacyHoldOf } from './caseload-repository.js';
import { shippedNameVariants } from './name-variants-file.js';
import './duplicate-tables.js';
import './privacy-tables.js';
import './tables.js';

/** What the duplicate rule compares of a file, read alike by every query that feeds it. */
export const comparedColumns = [
  'people.id',
  'people.organization_id as organizationId',
  'people.given_name as givenName',
  'people.family_name as familyName',
  'people.given_name_original as givenNameOriginal',
  'people.family_name_original as familyNameOriginal',
  'people.birth_date as birthDate',
  'people.phone',
  'people.email',
] as const;

/** Writes a file's blocking keys again from what it now says (after it is opened or its identity changes). */
export async function replaceDuplicateKeys(
  db: Executor,
  file: { personId: string; organizationId: string; person: ComparablePerson },
) {
  const keys = duplicateKeysOf(file.person, personNamesOf(file.person, shippedNameVariants()));
  await db
    .deleteFrom('person_duplicate_keys')
    .where('person_id', '=', file.personId)
    .where('organization_id', '=', file.organizationId)
    .execute();
  if (keys.length > 0)
    await db
      .insertInto('person_duplicate_keys')
      .values(keys.map((key) => ({ organization_id: file.organizationId, person_id: file.personId, key })))
      .execute();
}

/** An anonymized file keeps no key: its names, date, phone and e-mail are gone. */
export async function removeDuplicateKeys(db: Executor, personId: string, organizationId: string) {
  await db
    .deleteFrom('person_duplicate_keys')
    .where('person_id', '=', personId)
    .where('organization_id', '=', organizationId)
    .execute();
}

export interface CandidateProbe {
  organizationIds: readonly string[];
  /** Keys compared for equality. */
  keys: readonly string[];
  /** Key prefixes ("n:kuvalinku|"): a probe that knows one name meets every file with it. */
  prefixes: readonly string[];
  /** A file never its own candidate. */
  excludePersonId?: string | null;
  /** Files sharing the most keys first; beyond this many, a name too common to tell anything. */
  limit: number;
}

/**
 * The files of these organizations that share a blocking key with the probe, with what the rule
 * compares; restricted and anonymized files left out, as from the caseload. One index range per key.
 */
export async function duplicateCandidates(db: Executor, probe: CandidateProbe) {
  if (probe.organizationIds.length === 0 || (probe.keys.length === 0 && probe.prefixes.length === 0))
    return [];
  const matching = [
    ...(probe.keys.length > 0 ? [sql<boolean>`k.key = ANY(${sql.val([...probe.keys])}::text[])`] : []),
    // '}' follows '|' in byte order: the range holds exactly the keys that start with the prefix.
    ...probe.prefixes.map(
      (prefix) => sql<boolean>`(k.key >= ${prefix} AND k.key < ${`${prefix.slice(0, -1)}}`})`,
    ),
  ];
  const shared = db
    .selectFrom('person_duplicate_keys as k')
    .select(['k.person_id', 'k.organization_id'])
    .select(sql<number>`count(*)`.as('shared'))
    .where('k.organization_id', 'in', [...probe.organizationIds])
    .where(sql<boolean>`(${sql.join(matching, sql` OR `)})`)
    .groupBy(['k.person_id', 'k.organization_id'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('k.person_id')
    .limit(probe.limit)
    .as('shared');
  const rows = await db
    .selectFrom(shared)
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'shared.person_id')
        .onRef('people.organization_id', '=', 'shared.organization_id'),
    )
    .select([...comparedColumns, 'people.sex', 'people.city'])
    .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
    .$if(Boolean(probe.excludePersonId), (q) => q.where('people.id', '!=', probe.excludePersonId!))
    .execute();
  return rows;
}

/** A key shared by more files than this is too common to pair them all (a birth date with two letters, a frequent name). */
const largestBlock = 50;

/**
 * Every pair of the organization's files sharing a key (the batch run), each pair once, with how many
 * keys they share; keys shared by more than `largestBlock` files are left out rather than paired.
 */
export async function duplicatePairsOfOrganization(db: Executor, organizationId: string) {
  const blocks = db
    .selectFrom('person_duplicate_keys')
    .select('key')
    .where('organization_id', '=', organizationId)
    .groupBy('key')
    .having(sql<boolean>`count(*) BETWEEN 2 AND ${largestBlock}`);
  return db
    .selectFrom('person_duplicate_keys as a')
    .innerJoin('person_duplicate_keys as b', (join) =>
      join
        .onRef('b.key', '=', 'a.key')
        .onRef('b.organization_id', '=', 'a.organization_id')
        .onRef('b.person_id', '>', 'a.person_id'),
    )
    .select(['a.person_id as first', 'b.person_id as second'])
    .select(sql<number>`count(*)`.as('shared'))
    .where('a.organization_id', '=', organizationId)
    .where('a.key', 'in', blocks)
    .groupBy(['a.person_id', 'b.person_id'])
    .execute();
}

/** The files of the organization with what the rule compares, restricted and anonymized ones left out. */
export async function comparableFiles(db: Executor, organizationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('people')
    .select([...comparedColumns, 'people.sex', 'people.city'])
    .where('people.organization_id', '=', organizationId)
    .where('people.id', 'in', [...personIds])
    .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
    .execute();
}

/**
 * Writes again the keys of every file after `after` (id order), `batchSize` files at a time, each batch
 * in its own transaction: after a change to the rule's keys or to the variant lists. Anonymized files
 * get none. Returns the files done.
 */
export async function rebuildAllDuplicateKeys(
  db: Kysely<Database>,
  options: { batchSize: number; onBatch?: (done: number) => void },
): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const files = await db
      .selectFrom('people')
      .leftJoin('person_privacy', (join) =>
        join
          .onRef('person_privacy.person_id', '=', 'people.id')
          .onRef('person_privacy.organization_id', '=', 'people.organization_id'),
      )
      .select([...comparedColumns, 'person_privacy.anonymized_at as anonymizedAt'])
      .where('people.id', '>', after)
      .orderBy('people.id')
      .limit(options.batchSize)
      .execute();
    if (files.length === 0) return done;
    const variants = shippedNameVariants();
    const keys = files
      .filter((file) => !file.anonymizedAt)
      .flatMap((file) =>
        duplicateKeysOf(file, personNamesOf(file, variants)).map((key) => ({
          organization_id: file.organizationId,
          person_id: file.id,
          key,
        })),
      );
    await db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('person_duplicate_keys')
        .where(
          'person_id',
          'in',
          files.map((file) => file.id),
        )
        .execute();
      // A few thousand rows per statement, well under the protocol's limit on parameters.
      for (let from = 0; from < keys.length; from += 5_000)
        await trx
          .insertInto('person_duplicate_keys')
          .values(keys.slice(from, from + 5_000))
          .execute();
    });
    done += files.length;
    after = files.at(-1)!.id;
    options.onBatch?.(done);
  }
}
