import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The documents module's SQL for the person's rights: descriptions of every document, and erasure. */
export function documentsPersonDataRepository(db: Executor) {
  return {
    async descriptions(organizationId: string, personId: string) {
      return db
        .selectFrom('person_documents')
        .select([
          'id',
          'type',
          'title',
          'file_name as fileName',
          'media_type as mediaType',
          'size_bytes as sizeBytes',
          'uploaded_at as uploadedAt',
          'deleted_at as deletedAt',
        ])
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('uploaded_at')
        .orderBy('id')
        .execute();
    },
    /** The bytes go (the description stays, without its title and file name); returns files erased. */
    async erase(organizationId: string, personId: string, change: { by: string; reason: string; now: Date }) {
      const live = await db
        .updateTable('person_documents')
        .set({
          deleted_at: change.now,
          deleted_by: change.by,
          deletion_reason: change.reason,
          key_id: null,
          nonce: null,
          ciphertext: null,
        })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      await db
        .updateTable('person_documents')
        .set({ title: '-', file_name: '-' })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      return Number(live.numUpdatedRows);
    },
  };
}
