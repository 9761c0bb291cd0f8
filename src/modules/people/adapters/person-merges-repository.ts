import type { Executor } from '../../../core/db/types.js';
import './duplicate-tables.js';
import './tables.js';

export interface MergeInForce {
  id: string;
  keptPersonId: string;
  mergedPersonId: string;
  mergedAt: Date;
}

const inForceColumns = [
  'person_merges.id',
  'person_merges.kept_person_id as keptPersonId',
  'person_merges.merged_person_id as mergedPersonId',
  'person_merges.merged_at as mergedAt',
] as const;

/** The merges in force that involve any of these files, on either side. */
export function mergesInForceOf(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
): Promise<MergeInForce[]> {
  return db
    .selectFrom('person_merges')
    .select(inForceColumns)
    .where('person_merges.organization_id', '=', organizationId)
    .where('person_merges.undone_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('person_merges.kept_person_id', 'in', personIds),
        eb('person_merges.merged_person_id', 'in', personIds),
      ]),
    )
    .orderBy('person_merges.merged_at')
    .execute();
}

export async function recordMerge(
  db: Executor,
  row: {
    id: string;
    organizationId: string;
    keptPersonId: string;
    mergedPersonId: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('person_merges')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      kept_person_id: row.keptPersonId,
      merged_person_id: row.mergedPersonId,
      merged_by: row.by,
      merged_at: row.at,
    })
    .execute();
}

/** Ends the merge in force of this merged file; the number of merges ended (0 or 1). */
export async function undoMerge(
  db: Executor,
  change: { organizationId: string; mergedPersonId: string; by: string; at: Date },
): Promise<MergeInForce | undefined> {
  return db
    .updateTable('person_merges')
    .set({ undone_by: change.by, undone_at: change.at })
    .where('organization_id', '=', change.organizationId)
    .where('merged_person_id', '=', change.mergedPersonId)
    .where('undone_at', 'is', null)
    .returning([
      'id',
      'kept_person_id as keptPersonId',
      'merged_person_id as mergedPersonId',
      'merged_at as mergedAt',
    ])
    .executeTakeFirst();
}

/** Every merge, in force or undone, that names this file (the person's export). */
export function mergesNaming(db: Executor, organizationId: string, personId: string) {
  return db
    .selectFrom('person_merges')
    .select([
      'kept_person_id as keptPersonId',
      'merged_person_id as mergedPersonId',
      'merged_at as mergedAt',
      'undone_at as undoneAt',
    ])
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('kept_person_id', '=', personId), eb('merged_person_id', '=', personId)]))
    .orderBy('merged_at')
    .execute();
}
