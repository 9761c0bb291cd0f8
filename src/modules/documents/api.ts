/**
 * What other modules may ask of the documents module (plans and notes attach documents as evidence).
 * They never read its tables, and never get a document's content.
 */
import type { Executor } from '../../core/db/types.js';
import { documentsRepository } from './adapters/documents-repository.js';
import type { DocumentType } from './domain/document-types.js';

export type { DocumentType } from './domain/document-types.js';
export { documentTypes, isSensitiveType } from './domain/document-types.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DocumentSummary {
  id: string;
  type: DocumentType;
  title: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedBy: string;
}

/**
 * The live documents of a person in an organization, newest first. The caller checks the actor's role
 * (identity documents are sensitive: see `isSensitiveType`).
 */
export async function documentsOfPerson(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<DocumentSummary[]> {
  const documents = await documentsRepository(db).ofPerson(organizationId, personId);
  return documents.map((d) => ({
    id: d.id,
    type: d.type,
    title: d.title,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    uploadedAt: d.uploadedAt,
    uploadedBy: d.uploadedBy,
  }));
}

/** Whether the document is a live document of this person in this organization (to attach it safely). */
export async function documentBelongsTo(
  db: Executor,
  documentId: string,
  organizationId: string,
  personId: string,
): Promise<boolean> {
  if (!uuidPattern.test(documentId)) return false;
  const document = await documentsRepository(db).find(documentId, organizationId);
  return Boolean(document && document.personId === personId && !document.deletedAt);
}

export * as documentsPersonData from './person-data.js';
