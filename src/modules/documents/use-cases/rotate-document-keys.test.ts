import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { createKeyRing } from '../../../core/crypto/key-ring.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { downloadDocument } from './download-document.js';
import { rotateDocumentKeysBatch } from './rotate-document-keys.js';
import { uploadDocument } from './upload-document.js';

let database: TestDatabase;
const oldKey = { id: 'k2025', key: randomBytes(32) };
const newKey = { id: 'k2026', key: randomBytes(32) };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('rotating the documents key', () => {
  it('re-encrypts in batches under the new key, keeps every document readable, and resumes', async () => {
    const before = { ...testDeps(database), keyRing: createKeyRing([oldKey]) };
    const organization = await givenOrganization(database.db);
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    const { id: personId } = await createPerson(before)(counselor, {
      identity: { givenName: 'Lina', familyName: 'Nasser' },
    });
    const contents = Array.from({ length: 5 }, (_, i) => Buffer.from(`Attestation de stage n° ${i}`));
    const ids: string[] = [];
    for (const content of contents) {
      ids.push(
        (await uploadDocument(before)(counselor, { personId, type: 'other', title: 'Stage', content })).id,
      );
    }
    const after = { ...before, keyRing: createKeyRing([newKey, oldKey]) };
    // Both keys live: nothing to do before the rotation for documents to stay readable.
    expect(
      (await downloadDocument(after)(counselor, { documentId: ids[0]! })).content.equals(contents[0]!),
    ).toBe(true);
    await expect(rotateDocumentKeysBatch(after)(counselor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const system = systemContext('test-rotation');
    const first = await rotateDocumentKeysBatch(after)(system, { batchSize: 2 });
    expect(first).toMatchObject({ rotated: 2, remaining: 3, currentKeyId: 'k2026', unreadable: [] });
    // A tampered document is reported and skipped, never re-sealed as if it were sound.
    await sql`UPDATE person_documents SET ciphertext = overlay(ciphertext placing '\\xff'::bytea from 3 for 1) WHERE id = ${ids[4]!}`.execute(
      database.db,
    );
    const second = await rotateDocumentKeysBatch(after)(system, { batchSize: 2, afterId: first.lastId });
    expect(second).toMatchObject({ rotated: 2, remaining: 1 });
    const third = await rotateDocumentKeysBatch(after)(system, { batchSize: 2, afterId: second.lastId });
    expect(third).toMatchObject({ rotated: 0, unreadable: [ids[4]], remaining: 1 });
    const done = await rotateDocumentKeysBatch(after)(system, { batchSize: 2, afterId: third.lastId });
    expect(done).toMatchObject({ rotated: 0, unreadable: [], lastId: null });

    const keyIds = await database.db
      .selectFrom('person_documents')
      .select(['id', 'key_id'])
      .orderBy('id')
      .execute();
    expect(keyIds.map((r) => r.key_id)).toEqual(['k2026', 'k2026', 'k2026', 'k2026', 'k2025']);
    // Once rotated, the old key may leave the configuration.
    const onlyNew = { ...before, keyRing: createKeyRing([newKey]) };
    for (const [index, id] of ids.slice(0, 4).entries()) {
      expect(
        (await downloadDocument(onlyNew)(counselor, { documentId: id })).content.equals(contents[index]!),
      ).toBe(true);
    }
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'document.keys_rotate')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { documents: 2, unreadable: 0, keyId: 'k2026' },
      { documents: 2, unreadable: 0, keyId: 'k2026' },
      { documents: 0, unreadable: 1, keyId: 'k2026' },
    ]);
  });
});
