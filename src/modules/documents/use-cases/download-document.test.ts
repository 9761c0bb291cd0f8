import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createKeyRing } from '../../../core/crypto/key-ring.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { downloadDocument } from './download-document.js';
import { uploadDocument } from './upload-document.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let staff: Record<
  'counselor' | 'director' | 'outsider' | 'funder' | 'administrator',
  Awaited<ReturnType<typeof givenStaff>>
>;
let documentId: string;
const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096)]);

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database);
  const organization = await givenOrganization(database.db);
  const other = await givenOrganization(database.db);
  staff = {
    counselor: await givenStaff(database.db, organization.id, 'counselor'),
    director: await givenStaff(database.db, organization.id, 'director'),
    funder: await givenStaff(database.db, organization.id, 'funder'),
    administrator: await givenStaff(database.db, organization.id, 'administrator'),
    outsider: await givenStaff(database.db, other.id, 'director'),
  };
  const { id: personId } = await createPerson(deps)(staff.counselor, {
    identity: { givenName: 'Samir', familyName: 'Haddad' },
  });
  documentId = (
    await uploadDocument(deps)(staff.counselor, {
      personId,
      type: 'diploma',
      title: 'Licence de génie civil',
      fileName: 'diplome.jpg',
      declaredMediaType: 'image/jpeg',
      content: photo,
    })
  ).id;
});
afterAll(() => database.close());

describe('downloading a document', () => {
  it('gives back the same bytes to a colleague of the organization, and audits it', async () => {
    const file = await downloadDocument(deps)(staff.director, { documentId });
    expect(file).toMatchObject({ fileName: 'diplome.jpg', mediaType: 'image/jpeg' });
    expect(file.content.equals(photo)).toBe(true);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'details', 'person_id'])
      .where('action', '=', 'document.download')
      .where('resource_id', '=', documentId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: staff.director.actor.userId,
      details: { type: 'diploma' },
    });
  });

  it('is not found for another organization and refused to funders and administrators', async () => {
    await expect(downloadDocument(deps)(staff.outsider, { documentId })).rejects.toMatchObject({
      code: 'DOCUMENT_NOT_FOUND',
      status: 404,
    });
    for (const actor of [staff.funder, staff.administrator]) {
      await expect(downloadDocument(deps)(actor, { documentId })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses a stored copy that was altered, and a configuration that lost its key', async () => {
    const otherKeys = { ...deps, keyRing: createKeyRing([{ id: 'other', key: randomBytes(32) }]) };
    await expect(downloadDocument(otherKeys)(staff.counselor, { documentId })).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      details: { reason: 'unknown_key' },
    });
    await sql`UPDATE person_documents SET ciphertext = overlay(ciphertext placing '\\x00'::bytea from 10 for 1) WHERE id = ${documentId}`.execute(
      database.db,
    );
    await expect(downloadDocument(deps)(staff.counselor, { documentId })).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
      details: { reason: 'tampered' },
    });
  });
});
