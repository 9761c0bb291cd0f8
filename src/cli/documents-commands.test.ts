import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../test/support/fixtures.js';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { createKeyRing, parseKeyRingSpec } from '../core/crypto/key-ring.js';
import { downloadDocument } from '../modules/documents/use-cases/download-document.js';
import { uploadDocument } from '../modules/documents/use-cases/upload-document.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { newDocumentKeyCommand, rotateDocumentKeysCommand } from './documents-commands.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('documents commands', () => {
  it('prints a new key entry that the configuration accepts', () => {
    const lines: string[] = [];
    expect(newDocumentKeyCommand((l) => lines.push(l), 'k2027')).toBe(0);
    expect(parseKeyRingSpec(lines[0]!).currentKeyId).toBe('k2027');
    expect(newDocumentKeyCommand((l) => lines.push(l), 'bad id')).toBe(2);
  });

  it('re-encrypts every document under the current key, batch after batch, and says the old key may go', async () => {
    const oldKey = { id: 'old', key: randomBytes(32) };
    const newKey = { id: 'new', key: randomBytes(32) };
    const before = { ...testDeps(database), keyRing: createKeyRing([oldKey]) };
    const organization = await givenOrganization(database.db);
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    const { id: personId } = await createPerson(before)(counselor, {
      identity: { givenName: 'Noor', familyName: 'Saleh' },
    });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const content = Buffer.from(`Relevé de notes ${i}`);
      ids.push(
        (await uploadDocument(before)(counselor, { personId, type: 'diploma', title: 'Notes', content })).id,
      );
    }
    const after = { ...before, keyRing: createKeyRing([newKey, oldKey]) };
    const lines: string[] = [];
    expect(await rotateDocumentKeysCommand(after, (l) => lines.push(l), { batchSize: 3 })).toBe(0);
    expect(lines).toEqual([
      '7 document(s) re-encrypted under key "new".',
      '0 second-factor secret(s) re-encrypted.',
      '0 immigration status(es) re-encrypted.',
      '0 barrier(s) re-encrypted.',
      '0 eligibility evaluation(s) of enrolments re-encrypted.',
      'No document is sealed under an older key: older keys may now leave ENCRYPTION_KEYS.',
    ]);
    const onlyNew = { ...before, keyRing: createKeyRing([newKey]) };
    const file = await downloadDocument(onlyNew)(counselor, { documentId: ids[6]! });
    expect(file.content.toString()).toBe('Relevé de notes 6');
    // Nothing left to do: running it again is harmless.
    expect(await rotateDocumentKeysCommand(after, (l) => lines.push(l), { batchSize: 3 })).toBe(0);
    expect(lines.at(-6)).toBe('0 document(s) re-encrypted under key "new".');
  });
});
