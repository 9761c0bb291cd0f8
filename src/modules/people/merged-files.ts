/**
 * The reads across a merge in force (docs/duplicates.md): which files are merged into a kept file, which
 * file a merged one is kept as, and who a merged pair counts as in figures (`api.ts` re-exports these).
 */

import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from './adapters/caseload-repository.js';
import { peopleRepository } from './adapters/people-repository.js';
import { mergesInForceOf } from './adapters/person-merges-repository.js';

/** A file of the organization seen from the other side of a merge in force: who, and since when. */
export interface MergedFileRef {
  personId: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  mergedAt: Date;
}

async function refsOf(
  db: Executor,
  organizationId: string,
  merges: readonly { personId: string; mergedAt: Date }[],
): Promise<MergedFileRef[]> {
  const repo = peopleRepository(db);
  const refs: MergedFileRef[] = [];
  for (const { personId, mergedAt } of merges) {
    const person = await repo.findPerson(personId, organizationId);
    if (!person) continue;
    const { givenName, familyName, givenNameOriginal, familyNameOriginal } = person;
    refs.push({ personId, givenName, familyName, givenNameOriginal, familyNameOriginal, mergedAt });
  }
  return refs;
}

/**
 * The files merged into this kept file by merges in force (undone ones left out), oldest merge first,
 * with the names their own readers see — only the organization's own files: a file of another
 * organization is never merged, and nothing is answered for a file the organization does not follow.
 * A merged file's records stay on it; the kept file's screens read them through these ids.
 */
export async function filesMergedInto(
  db: Executor,
  organizationId: string,
  keptPersonId: string,
): Promise<MergedFileRef[]> {
  const merges = await mergesInForceOf(db, organizationId, [keptPersonId]);
  return refsOf(
    db,
    organizationId,
    merges
      .filter((m) => m.keptPersonId === keptPersonId)
      .map((m) => ({ personId: m.mergedPersonId, mergedAt: m.mergedAt })),
  );
}

/**
 * For SQL figures: every file merged away by a merge in force (`merged_person_id`) and the file kept
 * (`kept_person_id`), which it counts as — a merged pair is one person (docs/duplicates.md). A subquery
 * of the merges' own table, so that figures join it without reading people's tables themselves.
 */
export function mergedAwayFiles(db: Executor) {
  return db
    .selectFrom('person_merges')
    .select(['person_merges.merged_person_id', 'person_merges.kept_person_id'])
    .where('person_merges.undone_at', 'is', null);
}

/**
 * For SQL figures that count people: every file merged away by a merge in force, the file kept, and
 * who the pair counts as (`kept_counted_as`): the kept file's counting key when it is linked to files
 * of other organizations, else the kept file's id — so a merged pair is one person, and one person
 * with the files the kept one is linked to. The kept file's own enrolments carry its counting key.
 */
export function mergedFilesCountedAs(db: Executor) {
  return db
    .selectFrom('person_merges')
    .innerJoin('people as kept', (join) =>
      join
        .onRef('kept.id', '=', 'person_merges.kept_person_id')
        .onRef('kept.organization_id', '=', 'person_merges.organization_id'),
    )
    .select([
      'person_merges.merged_person_id',
      'person_merges.kept_person_id',
      sql<string>`coalesce(kept.counting_key, kept.id)`.as('kept_counted_as'),
    ])
    .where('person_merges.undone_at', 'is', null);
}

/**
 * Of these files, those merged away by a merge in force, each with the file kept and who the pair
 * counts as (as `mergedFilesCountedAs`, read for records computed in memory).
 */
export async function keptFilesCountedAs(
  db: Executor,
  personIds: PersonIdQuery,
): Promise<Map<string, { keptPersonId: string; countedAs: string }>> {
  const merges = await db
    .selectFrom('person_merges')
    .select(['merged_person_id as mergedPersonId', 'kept_person_id as keptPersonId'])
    .where('undone_at', 'is', null)
    .where('merged_person_id', 'in', personIds)
    .execute();
  if (merges.length === 0) return new Map();
  const kept = await db
    .selectFrom('people')
    .select(['id', 'counting_key as countingKey'])
    .where(
      'id',
      'in',
      merges.map((m) => m.keptPersonId),
    )
    .execute();
  const countingKeyOf = new Map(kept.map((k) => [k.id, k.countingKey]));
  return new Map(
    merges.map((m) => [
      m.mergedPersonId,
      { keptPersonId: m.keptPersonId, countedAs: countingKeyOf.get(m.keptPersonId) ?? m.keptPersonId },
    ]),
  );
}

/** The kept file this file is merged into by a merge in force, if any (same organization only). */
export async function keptFileOf(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<MergedFileRef | undefined> {
  const merges = await mergesInForceOf(db, organizationId, [personId]);
  const merge = merges.find((m) => m.mergedPersonId === personId);
  if (!merge) return undefined;
  return (await refsOf(db, organizationId, [{ personId: merge.keptPersonId, mergedAt: merge.mergedAt }]))[0];
}

/** A merged file as a kept file's screens name a record of it (`fromMergedFile` in the contracts). */
export interface MergedFileOrigin {
  personId: string;
  givenName: string;
  familyName: string;
}

/** What a kept file's list reads across its merges in force. */
export interface KeptFileReads {
  /** The kept file first, then each file merged into it (oldest merge first). */
  files: string[];
  merged: MergedFileRef[];
  /** The merged file a record of this file comes from; null for the kept file's own records. */
  originOf(personId: string): MergedFileOrigin | null;
}

/**
 * The files a kept file's list reads: itself and the files merged into it by merges in force (only the
 * organization's own). A file merged away, or a file with no merge, reads itself alone.
 */
export async function keptFileReads(
  db: Executor,
  organizationId: string,
  keptPersonId: string,
): Promise<KeptFileReads> {
  const merged = await filesMergedInto(db, organizationId, keptPersonId);
  const origins = new Map(merged.map((m) => [m.personId, m]));
  return {
    files: [keptPersonId, ...origins.keys()],
    merged,
    originOf(personId) {
      const file = origins.get(personId);
      return file ? { personId, givenName: file.givenName, familyName: file.familyName } : null;
    },
  };
}
