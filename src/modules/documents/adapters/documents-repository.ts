import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { DocumentType } from '../domain/document-types.js';
import './tables.js';

export interface DocumentRecord {
  id: string;
  organizationId: string;
  personId: string;
  type: DocumentType;
  title: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
  updatedAt: Date | null;
  deletedAt: Date | null;
}

export interface SealedContent {
  keyId: string;
  nonce: Buffer;
  ciphertext: Buffer;
}

const metadataColumns = [
  'id',
  'organization_id',
  'person_id',
  'type',
  'title',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
  'updated_at',
  'deleted_at',
] as const;

type MetadataRow = {
  id: string;
  organization_id: string;
  person_id: string;
  type: string;
  title: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
  updated_at: Date | null;
  deleted_at: Date | null;
};

function toRecord(row: MetadataRow): DocumentRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    personId: row.person_id,
    type: row.type as DocumentType,
    title: row.title,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at),
    updatedAt: row.updated_at ? new Date(row.updated_at) : null,
    deletedAt: row.deleted_at ? new Date(row.deleted_at) : null,
  };
}

/** PGlite answers `bytea` as Uint8Array, node-postgres as Buffer. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/*
 * Large bytes travel as base64 text, decoded and encoded by the database: PGlite converts a `bytea`
 * parameter or result byte by byte (about 12 s for 10 MiB), base64 text ten times faster; the server
 * engine is indifferent. See bench/documents.ts.
 */
const bytesParameter = (bytes: Buffer): RawBuilder<Uint8Array> =>
  sql`decode(${bytes.toString('base64')}, 'base64')`;
const ciphertextAsBase64 = sql<string | null>`encode(ciphertext, 'base64')`.as('ciphertext');
const fromBase64 = (text: string) => Buffer.from(text, 'base64');

export function documentsRepository(db: Executor) {
  /** The live documents of these files (a kept file and those merged into it), newest first across them. */
  const ofPeople = async (
    organizationId: string,
    personIds: readonly string[],
  ): Promise<DocumentRecord[]> => {
    const rows = await db
      .selectFrom('person_documents')
      .select(metadataColumns)
      .where('organization_id', '=', organizationId)
      .where('person_id', 'in', [...personIds])
      .where('deleted_at', 'is', null)
      .orderBy('uploaded_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toRecord);
  };
  return {
    async insert(
      record: Omit<DocumentRecord, 'updatedAt' | 'deletedAt'>,
      sealed: SealedContent,
    ): Promise<void> {
      await db
        .insertInto('person_documents')
        .values({
          id: record.id,
          organization_id: record.organizationId,
          person_id: record.personId,
          type: record.type,
          title: record.title,
          file_name: record.fileName,
          media_type: record.mediaType,
          size_bytes: record.sizeBytes,
          sha256: record.sha256,
          key_id: sealed.keyId,
          nonce: sealed.nonce,
          ciphertext: bytesParameter(sealed.ciphertext),
          uploaded_by: record.uploadedBy,
          uploaded_at: record.uploadedAt,
          updated_at: null,
          deleted_at: null,
          deleted_by: null,
          deletion_reason: null,
        })
        .execute();
    },

    /** A document of the organization, deleted or not; `lock` before changing it. */
    async find(id: string, organizationId: string, lock = false): Promise<DocumentRecord | undefined> {
      let query = db
        .selectFrom('person_documents')
        .select(metadataColumns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async sealedContent(id: string): Promise<SealedContent | undefined> {
      const row = await db
        .selectFrom('person_documents')
        .select(['key_id', 'nonce', ciphertextAsBase64])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row?.key_id || !row.nonce || !row.ciphertext) return undefined;
      return { keyId: row.key_id, nonce: asBuffer(row.nonce), ciphertext: fromBase64(row.ciphertext) };
    },

    ofPerson(organizationId: string, personId: string): Promise<DocumentRecord[]> {
      return ofPeople(organizationId, [personId]);
    },
    ofPeople,

    async describe(id: string, change: { type: DocumentType; title: string; now: Date }): Promise<void> {
      await db
        .updateTable('person_documents')
        .set({ type: change.type, title: change.title, updated_at: change.now })
        .where('id', '=', id)
        .execute();
    },

    /** The description stays for the audit trail; the bytes go. */
    async softDelete(id: string, change: { by: string; reason: string; now: Date }): Promise<void> {
      await db
        .updateTable('person_documents')
        .set({
          deleted_at: change.now,
          deleted_by: change.by,
          deletion_reason: change.reason,
          key_id: null,
          nonce: null,
          ciphertext: null,
        })
        .where('id', '=', id)
        .execute();
    },

    /** The next documents (by id) still sealed under another key than `currentKeyId`, locked for re-encryption. */
    async sealedUnderOtherKeys(currentKeyId: string, limit: number, afterId: string | null) {
      let query = db
        .selectFrom('person_documents')
        .select(['id', 'key_id', 'nonce', ciphertextAsBase64])
        .where('ciphertext', 'is not', null)
        .where('key_id', '<>', currentKeyId);
      if (afterId) query = query.where('id', '>', afterId);
      const rows = await query.orderBy('id').limit(limit).forUpdate().skipLocked().execute();
      return rows.map((row) => ({
        id: row.id,
        sealed: { keyId: row.key_id!, nonce: asBuffer(row.nonce!), ciphertext: fromBase64(row.ciphertext!) },
      }));
    },

    async countSealedUnderOtherKeys(currentKeyId: string): Promise<number> {
      const row = await db
        .selectFrom('person_documents')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('ciphertext', 'is not', null)
        .where('key_id', '<>', currentKeyId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async reseal(id: string, sealed: SealedContent): Promise<void> {
      await db
        .updateTable('person_documents')
        .set({ key_id: sealed.keyId, nonce: sealed.nonce, ciphertext: bytesParameter(sealed.ciphertext) })
        .where('id', '=', id)
        .execute();
    },

    /** The raw stored bytes, for tests and checks that the database never holds the plaintext. */
    async storedCiphertext(id: string): Promise<Buffer | null> {
      const row = await db
        .selectFrom('person_documents')
        .select(ciphertextAsBase64)
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.ciphertext ? fromBase64(row.ciphertext) : null;
    },
  };
}
