import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A person's documents over HTTP: the raw upload with its CSRF token, the download's headers, who may
 * reach them, and that the database never holds the file in clear.
 */
type Session = Awaited<ReturnType<typeof givenSession>>;
let t: TestApp;
let personId: string;
let counselor: Session;
let outsider: Session;
let funder: Session;
let administrator: Session;
const pdf = Buffer.from(
  '%PDF-1.7\n1 0 obj <</Title (Diplôme de master, Université d’Alep)>> endobj\n%%EOF\n',
);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const organization = await givenOrganization(db);
  const other = await givenOrganization(db);
  const staff = await givenStaff(db, organization.id, 'counselor');
  const funderStaff = await givenStaff(db, organization.id, 'funder');
  const adminStaff = await givenStaff(db, organization.id, 'administrator');
  const outsiderStaff = await givenStaff(db, other.id, 'director');
  counselor = await givenSession(db, staff.actor.userId, organization.id);
  funder = await givenSession(db, funderStaff.actor.userId, organization.id);
  administrator = await givenSession(db, adminStaff.actor.userId, organization.id);
  outsider = await givenSession(db, outsiderStaff.actor.userId, other.id);
  personId = (await createPerson(t.deps)(staff, { identity: { givenName: 'Rami', familyName: 'Khalil' } }))
    .id;
});
afterAll(() => t.close());

function upload(
  session: Session,
  body: Buffer,
  options: { contentType?: string; query?: string; csrf?: boolean } = {},
) {
  const query =
    options.query ??
    `type=diploma&title=${encodeURIComponent('Master de chimie')}&fileName=${encodeURIComponent('Diplôme master.pdf')}`;
  return t.app.inject({
    method: 'POST',
    url: `/api/people/${personId}/documents?${query}`,
    cookies: session.cookies,
    headers: {
      ...(options.csrf === false ? {} : session.headers),
      'content-type': options.contentType ?? 'application/pdf',
    },
    payload: body,
  });
}

describe('documents over HTTP', () => {
  let documentId: string;

  it('uploads the raw bytes, lists the description and downloads the same bytes as a safe attachment', async () => {
    const created = await upload(counselor, pdf);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      fileName: 'Diplôme master.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    documentId = created.json().id;

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/people/${personId}/documents`,
      cookies: counselor.cookies,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: documentId,
        type: 'diploma',
        title: 'Master de chimie',
        sizeBytes: pdf.length,
      }),
    ]);

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/content`,
      cookies: counselor.cookies,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Diplome master.pdf"; filename*=UTF-8''Dipl%C3%B4me%20master.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store, private');

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', documentId)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['document.upload', 'document.download']);
  });

  it('keeps only ciphertext in the database', async () => {
    const row = await t.database.db
      .selectFrom('person_documents')
      .select(['ciphertext', 'nonce', 'key_id'])
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    const stored = Buffer.from(row.ciphertext!);
    expect(stored.length).toBe(pdf.length + 16);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    expect(stored.includes(Buffer.from('Alep'))).toBe(false);
  });

  it('refuses a file too large with a code, a disallowed or mislabelled file, and changes nothing', async () => {
    const tooLarge = await upload(counselor, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]));
    expect(tooLarge.statusCode).toBe(422);
    expect(tooLarge.json()).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    expect(tooLarge.json().message).toMatch(/10 MiB/);

    // Sent in chunks without a declared length: reading stops at the limit.
    const chunked = await t.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/documents?type=cv&title=CV`,
      cookies: counselor.cookies,
      headers: { ...counselor.headers, 'content-type': 'application/pdf', 'transfer-encoding': 'chunked' },
      payload: Readable.from(
        (function* () {
          yield Buffer.from('%PDF-1.7\n');
          for (let i = 0; i < 11; i++) yield Buffer.alloc(1024 * 1024);
        })(),
      ),
    });
    expect(chunked.statusCode).toBe(422);
    expect(chunked.json()).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });

    const executable = await upload(counselor, Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), {
      contentType: 'application/octet-stream',
    });
    expect(executable.statusCode).toBe(422);
    expect(executable.json().code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');

    const liar = await upload(counselor, Buffer.from('plain words'), { contentType: 'image/png' });
    expect(liar.json().code).toBe('DOCUMENT_TYPE_MISMATCH');

    const noTitle = await upload(counselor, pdf, { query: 'type=cv' });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().code).toBe('VALIDATION_FAILED');

    const french = await t.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/documents?type=cv&title=CV`,
      cookies: counselor.cookies,
      headers: { ...counselor.headers, 'content-type': 'application/pdf', 'accept-language': 'fr' },
      payload: Buffer.alloc(0),
    });
    expect(french.json()).toMatchObject({ code: 'DOCUMENT_EMPTY' });

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/people/${personId}/documents`,
      cookies: counselor.cookies,
    });
    expect(list.json().items).toHaveLength(1);
  });

  it('requires the CSRF token to upload, rename or delete', async () => {
    const response = await upload(counselor, pdf, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
    const rename = await t.app.inject({
      method: 'PATCH',
      url: `/api/documents/${documentId}`,
      cookies: counselor.cookies,
      payload: { type: 'cv', title: 'x' },
    });
    expect(rename.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('is not found for another organization, refused to funders and administrators, and needs a session', async () => {
    expect((await upload(outsider, pdf)).statusCode).toBe(404);
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/content`,
      cookies: outsider.cookies,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('DOCUMENT_NOT_FOUND');
    for (const session of [funder, administrator]) {
      const download = await t.app.inject({
        method: 'GET',
        url: `/api/documents/${documentId}/content`,
        cookies: session.cookies,
      });
      expect(download.statusCode).toBe(403);
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/people/${personId}/documents`,
        cookies: session.cookies,
      });
      expect(list.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/documents/${documentId}/content` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('renames, retypes and deletes with a reason; a deleted document cannot be downloaded', async () => {
    const rename = await t.app.inject({
      method: 'PATCH',
      url: `/api/documents/${documentId}`,
      cookies: counselor.cookies,
      headers: counselor.headers,
      payload: { type: 'diploma_translation', title: 'Traduction du master' },
    });
    expect(rename.statusCode).toBe(200);
    expect(rename.json().changed).toEqual(['type', 'title']);
    const deletion = await t.app.inject({
      method: 'POST',
      url: `/api/documents/${documentId}/deletion`,
      cookies: counselor.cookies,
      headers: counselor.headers,
      payload: { reason: 'Doublon' },
    });
    expect(deletion.statusCode).toBe(200);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/content`,
      cookies: counselor.cookies,
    });
    expect(download.statusCode).toBe(409);
    expect(download.json().code).toBe('DOCUMENT_DELETED');
  });

  it('describes the upload in the OpenAPI document', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const operation = spec.paths['/api/people/{id}/documents'].post;
    expect(Object.keys(operation.requestBody.content)).toEqual(
      expect.arrayContaining(['application/pdf', 'application/octet-stream']),
    );
    expect(operation.requestBody.content['application/pdf'].schema).toMatchObject({
      type: 'string',
      format: 'binary',
    });
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['type', 'title', 'fileName', 'id']),
    );
    expect(spec.paths['/api/documents/{id}/content'].get).toBeDefined();
  });
});
