import type { Executor } from '../../../core/db/types.js';
import './duplicate-tables.js';

export interface FileRef {
  organizationId: string;
  personId: string;
}

/** A pair's decision, recorded once (a second decision on the same pair replaces the first). */
export async function recordDuplicateDecision(
  db: Executor,
  row: {
    id: string;
    decider: FileRef;
    other: FileRef;
    decision: 'different' | 'same';
    decidedBy: string;
    now: Date;
  },
): Promise<string> {
  const saved = await db
    .insertInto('duplicate_decisions')
    .values({
      id: row.id,
      organization_id: row.decider.organizationId,
      person_id: row.decider.personId,
      other_organization_id: row.other.organizationId,
      other_person_id: row.other.personId,
      decision: row.decision,
      decided_by: row.decidedBy,
      decided_at: row.now,
    })
    .onConflict((c) =>
      c.columns(['organization_id', 'person_id', 'other_person_id']).doUpdateSet({
        decision: row.decision,
        decided_by: row.decidedBy,
        decided_at: row.now,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return saved.id;
}

/** Every decided pair that involves the file, whichever side decided: the other files, with the decision. */
export async function decisionsAbout(db: Executor, file: FileRef) {
  const decided = await db
    .selectFrom('duplicate_decisions')
    .select(['other_organization_id as organizationId', 'other_person_id as personId', 'decision'])
    .where('organization_id', '=', file.organizationId)
    .where('person_id', '=', file.personId)
    .union(
      db
        .selectFrom('duplicate_decisions')
        .select(['organization_id as organizationId', 'person_id as personId', 'decision'])
        .where('other_organization_id', '=', file.organizationId)
        .where('other_person_id', '=', file.personId),
    )
    .execute();
  return decided;
}

/** The organization's pairs of its own files decided different, as "lower id|higher id". */
export async function differentPairsOf(db: Executor, organizationId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('duplicate_decisions')
    .select(['person_id', 'other_person_id'])
    .where('organization_id', '=', organizationId)
    .where('other_organization_id', '=', organizationId)
    .where('decision', '=', 'different')
    .execute();
  return new Set(
    rows.map((r) =>
      r.person_id < r.other_person_id
        ? `${r.person_id}|${r.other_person_id}`
        : `${r.other_person_id}|${r.person_id}`,
    ),
  );
}
