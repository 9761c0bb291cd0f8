/** The relocation-plans module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { fieldsOf, relocationPlansRepository } from './adapters/relocation-plans-repository.js';

/** The regionalization plan kept on the file, with its revisions (who saved, when, what changed). */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repo = relocationPlansRepository(db);
  const row = await repo.ofPerson(organizationId, personId);
  if (!row) return { relocationPlans: [] };
  const revisions = await repo.revisionsOf(organizationId, row.id);
  return {
    relocationPlans: [
      {
        id: row.id,
        ...fieldsOf(row),
        revision: row.revision,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        revisions: revisions.map((r) => ({
          revision: r.revision,
          recordedAt: new Date(r.recordedAt).toISOString(),
          changedFields: r.changedFields,
        })),
      },
    ],
  };
}

/** The plan stays (its track, regions and days are counted) but loses its free texts and history. */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return relocationPlansRepository(db).eraseTextsOfPerson(organizationId, personId);
}
