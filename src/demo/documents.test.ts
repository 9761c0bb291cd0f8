import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../test/support/fixtures.js';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { downloadDocument } from '../modules/documents/use-cases/download-document.js';
import { listPersonDocuments } from '../modules/documents/use-cases/list-person-documents.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { loadDemoDocuments } from './documents.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('demo documents', () => {
  it("adds a generated PDF CV and a translation note to the first people a counselor follows, and none to others'", async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const counselor = await givenStaff(database.db, organization.id, 'counselor', { locale: 'fr' });
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const mine = [];
    for (const givenName of ['Aya', 'Omar', 'Sana']) {
      mine.push((await createPerson(deps)(counselor, { identity: { givenName, familyName: 'Demo' } })).id);
    }
    const theirs = (
      await createPerson(deps)(elsewhere, { identity: { givenName: 'Other', familyName: 'Demo' } })
    ).id;
    const result = await loadDemoDocuments(deps, {
      enrolledByProgram: new Map([['ipr', [theirs, ...mine]]]),
      files: [
        {
          staff: { organizationId: organization.id, userId: counselor.actor.userId },
          program: 'ipr',
          locale: 'fr',
          people: 2,
        },
      ],
    });
    expect(result).toEqual({ documents: 4 });
    const { items } = await listPersonDocuments(deps)(counselor, { personId: mine[0]! });
    expect(items.map((i) => i.type).sort()).toEqual(['cv', 'diploma_translation']);
    const cv = await downloadDocument(deps)(counselor, {
      documentId: items.find((i) => i.type === 'cv')!.id,
    });
    expect(cv.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(cv.fileName).toBe('CV Aya Demo.pdf');
    expect((await listPersonDocuments(deps)(counselor, { personId: mine[2]! })).items).toEqual([]);
  });
});
