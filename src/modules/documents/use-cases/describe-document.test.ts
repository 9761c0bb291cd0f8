import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { describeDocument } from './describe-document.js';
import { listPersonDocuments } from './list-person-documents.js';
import { uploadDocument } from './upload-document.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
let personId: string;
let documentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database);
  const organization = await givenOrganization(database.db);
  counselor = await givenStaff(database.db, organization.id, 'counselor');
  outsider = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
  personId = (await createPerson(deps)(counselor, { identity: { givenName: 'Amina', familyName: 'Diallo' } }))
    .id;
  documentId = (
    await uploadDocument(deps)(counselor, {
      personId,
      type: 'other',
      title: 'scan 3',
      fileName: 'scan.txt',
      content: Buffer.from('Traduction assermentée du diplôme de master'),
    })
  ).id;
});
afterAll(() => database.close());

describe('renaming and retyping a document', () => {
  it('changes its type and title, and audits the fields changed', async () => {
    const result = await describeDocument(deps)(counselor, {
      documentId,
      type: 'diploma_translation',
      title: 'Traduction du master',
    });
    expect(result.changed).toEqual(['type', 'title']);
    const { items } = await listPersonDocuments(deps)(counselor, { personId });
    expect(items[0]).toMatchObject({ type: 'diploma_translation', title: 'Traduction du master' });
    expect(items[0]!.updatedAt).not.toBeNull();
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'document.update')
      .where('resource_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ fields: ['type', 'title'] });
  });

  it('records nothing when nothing changes, and is not found for another organization', async () => {
    const same = await describeDocument(deps)(counselor, {
      documentId,
      type: 'diploma_translation',
      title: 'Traduction du master',
    });
    expect(same.changed).toEqual([]);
    const updates = await database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'document.update')
      .where('resource_id', '=', documentId)
      .execute();
    expect(updates).toHaveLength(1);
    await expect(
      describeDocument(deps)(outsider, { documentId, type: 'cv', title: 'mine now' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
  });
});
