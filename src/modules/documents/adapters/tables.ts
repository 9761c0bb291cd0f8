import type { ColumnType } from 'kysely';

export interface PersonDocumentsTable {
  id: string;
  organization_id: string;
  person_id: string;
  type: string;
  title: string;
  /** Sanitised at upload; what the download is named. */
  file_name: string;
  /** Detected from the content, never taken from the browser's word. */
  media_type: string;
  size_bytes: number;
  /** Of the plaintext, hex: shows the bytes were given back unchanged, and spots duplicates. */
  sha256: string;
  key_id: string | null;
  nonce: Uint8Array | null;
  /** AES-256-GCM ciphertext and tag; null once the document is deleted. */
  ciphertext: Uint8Array | null;
  uploaded_by: string;
  uploaded_at: ColumnType<Date, Date, never>;
  updated_at: Date | null;
  deleted_at: Date | null;
  deleted_by: string | null;
  deletion_reason: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    person_documents: PersonDocumentsTable;
  }
}
