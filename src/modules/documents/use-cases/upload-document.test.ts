import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eicar, startFakeClamd } from '../../../../test/support/fake-clamd.js';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { clamdScanner } from '../../../core/files/malware-scanner.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { maxDocumentBytes } from '../domain/document-types.js';
import { listPersonDocuments } from './list-person-documents.js';
import { uploadDocument } from './upload-document.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
let funder: Awaited<ReturnType<typeof givenStaff>>;
let administrator: Awaited<ReturnType<typeof givenStaff>>;
let personId: string;
const cv = Buffer.from('%PDF-1.7\n% Curriculum vitae — Oksana Kovalenko, ingénieure\n%%EOF\n');

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-03-02T09:30:00Z'));
  const organization = await givenOrganization(database.db);
  const other = await givenOrganization(database.db);
  counselor = await givenStaff(database.db, organization.id, 'counselor');
  funder = await givenStaff(database.db, organization.id, 'funder');
  administrator = await givenStaff(database.db, organization.id, 'administrator');
  outsider = await givenStaff(database.db, other.id, 'counselor');
  personId = (
    await createPerson(deps)(counselor, { identity: { givenName: 'Oksana', familyName: 'Kovalenko' } })
  ).id;
});
afterAll(() => database.close());

const validUpload = () => ({
  personId,
  type: 'cv' as const,
  title: 'CV 2026',
  fileName: 'C:\\fakepath\\cv oksana.pdf',
  declaredMediaType: 'application/pdf',
  content: cv,
});
const upload = (overrides: Partial<Parameters<ReturnType<typeof uploadDocument>>[1]> = {}) =>
  uploadDocument(deps)(counselor, { ...validUpload(), ...overrides });

describe('uploading a document', () => {
  it('stores it encrypted, with its detected kind, sanitised name, size and digest, audited and on the timeline', async () => {
    const result = await upload();
    expect(result).toMatchObject({
      fileName: 'cv oksana.pdf',
      mediaType: 'application/pdf',
      sizeBytes: cv.length,
    });
    const stored = await documentsRepository(database.db).storedCiphertext(result.id);
    expect(stored).not.toBeNull();
    expect(stored!.includes(Buffer.from('Curriculum vitae'))).toBe(false);
    const row = await database.db
      .selectFrom('person_documents')
      .select(['key_id', 'sha256', 'uploaded_by'])
      .where('id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(row.key_id).toBe(deps.keyRing!.currentKeyId);
    expect(row.uploaded_by).toBe(counselor.actor.userId);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', result.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'document.upload',
        details: { type: 'cv', mediaType: 'application/pdf', sizeBytes: cv.length },
      },
    ]);
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'module', 'data', 'sensitive', 'occurred_at'])
      .where('resource_id', '=', result.id)
      .execute();
    expect(events).toEqual([
      {
        kind: 'document.uploaded',
        module: 'documents',
        data: { type: 'cv', title: 'CV 2026' },
        sensitive: false,
        occurred_at: new Date('2026-03-02T09:30:00Z'),
      },
    ]);
  });

  it('marks the timeline event of an identity document as sensitive', async () => {
    const result = await upload({ type: 'identity', title: 'Titre de séjour' });
    const event = await database.db
      .selectFrom('timeline_events')
      .select('sensitive')
      .where('resource_id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(event.sensitive).toBe(true);
  });

  it('refuses empty, too large, disallowed and mislabelled files, and stores nothing', async () => {
    const before = await listPersonDocuments(deps)(counselor, { personId });
    await expect(upload({ content: Buffer.alloc(0) })).rejects.toMatchObject({ code: 'DOCUMENT_EMPTY' });
    const tooLarge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(maxDocumentBytes)]);
    await expect(upload({ content: tooLarge })).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_LARGE',
      status: 422,
      params: { maxMiB: 10 },
    });
    await expect(
      upload({ content: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), declaredMediaType: 'application/pdf' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    await expect(
      upload({ content: Buffer.from('just some text'), declaredMediaType: 'application/pdf' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_MISMATCH', params: { detected: 'text/plain' } });
    await expect(upload({ title: '   ' })).rejects.toMatchObject({ name: 'ZodError' });
    // A Word document that unpacks to 20 MiB of zeros from a few kilobytes (ASVS 5.2.3).
    const bomb = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
      'word/media/image1.png': new Uint8Array(20 * 1024 * 1024),
    });
    await expect(
      upload({ content: Buffer.from(bomb), fileName: 'cv.docx', declaredMediaType: '' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_ARCHIVE_TOO_LARGE', status: 422 });
    const after = await listPersonDocuments(deps)(counselor, { personId });
    expect(after.items).toHaveLength(before.items.length);
  });

  it('is for staff of the organization that follows the person: others find no such person', async () => {
    await expect(
      uploadDocument(deps)(outsider, { personId, type: 'cv', title: 'x', content: cv }),
    ).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    for (const actor of [funder, administrator]) {
      await expect(
        uploadDocument(deps)(actor, { personId, type: 'cv', title: 'x', content: cv }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const { keyRing: _withoutKeys, ...noKeys } = deps;
    await expect(
      uploadDocument(noKeys)(counselor, { personId, type: 'cv', title: 'x', content: cv }),
    ).rejects.toMatchObject({ code: 'ENCRYPTION_NOT_CONFIGURED' });
  });
});

describe("listing a person's documents", () => {
  it('gives descriptions only, newest first, with who uploaded them, and audits the reading', async () => {
    const { items } = await listPersonDocuments(deps)(counselor, { personId });
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items[0]).toMatchObject({
      uploadedBy: { id: counselor.actor.userId, displayName: counselor.actor.displayName },
    });
    expect(Object.keys(items[0]!)).not.toContain('content');
    expect(items.map((i) => i.type).sort()).toEqual(['cv', 'identity']);
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'document.list')
      .where('actor_user_id', '=', counselor.actor.userId)
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ documents: items.length });
  });

  it('shows nothing to another organization, funders or administrators', async () => {
    await expect(listPersonDocuments(deps)(outsider, { personId })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(listPersonDocuments(deps)(funder, { personId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listPersonDocuments(deps)(administrator, { personId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('uploading with a malware scanner', () => {
  it('is scanned for malware when a scanner is configured: an infected file or a silent scanner stores nothing (ASVS 5.4.3)', async () => {
    const clamd = await startFakeClamd();
    try {
      const before = await listPersonDocuments(deps)(counselor, { personId });
      const scanned = { ...deps, malwareScanner: clamdScanner(clamd.url) };
      const infected = Buffer.from(`%PDF-1.7\n${eicar}\n%%EOF\n`);
      await expect(
        uploadDocument(scanned)(counselor, { ...validUpload(), content: infected }),
      ).rejects.toMatchObject({ code: 'DOCUMENT_INFECTED', status: 422 });
      const unreachable = { ...deps, malwareScanner: clamdScanner('tcp://127.0.0.1:1', 2_000) };
      await expect(uploadDocument(unreachable)(counselor, validUpload())).rejects.toMatchObject({
        code: 'DOCUMENT_SCAN_UNAVAILABLE',
        status: 503,
      });
      expect((await listPersonDocuments(deps)(counselor, { personId })).items).toHaveLength(
        before.items.length,
      );
      const clean = await uploadDocument(scanned)(counselor, validUpload());
      expect(clean.mediaType).toBe('application/pdf');
      expect(clamd.received.at(-1)).toContain('Curriculum vitae');
    } finally {
      await clamd.close();
    }
  });
});
