import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { DuplicateReason } from '../domain/duplicate-score.js';
import { privacyHoldOf } from './caseload-repository.js';
import { comparedColumns } from './duplicate-keys-repository.js';
import type { DuplicateRunPhase, RunFigure } from './duplicate-tables.js';
import './duplicate-tables.js';

/** A key shared by more files than this across the consortium is too common to pair them all. */
const largestBlock = 50;

/**
 * One page of a consortium's batch run, in key order from `after` on: `limit` keys of the members, and
 * among them the blocks — the files of the members sharing a key, for the keys shared by files of at
 * least two members and by no more than `largestBlock` files of the consortium (more is too common to
 * pair them all). Also how far the page went: its last key, how many keys and key rows it passed (the
 * progress of the run's first phase). One pass over the keys' index; the pairs are made by the caller.
 */
export async function sharedKeyBlocks(
  db: Executor,
  memberIds: readonly string[],
  after: string,
  limit: number,
): Promise<{
  blocks: { key: string; organizationIds: string[]; personIds: string[] }[];
  lastKey: string | null;
  keys: number;
  keyRows: number;
}> {
  if (memberIds.length < 2) return { blocks: [], lastKey: null, keys: 0, keyRows: 0 };
  // One text per block: each file as its organization id then its person id (36 characters each), in
  // no order within the key (min/max rather than a count of distinct members, so that the index's order
  // is all the query needs), sliced here: an array of texts costs more to parse than the pairs' work.
  // The page counts every key, shared or not, so that its last row says how far the run has read.
  const rows = await sql<{ key: string | null; files: string | null; keys: number; key_rows: number }>`
    WITH page AS (
      SELECT key, count(*) AS key_rows,
        CASE WHEN count(*) BETWEEN 2 AND ${largestBlock}
          AND min(organization_id::text) <> max(organization_id::text)
        THEN string_agg(organization_id::text || person_id::text, '') END AS files
      FROM person_duplicate_keys
      WHERE organization_id = ANY(${sql.val([...memberIds])}::uuid[]) AND key > ${after}
      GROUP BY key
      ORDER BY key
      LIMIT ${limit}
    )
    SELECT * FROM (
      SELECT key, files, 0::bigint AS keys, 0::bigint AS key_rows FROM page WHERE files IS NOT NULL
      UNION ALL
      SELECT max(key), NULL, count(*), coalesce(sum(key_rows), 0) FROM page
    ) AS answer
    ORDER BY files IS NULL, key
  `.execute(db);
  const summary = rows.rows.at(-1);
  const fileLength = 72;
  return {
    blocks: rows.rows
      .filter((row) => row.files !== null)
      .map((row) => {
        const files = row.files as string;
        const organizationIds: string[] = [];
        const personIds: string[] = [];
        for (let at = 0; at < files.length; at += fileLength) {
          organizationIds.push(files.slice(at, at + 36));
          personIds.push(files.slice(at + 36, at + fileLength));
        }
        return { key: row.key as string, organizationIds, personIds };
      }),
    lastKey: summary?.key ?? null,
    keys: Number(summary?.keys ?? 0),
    keyRows: Number(summary?.key_rows ?? 0),
  };
}

/** The key rows of these members: what the run's first phase reads, counted before it starts. */
export async function keyRowsOfMembers(db: Executor, memberIds: readonly string[]): Promise<number> {
  if (memberIds.length < 2) return 0;
  const row = await db
    .selectFrom('person_duplicate_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', 'in', [...memberIds])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * What a batch run compares of every file of the organization that may be a duplicate (names, birth
 * date, phone, e-mail, sex): restricted, anonymized and merged-away files left out.
 */
export async function runFilesOf(db: Executor, organizationId: string) {
  return db
    .selectFrom('people')
    .select([...comparedColumns, 'people.sex'])
    .where('people.organization_id', '=', organizationId)
    .where((eb) => eb.not(eb.exists(privacyHoldOf(eb))))
    .execute();
}

/** Pairs of files of two member organizations already decided (different, or linked), as "id|id" both ways. */
export async function decidedAcrossMembers(db: Executor, memberIds: readonly string[]): Promise<Set<string>> {
  if (memberIds.length < 2) return new Set();
  const rows = await db
    .selectFrom('duplicate_decisions')
    .select(['person_id', 'other_person_id'])
    .where('organization_id', 'in', [...memberIds])
    .whereRef('other_organization_id', '<>', 'organization_id')
    .execute();
  return new Set(
    rows.flatMap((r) => [`${r.person_id}|${r.other_person_id}`, `${r.other_person_id}|${r.person_id}`]),
  );
}

export interface RunRow {
  id: string;
  organizationId: string;
  consortiumId: string;
  requestedBy: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  comparedPairs: number;
  scoredPairs: number;
  foundPairs: number;
  figures: RunFigure[];
  phase: DuplicateRunPhase | null;
  readKeys: number;
  totalKeys: number;
}

const runColumns = [
  'id',
  'organization_id as organizationId',
  'consortium_id as consortiumId',
  'requested_by as requestedBy',
  'requested_at as requestedAt',
  'started_at as startedAt',
  'finished_at as finishedAt',
  'status',
  'compared_pairs as comparedPairs',
  'scored_pairs as scoredPairs',
  'found_pairs as foundPairs',
  'figures',
  'phase',
  'read_keys as readKeys',
  'total_keys as totalKeys',
] as const;

export function duplicateRunsRepository(db: Executor) {
  return {
    async create(row: {
      id: string;
      organizationId: string;
      consortiumId: string;
      by: string | null;
      at: Date;
    }) {
      await db
        .insertInto('duplicate_runs')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          consortium_id: row.consortiumId,
          requested_by: row.by,
          requested_at: row.at,
          status: 'queued',
        })
        .execute();
    },
    find(id: string): Promise<RunRow | undefined> {
      return db.selectFrom('duplicate_runs').select(runColumns).where('id', '=', id).executeTakeFirst();
    },
    /** The runs over these consortia, latest first. */
    ofConsortia(consortiumIds: readonly string[], limit: number): Promise<RunRow[]> {
      if (consortiumIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('duplicate_runs')
        .select(runColumns)
        .where('consortium_id', 'in', [...consortiumIds])
        .orderBy('requested_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    async progress(
      id: string,
      change: Partial<{
        status: RunRow['status'];
        startedAt: Date;
        finishedAt: Date;
        comparedPairs: number;
        scoredPairs: number;
        foundPairs: number;
        figures: RunFigure[];
        phase: DuplicateRunPhase;
        readKeys: number;
        totalKeys: number;
      }>,
    ) {
      await db
        .updateTable('duplicate_runs')
        .set({
          ...(change.status ? { status: change.status } : {}),
          ...(change.startedAt ? { started_at: change.startedAt } : {}),
          ...(change.finishedAt ? { finished_at: change.finishedAt } : {}),
          ...(change.comparedPairs !== undefined ? { compared_pairs: change.comparedPairs } : {}),
          ...(change.scoredPairs !== undefined ? { scored_pairs: change.scoredPairs } : {}),
          ...(change.foundPairs !== undefined ? { found_pairs: change.foundPairs } : {}),
          ...(change.figures ? { figures: JSON.stringify(change.figures) } : {}),
          ...(change.phase ? { phase: change.phase } : {}),
          ...(change.readKeys !== undefined ? { read_keys: change.readKeys } : {}),
          ...(change.totalKeys !== undefined ? { total_keys: change.totalKeys } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
    async writePairs(
      runId: string,
      pairs: readonly {
        organizationId: string;
        personId: string;
        otherOrganizationId: string;
        otherPersonId: string;
        score: number;
        reasons: readonly DuplicateReason[];
      }[],
    ) {
      const rows = pairs.map((p) => ({
        run_id: runId,
        organization_id: p.organizationId,
        person_id: p.personId,
        other_organization_id: p.otherOrganizationId,
        other_person_id: p.otherPersonId,
        score: p.score,
        reasons: p.reasons.join(','),
      }));
      for (let from = 0; from < rows.length; from += 2_000)
        await db
          .insertInto('duplicate_run_pairs')
          .values(rows.slice(from, from + 2_000))
          .execute();
    },
    /** The latest finished run over any of these consortia: the one members review. */
    latestDone(consortiumIds: readonly string[]): Promise<RunRow | undefined> {
      if (consortiumIds.length === 0) return Promise.resolve(undefined);
      return db
        .selectFrom('duplicate_runs')
        .select(runColumns)
        .where('consortium_id', 'in', [...consortiumIds])
        .where('status', '=', 'done')
        .orderBy('finished_at', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    /** The organization's side of a run's pairs, best first. */
    pairsOf(runId: string, organizationId: string, limit: number) {
      return db
        .selectFrom('duplicate_run_pairs')
        .select([
          'person_id as personId',
          'other_organization_id as otherOrganizationId',
          'other_person_id as otherPersonId',
          'score',
          'reasons',
        ])
        .where('run_id', '=', runId)
        .where('organization_id', '=', organizationId)
        .orderBy('score', 'desc')
        .orderBy('person_id')
        .limit(limit)
        .execute();
    },
  };
}

/**
 * An anonymized file is no one's duplicate any more: the run pairs naming it, on either side (its
 * organization's rows and the other members'), go. The figures of past runs stay as counted.
 */
export async function removeRunPairsNaming(db: Executor, personId: string) {
  await db
    .deleteFrom('duplicate_run_pairs')
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('other_person_id', '=', personId)]))
    .execute();
}
