/** The documents module's part in the person's rights (export, anonymization), through `api.ts`. */
import type { Executor } from '../../core/db/types.js';
import { documentsPersonDataRepository } from './adapters/person-data-repository.js';
import { type DocumentType, isSensitiveType } from './domain/document-types.js';

/**
 * The descriptions of the person's documents, each live one with the address that downloads it
 * (an audited download). Identity papers only when `sensitive`.
 */
export async function personDataFor(
  db: Executor,
  organizationId: string,
  personId: string,
  options: { sensitive: boolean },
) {
  const rows = await documentsPersonDataRepository(db).descriptions(organizationId, personId);
  return rows
    .filter((d) => options.sensitive || !isSensitiveType(d.type as DocumentType))
    .map((d) => ({
      id: d.id,
      type: d.type,
      title: d.title,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.sizeBytes,
      uploadedAt: d.uploadedAt.toISOString(),
      deletedAt: d.deletedAt ? d.deletedAt.toISOString() : null,
      download: d.deletedAt ? null : `/api/documents/${d.id}/content`,
    }));
}

/** Drops every document's bytes, title and file name; returns how many files were erased. */
export function anonymizePersonData(
  db: Executor,
  organizationId: string,
  personId: string,
  change: { by: string; reason: string; now: Date },
) {
  return documentsPersonDataRepository(db).erase(organizationId, personId, change);
}
