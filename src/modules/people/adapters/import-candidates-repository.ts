import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { privacyHoldOf } from './caseload-repository.js';
import { comparedColumns } from './duplicate-keys-repository.js';
import './duplicate-tables.js';
import './privacy-tables.js';
import './tables.js';

/** One row's probe of a caseload import: its blocking keys and, knowing one name only, its key prefixes. */
export interface ImportProbe {
  keys: readonly string[];
  prefixes: readonly string[];
}

/**
 * For every probe of an import at once, the files of these organizations that share a blocking key
 * with it, the `limit` sharing the most keys (ties by id): what `duplicateCandidates` gives one probe,
 * in one statement for the whole file. Answers pairs of a probe's index and a file's id.
 */
export async function candidatesOfProbes(
  db: Executor,
  organizationIds: readonly string[],
  probes: readonly ImportProbe[],
  limit: number,
): Promise<{ probe: number; personId: string }[]> {
  if (organizationIds.length === 0 || probes.length === 0) return [];
  const keyProbes: number[] = [];
  const keys: string[] = [];
  const prefixProbes: number[] = [];
  const lows: string[] = [];
  const highs: string[] = [];
  for (const [index, probe] of probes.entries()) {
    for (const key of probe.keys) {
      keyProbes.push(index);
      keys.push(key);
    }
    for (const prefix of probe.prefixes) {
      prefixProbes.push(index);
      lows.push(prefix);
      // '}' follows '|' in byte order: the range holds exactly the keys that start with the prefix.
      highs.push(`${prefix.slice(0, -1)}}`);
    }
  }
  if (keys.length === 0 && lows.length === 0) return [];
  const organizations = sql.val([...organizationIds]);
  // UNION, not UNION ALL: a key both equal to one of the probe's and within one of its prefixes counts once.
  const result = await sql<{ probe: number; person_id: string }>`
    WITH probe_keys AS (
      SELECT * FROM unnest(${sql.val(keyProbes)}::int[], ${sql.val(keys)}::text[]) AS t(probe, key)
    ), probe_prefixes AS (
      SELECT * FROM unnest(${sql.val(prefixProbes)}::int[], ${sql.val(lows)}::text[], ${sql.val(highs)}::text[])
        AS t(probe, low, high)
    ), matched AS (
      SELECT p.probe, k.person_id, k.key
      FROM probe_keys p
      JOIN person_duplicate_keys k ON k.key = p.key AND k.organization_id = ANY(${organizations}::uuid[])
      UNION
      SELECT p.probe, k.person_id, k.key
      FROM probe_prefixes p
      JOIN person_duplicate_keys k
        ON k.key >= p.low AND k.key < p.high AND k.organization_id = ANY(${organizations}::uuid[])
    ), ranked AS (
      SELECT probe, person_id,
        row_number() OVER (PARTITION BY probe ORDER BY count(*) DESC, person_id) AS rank
      FROM matched
      GROUP BY probe, person_id
    )
    SELECT probe, person_id FROM ranked WHERE rank <= ${limit}
  `.execute(db);
  return result.rows.map((row) => ({ probe: Number(row.probe), personId: row.person_id }));
}

/** These files with what the duplicate rule compares, restricted, anonymized and merged files left out. */
export async function comparableFilesByIds(db: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('people')
    .select([...comparedColumns, 'people.sex', 'people.city'])
    .where(sql<boolean>`people.id = ANY(${sql.val([...personIds])}::uuid[])`)
    .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
    .execute();
}
