import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { documentBelongsTo, documentsOfPerson } from '../api.js';
import { deleteDocument } from './delete-document.js';
import { downloadDocument } from './download-document.js';
import { listPersonDocuments } from './list-person-documents.js';
import { uploadDocument } from './upload-document.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
let organizationId: string;
let personId: string;
let otherPersonId: string;
let documentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database);
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  outsider = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'coordinator');
  personId = (
    await createPerson(deps)(counselor, { identity: { givenName: 'Tigist', familyName: 'Bekele' } })
  ).id;
  otherPersonId = (
    await createPerson(deps)(counselor, { identity: { givenName: 'Dawit', familyName: 'Bekele' } })
  ).id;
  documentId = (
    await uploadDocument(deps)(counselor, {
      personId,
      type: 'signed_plan',
      title: 'Plan signé',
      fileName: 'plan.pdf',
      content: Buffer.from('%PDF-1.4\nplan\n%%EOF'),
    })
  ).id;
});
afterAll(() => database.close());

describe('the documents API for other modules', () => {
  it("tells whether a document is a live one of this person's file in this organization", async () => {
    expect(await documentBelongsTo(database.db, documentId, organizationId, personId)).toBe(true);
    expect(await documentBelongsTo(database.db, documentId, organizationId, otherPersonId)).toBe(false);
    expect(await documentBelongsTo(database.db, documentId, outsider.actor.organizationId, personId)).toBe(
      false,
    );
    expect(await documentBelongsTo(database.db, 'not-a-uuid', organizationId, personId)).toBe(false);
    expect((await documentsOfPerson(database.db, organizationId, personId)).map((d) => d.id)).toEqual([
      documentId,
    ]);
  });
});

describe('deleting a document', () => {
  it('needs a reason and the organization that follows the person', async () => {
    await expect(deleteDocument(deps)(counselor, { documentId, reason: ' ' })).rejects.toMatchObject({
      name: 'ZodError',
    });
    await expect(
      deleteDocument(deps)(outsider, { documentId, reason: 'Filed in the wrong file' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
  });

  it('drops the bytes, keeps the description, audits without the reason and publishes it on the timeline', async () => {
    const reason = 'Déposé dans le mauvais dossier';
    await deleteDocument(deps)(counselor, { documentId, reason });
    const row = await database.db
      .selectFrom('person_documents')
      .select(['ciphertext', 'nonce', 'key_id', 'deletion_reason', 'deleted_by', 'title'])
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      ciphertext: null,
      nonce: null,
      key_id: null,
      deletion_reason: reason,
      deleted_by: counselor.actor.userId,
      title: 'Plan signé',
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'document.delete')
      .where('resource_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toContain('mauvais');
    const kinds = await database.db
      .selectFrom('timeline_events')
      .select('kind')
      .where('resource_id', '=', documentId)
      .orderBy('recorded_at')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(['document.uploaded', 'document.deleted']);
    expect((await listPersonDocuments(deps)(counselor, { personId })).items).toEqual([]);
    await expect(downloadDocument(deps)(counselor, { documentId })).rejects.toMatchObject({
      code: 'DOCUMENT_DELETED',
    });
    await expect(deleteDocument(deps)(counselor, { documentId, reason })).rejects.toMatchObject({
      code: 'DOCUMENT_DELETED',
    });
    expect(await documentBelongsTo(database.db, documentId, organizationId, personId)).toBe(false);
  });
});
