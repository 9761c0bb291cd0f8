/** What a person's file holds, as staff sort it. */
export const documentTypes = [
  'diploma',
  'diploma_translation',
  'credential_evaluation',
  'cv',
  'signed_plan',
  'identity',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/**
 * Identity papers (passport, residence permit, asylum receipt) reveal the person's immigration status:
 * they are sensitive, shown only to roles that may see sensitive data, and their timeline events too.
 */
const sensitiveTypes: ReadonlySet<DocumentType> = new Set(['identity']);

export function isSensitiveType(type: DocumentType): boolean {
  return sensitiveTypes.has(type);
}

/** 10 MiB: a scanned diploma or a phone photo of a permit fits; see the ADR on storage in the database. */
export const maxDocumentBytes = 10 * 1024 * 1024;
