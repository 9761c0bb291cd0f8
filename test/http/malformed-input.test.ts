import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/core/http/errors.js';
import { siretWithKeys } from '../../src/modules/employers/domain/legal-identifier.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The malformed requests of the hardening probe, each answered with a 4xx and a stable code, and
 * nothing written: bodies over the limit, NUL bytes and lone surrogates in text, a program code
 * used twice, dates that overflow a schedule, and dates that cannot be true for what they mean.
 */
let t: TestApp;
let coordinator: Awaited<ReturnType<typeof givenSession>>;
let seriesId: string;
let personId: string;
let consentId: string;
let documentId: string;

const today = () => new Date().toISOString().slice(0, 10);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const person = (identity: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  identity: { givenName: 'Amina', familyName: 'Haddad', birthDate: '1994-05-12', ...identity },
  ...rest,
});
const as = (session: typeof coordinator) => ({ cookies: session.cookies, headers: session.headers });
const post = (url: string, payload: unknown, remoteAddress = '203.0.113.9') =>
  t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress, ...as(coordinator) });

async function rowCount(table: string): Promise<number> {
  const result = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(
    t.database.db,
  );
  return Number(result.rows[0]?.n);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const organizationId = (await givenOrganization(db)).id;
  const staff = await givenStaff(db, organizationId, 'coordinator');
  coordinator = await givenSession(db, staff.actor.userId, organizationId);
  const type = await createSessionType(t.deps)(staff, {
    code: 'INFO',
    nameFr: 'Info-Emploi',
    nameEn: 'Info-Emploi',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  seriesId = (
    await planSeries(t.deps)(staff, {
      sessionTypeId: type.id,
      title: 'Info-Emploi',
      openness: 'public',
      meetings: [{ startsAt: daysFromNow(7) }],
    })
  ).id;
  const created = await post(
    '/api/people',
    person({}, { consents: [{ purpose: 'program_data_processing', givenOn: '2025-01-10' }] }),
  );
  expect(created.statusCode).toBe(201);
  personId = created.json().id;
  const file = await t.app.inject({ method: 'GET', url: `/api/people/${personId}`, ...as(coordinator) });
  consentId = file.json().consents[0].id;
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/people/${personId}/documents?type=diploma&title=Master&fileName=master.pdf`,
    payload: Buffer.from('%PDF-1.7\n1 0 obj <</Title (Master)>> endobj\n%%EOF\n'),
    headers: { ...coordinator.headers, 'content-type': 'application/pdf' },
    cookies: coordinator.cookies,
  });
  expect(upload.statusCode).toBe(201);
  documentId = upload.json().id;
});
afterAll(() => t.close());

describe('a body over the limit', () => {
  const oversized = { givenName: 'x'.repeat(1_100_000), familyName: 'Haddad', email: 'a@example.test' };

  it('is 413 PAYLOAD_TOO_LARGE on the public sign-up, with a message saying the limit', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/info-sessions/${seriesId}/signups`,
      payload: { ...oversized, preferredLanguage: 'fr', consent: true },
      remoteAddress: '198.51.100.40',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(response.json().message).toContain('1 MiB');
  });

  it('is 413 on a staff route too, in the language of the session', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      payload: person({ address: 'x'.repeat(1_100_000) }),
      headers: { ...coordinator.headers, 'accept-language': 'fr' },
      cookies: coordinator.cookies,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('text a database cannot store', () => {
  it('refuses a NUL byte in the public sign-up, naming the field, and records nothing', async () => {
    const before = await rowCount('session_signup_requests');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/info-sessions/${seriesId}/signups`,
      payload: {
        givenName: 'Ami\u0000na',
        familyName: 'Haddad',
        email: 'nul@example.test',
        preferredLanguage: 'fr',
        consent: true,
      },
      remoteAddress: '198.51.100.41',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details).toContainEqual({
      path: 'body.givenName',
      message: expect.stringContaining('NUL'),
    });
    expect(await rowCount('session_signup_requests')).toBe(before);
  });

  it('refuses a NUL byte in a document title and in a person’s name', async () => {
    const title = await t.app.inject({
      method: 'PATCH',
      url: `/api/documents/${documentId}`,
      payload: { type: 'diploma', title: 'Master\u0000' },
      ...as(coordinator),
    });
    expect(title.statusCode).toBe(400);
    expect(title.json().details[0].path).toBe('body.title');
    const name = await post('/api/people', person({ familyName: '\u0000' }));
    expect(name.statusCode).toBe(400);
  });

  it('refuses a lone UTF-16 surrogate instead of storing a replacement character', async () => {
    const before = await rowCount('people');
    const response = await post('/api/people', person({ givenName: 'Amina \uD83D' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0]).toMatchObject({ path: 'body.identity.givenName' });
    const lowHalf = await post('/api/people', person({ address: '\uDE00 rue des Lilas' }));
    expect(lowHalf.statusCode).toBe(400);
    expect(await rowCount('people')).toBe(before);
    // A whole pair (an emoji) is text like any other.
    expect((await post('/api/people', person({ givenName: 'Amina 😀' }))).statusCode).toBe(201);
  });
});

describe('the guided intake', () => {
  it('refuses broken text, a consent dated in the future and an unknown purpose, and opens no file', async () => {
    const before = [await rowCount('people'), await rowCount('consents'), await rowCount('audit_events')];
    const nul = await post('/api/intake', {
      person: person({ familyName: 'Had\u0000dad' }),
      consent: { givenOn: today() },
    });
    expect(nul.json().details[0]).toMatchObject({ path: 'body.person.identity.familyName' });
    const future = await post('/api/intake', { person: person(), consent: { givenOn: '2999-01-01' } });
    expect(future.json().details[0]).toMatchObject({ path: 'body.consent.givenOn' });
    const purpose = await post('/api/intake', {
      person: person(),
      consent: { givenOn: today(), otherPurposes: ['selling_data'] },
    });
    const search = await post('/api/intake/possible-duplicates', { givenName: 'Ami\uD83Dna' });
    const check = await post('/api/intake/eligibility-check', { programId: 'not-a-uuid', person: person() });
    for (const response of [nul, future, purpose, search, check]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
    expect([await rowCount('people'), await rowCount('consents'), await rowCount('audit_events')]).toEqual(
      before,
    );
  });
});

describe('places', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(coordinator) });

  it('refuses a search or an address that cannot be asked, with the field in question', async () => {
    for (const [url, field] of [
      ['/api/places/search?country=DE&q=Berlin', 'querystring.country'],
      ['/api/places/search?country=FR', 'querystring.q'],
      ['/api/places/search?country=FR&q=Albi&limit=500', 'querystring.limit'],
      ['/api/places/search?country=FR&q=Al%00bi', 'querystring.q'],
      [`/api/places/search?country=FR&q=${'a'.repeat(101)}`, 'querystring.q'],
      ['/api/places/resolve?country=FR', 'querystring.city'],
      ['/api/places/resolve?country=FR&postalCode=33000&city=Bor%00deaux', 'querystring.city'],
      ['/api/places/resolve?country=US&postalCode=4020212345678', 'querystring.postalCode'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code, url).toBe('VALIDATION_FAILED');
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        url,
      ).toContain(field);
    }
  });

  it('answers a postal code of the wrong form as not found, saying why', async () => {
    const response = await get('/api/places/resolve?country=FR&postalCode=H2X');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'not_found', reason: 'postal_code_format' });
  });
});

describe('a program code used twice', () => {
  const program = (code: string) => ({
    code,
    nameFr: 'Programme',
    nameEn: 'Program',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });

  it('is 409 PROGRAM_CODE_TAKEN, not 500', async () => {
    expect((await post('/api/programs', program('IPR-2026'))).statusCode).toBe(201);
    const again = await post('/api/programs', program('IPR-2026'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'PROGRAM_CODE_TAKEN' });
    expect(again.json().message).toContain('IPR-2026');
  });

  it('is 409 for the request that loses a race, and one program exists', async () => {
    const responses = await Promise.all([0, 1, 2].map(() => post('/api/programs', program('RACE'))));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const list = await t.app.inject({ method: 'GET', url: '/api/programs', ...as(coordinator) });
    expect(list.json().items.filter((p: { code: string }) => p.code === 'RACE')).toHaveLength(1);
  });
});

describe('dates that overflow a schedule or cannot be true', () => {
  it('refuses an appointment in year 9999 (its end would not be a date)', async () => {
    const response = await post('/api/appointments', {
      personId,
      mode: 'phone',
      startsAt: '9999-12-31T23:00:00Z',
      durationMinutes: 720,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0]).toMatchObject({
      path: 'body.startsAt',
      message: expect.stringContaining('10 years from today'),
    });
  });

  it('refuses a meeting of a session in year 9999', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: {
        sessionTypeId: seriesId,
        title: 'Atelier',
        meetings: [{ startsAt: '9999-12-31T22:00:00Z' }],
      },
      ...as(coordinator),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].path).toBe('body.meetings.0.startsAt');
  });

  it('refuses a birth date in the future or more than 120 years ago', async () => {
    for (const birthDate of ['9999-12-31', '1850-01-01', daysFromNow(30).slice(0, 10)]) {
      const response = await post('/api/people', person({ birthDate }));
      expect(response.statusCode, birthDate).toBe(400);
      expect(response.json().details[0]).toMatchObject({
        path: 'body.identity.birthDate',
        message: expect.stringContaining('120 years'),
      });
    }
    expect((await post('/api/people', person({ birthDate: today() }))).statusCode).toBe(201);
  });

  it('refuses an asylum application in the future', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/people/${personId}`,
      payload: person({ asylumApplicationDate: daysFromNow(60).slice(0, 10) }).identity,
      ...as(coordinator),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].path).toBe('body.asylumApplicationDate');
  });

  it('refuses a consent revoked in 1800, and keeps it in force', async () => {
    const response = await post(`/api/people/${personId}/consents/${consentId}/revoke`, {
      revokedOn: '1800-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].message).toContain('1900-01-01');
    const file = await t.app.inject({ method: 'GET', url: `/api/people/${personId}`, ...as(coordinator) });
    expect(file.json().consents[0]).toMatchObject({ revokedOn: null, inForce: true });
  });

  it('refuses an experience that ends before it starts, and a barrier resolved before it was found', async () => {
    const experience = await post(`/api/people/${personId}/items`, {
      kind: 'experience',
      data: { occupationLabel: 'Chimiste', startYear: 2015, endYear: 2010 },
    });
    expect(experience.statusCode).toBe(400);
    expect(experience.json().details[0].path).toBe('body.data.endYear');
    const barrier = await post(`/api/people/${personId}/items`, {
      kind: 'barrier',
      data: { category: 'mobility', identifiedOn: '2025-03-01', resolvedOn: '2025-02-01' },
    });
    expect(barrier.statusCode).toBe(400);
    expect(barrier.json().details[0].path).toBe('body.data.resolvedOn');
  });

  it('refuses a program that ends before it starts', async () => {
    const response = await post('/api/programs', {
      code: 'REV',
      nameFr: 'Programme',
      nameEn: 'Program',
      countingUnit: 'person',
      status: 'active',
      rules: [],
      startsOn: '2026-09-01',
      endsOn: '2026-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].path).toBe('body.endsOn');
  });
});

describe('job offers', () => {
  let employerId = '';
  beforeAll(async () => {
    const response = await post('/api/employers', { name: 'Propreté Garonne', country: 'FR' });
    employerId = response.json().id;
  });
  const offer = (over: Record<string, unknown>) => ({
    employerId,
    title: 'Agent de propreté',
    contractType: 'cdd',
    contractMonths: 6,
    ...over,
  });

  it('refuses malformed offers with the field in question, and records none', async () => {
    const before = await rowCount('job_offers');
    for (const [over, field] of [
      [{ title: 'Agent\u0000' }, 'body.title'],
      [{ contractMonths: 0 }, 'body.contractMonths'],
      [{ contractType: 'zero_hours' }, 'body.contractType'],
      [{ hoursPerWeek: 80 }, 'body.hoursPerWeek'],
      [{ pay: { minCents: -1, period: 'hour' } }, 'body.pay.minCents'],
      [{ pay: { minCents: 12.5, period: 'hour' } }, 'body.pay.minCents'],
      [{ expiresOn: '2026-02-30' }, 'body.expiresOn'],
      [{ positions: 0 }, 'body.positions'],
      [{ employerId: 'not-a-uuid' }, 'body.employerId'],
    ] as const) {
      const response = await post('/api/offers', offer(over));
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    const incoherent = await post('/api/offers', offer({ contractType: 'permanent' }));
    expect(incoherent.statusCode).toBe(400);
    expect(incoherent.json().code).toBe('OFFER_INCOHERENT');
    expect(incoherent.json().details.map((d: { path: string }) => d.path)).toEqual([
      'body.contractType',
      'body.contractMonths',
    ]);
    expect(await rowCount('job_offers')).toBe(before);
  });

  it('answers a malformed import file or a wrong content type with 4xx, never 5xx, and writes nothing', async () => {
    const before = [await rowCount('employers'), await rowCount('job_offers')];
    const csv =
      'legal_identifier;employer_name;country;offer_title;contract_type\r\n79100007800018;X;FR;Agent;cdi\r\n';
    const upload = (payload: Buffer | string, contentType: string | null, query = 'dryRun=false') =>
      t.app.inject({
        method: 'POST',
        url: `/api/offers/import?${query}`,
        payload,
        cookies: coordinator.cookies,
        headers: { ...coordinator.headers, ...(contentType ? { 'content-type': contentType } : {}) },
      });
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    for (const [payload, contentType, status, code] of [
      [Buffer.from('PK\u0003\u0004not a workbook at all'), xlsx, 400, 'OFFER_IMPORT_UNREADABLE'],
      [
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe]),
        'application/octet-stream',
        400,
        'OFFER_IMPORT_UNREADABLE',
      ],
      [Buffer.from('a;b\n"never closed;1\n'), 'text/csv', 400, 'OFFER_IMPORT_UNREADABLE'],
      [Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), 'text/csv', 400, 'OFFER_IMPORT_UNREADABLE'],
      [csv, 'image/png', 400, 'OFFER_IMPORT_MEDIA_TYPE'],
      [JSON.stringify({ rows: [] }), 'application/json', 400, 'OFFER_IMPORT_MEDIA_TYPE'],
      ['', 'text/csv', 400, 'OFFER_IMPORT_EMPTY'],
      ['only;a;header\r\n', 'text/csv', 400, 'OFFER_IMPORT_EMPTY'],
      ['name;town\r\nX;Y\r\n', 'text/csv', 400, 'OFFER_IMPORT_MISSING_COLUMNS'],
      [Buffer.alloc(6 * 1024 * 1024, 0x41), 'text/csv', 413, 'OFFER_IMPORT_TOO_LARGE'],
    ] as const) {
      const response = await upload(payload, contentType);
      expect(response.statusCode, code).toBe(status);
      expect(response.json().code, code).toBe(code);
    }
    const badQuery = await upload(csv, 'text/csv', 'dryRun=maybe');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().details[0].path).toBe('querystring.dryRun');
    expect([await rowCount('employers'), await rowCount('job_offers')]).toEqual(before);
  });
});

describe('importing people from a file', () => {
  it('answers an empty, unreadable, mistyped, oversized, headless or 10,000-row file with 4xx, never 5xx, and writes nothing', async () => {
    const before = [await rowCount('people'), await rowCount('person_duplicate_keys')];
    const upload = (payload: Buffer | string, contentType: string | null, query = 'dryRun=false') =>
      t.app.inject({
        method: 'POST',
        url: `/api/people/imports?${query}`,
        payload,
        cookies: coordinator.cookies,
        headers: { ...coordinator.headers, ...(contentType ? { 'content-type': contentType } : {}) },
      });
    const csv = 'Prénom;Nom;Date de naissance\r\nSalma;Benali;1998-02-14\r\n';
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const tenThousand = `Prénom;Nom\r\n${Array.from({ length: 10_000 }, (_, i) => `P${i};N${i}`).join('\r\n')}\r\n`;
    for (const [payload, contentType, status, code] of [
      ['', 'text/csv', 400, 'PEOPLE_IMPORT_EMPTY'],
      ['Prénom;Nom\r\n', 'text/csv', 400, 'PEOPLE_IMPORT_EMPTY'],
      [Buffer.from('PK\u0003\u0004not a workbook at all'), xlsx, 400, 'PEOPLE_IMPORT_UNREADABLE'],
      [Buffer.from('a;b\n"never closed;1\n'), 'text/csv', 400, 'PEOPLE_IMPORT_UNREADABLE'],
      [Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), 'text/csv', 400, 'PEOPLE_IMPORT_UNREADABLE'],
      [csv, 'image/png', 400, 'PEOPLE_IMPORT_MEDIA_TYPE'],
      [JSON.stringify({ people: [] }), 'application/json', 400, 'PEOPLE_IMPORT_MEDIA_TYPE'],
      ['Ville;Pays;Couleur\r\nBordeaux;FR;bleu\r\n', 'text/csv', 400, 'PEOPLE_IMPORT_MISSING_COLUMNS'],
      ['Prénom;Nom;First name\r\nA;B;C\r\n', 'text/csv', 400, 'PEOPLE_IMPORT_DUPLICATE_COLUMN'],
      [tenThousand, 'text/csv', 400, 'PEOPLE_IMPORT_TOO_MANY_ROWS'],
      [Buffer.alloc(6 * 1024 * 1024, 0x41), 'text/csv', 413, 'PEOPLE_IMPORT_TOO_LARGE'],
    ] as const) {
      const response = await upload(payload, contentType);
      expect(response.statusCode, code).toBe(status);
      expect(response.json().code, code).toBe(code);
      expect(response.json().message, code).toBeTruthy();
    }
    for (const [query, path] of [
      ['dryRun=maybe', 'querystring.dryRun'],
      ['skip=2,x', 'querystring.skip'],
      ['skip=', 'querystring.skip'],
    ] as const) {
      const response = await upload(csv, 'text/csv', query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().details[0].path, query).toBe(path);
    }
    const unknownRow = await upload(csv, 'text/csv', 'dryRun=false&skip=9');
    expect(unknownRow.statusCode).toBe(400);
    expect(unknownRow.json().code).toBe('PEOPLE_IMPORT_SKIPPED_ROW_UNKNOWN');
    // Unknown columns are ignored and named; broken values are a row's errors, and nothing is written.
    const broken = await upload(
      `Prénom;Nom;Date de naissance;Couleur préférée\r\n${'S'.repeat(121)};Benali;1998-02-30;bleu\r\n`,
      'text/csv',
    );
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({ committed: false, ignoredColumns: ['Couleur préférée'] });
    expect(
      broken
        .json()
        .rows[0].errors.map((e: { column: string }) => e.column)
        .sort(),
    ).toEqual(['birth_date', 'given_name']);
    expect([await rowCount('people'), await rowCount('person_duplicate_keys')]).toEqual(before);
  });
});

describe('placements', () => {
  let employerId = '';
  let placementId = '';
  beforeAll(async () => {
    employerId = (await post('/api/employers', { name: 'Tri Garonne', country: 'FR' })).json().id;
    const hired = await post('/api/placements', contract({}));
    expect(hired.statusCode, hired.body).toBe(201);
    placementId = hired.json().id;
  });
  const contract = (over: Record<string, unknown>) => ({
    personId,
    employerId,
    jobTitle: 'Agent de tri',
    contractType: 'siae_insertion',
    startsOn: '2026-01-05',
    plannedEndOn: '2026-07-04',
    ...over,
  });

  it('refuses malformed hires and changes with the field in question, and writes nothing', async () => {
    const before = [
      await rowCount('placements'),
      await rowCount('placement_renewals'),
      await rowCount('placement_suspensions'),
    ];
    for (const [url, body, field] of [
      ['/api/placements', contract({ jobTitle: 'Agent\u0000' }), 'body.jobTitle'],
      ['/api/placements', contract({ personId: 'not-a-uuid' }), 'body.personId'],
      ['/api/placements', contract({ contractType: 'zero_hours' }), 'body.contractType'],
      ['/api/placements', contract({ hoursPerWeek: 80 }), 'body.hoursPerWeek'],
      ['/api/placements', contract({ wage: { cents: 12.5, period: 'hour' } }), 'body.wage.cents'],
      ['/api/placements', contract({ wage: { cents: -1, period: 'hour' } }), 'body.wage.cents'],
      ['/api/placements', contract({ wage: { cents: 1200, period: 'week' } }), 'body.wage.period'],
      ['/api/placements', contract({ startsOn: '2026-02-30' }), 'body.startsOn'],
      ['/api/placements', contract({ plannedEndOn: '2999-01-01' }), 'body.plannedEndOn'],
      ['/api/placements', contract({ plannedEndOn: null }), 'body.plannedEndOn'],
      ['/api/placements', contract({ plannedEndOn: '2025-12-31' }), 'body.plannedEndOn'],
      ['/api/placements', contract({ contractType: 'permanent' }), 'body.contractType'],
      [
        `/api/placements/${placementId}/renewals`,
        { newEndOn: '2026-13-01', decidedOn: '2026-06-01' },
        'body.newEndOn',
      ],
      [
        `/api/placements/${placementId}/suspensions`,
        { fromOn: '2026-02-02', toOn: '2026-02-06', reason: 'holiday' },
        'body.reason',
      ],
      [
        `/api/placements/${placementId}/suspensions`,
        { fromOn: '2026-02-06', toOn: '2026-02-02', reason: 'immersion' },
        'body.toOn',
      ],
      [`/api/placements/${placementId}/early-end`, { endedOn: '2026-06-30', reason: 'bored' }, 'body.reason'],
      [
        '/api/placements/not-a-uuid/renewals',
        { newEndOn: '2026-12-01', decidedOn: '2026-06-01' },
        'params.id',
      ],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode, field).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, field).toBeLessThan(500);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    const settings = await t.app.inject({
      method: 'PUT',
      url: '/api/placement-settings',
      payload: { endAlertDays: 0 },
      ...as(coordinator),
    });
    expect(settings.statusCode).toBe(400);
    expect(
      await Promise.all(['placements', 'placement_renewals', 'placement_suspensions'].map(rowCount)),
    ).toEqual(before);
  });
});

describe('job applications', () => {
  let offerId = '';
  let applicationId = '';
  beforeAll(async () => {
    const employerId = (await post('/api/employers', { name: 'Nettoyage Capitole', country: 'FR' })).json()
      .id;
    offerId = (
      await post('/api/offers', { employerId, title: 'Agent de propreté', contractType: 'cdi' })
    ).json().id;
    const proposed = await post(`/api/people/${personId}/applications`, { offerId });
    expect(proposed.statusCode, proposed.body).toBe(201);
    applicationId = proposed.json().id;
  });

  it('refuses malformed proposals, moves and comments with the field in question, and writes nothing', async () => {
    const before = [await rowCount('job_applications'), await rowCount('job_application_moves')];
    const comments = await rowCount('job_application_comments');
    for (const [url, body, field] of [
      [`/api/people/${personId}/applications`, { offerId: 'not-a-uuid' }, 'body.offerId'],
      [`/api/people/${personId}/applications`, { offerId, note: 'x\u0000' }, 'body.note'],
      ['/api/people/not-a-uuid/applications', { offerId }, 'params.id'],
      [`/api/applications/${applicationId}/moves`, { to: 'accepted' }, 'body.to'],
      [`/api/applications/${applicationId}/moves`, { to: 'sent', onDate: '2026-02-30' }, 'body.onDate'],
      [`/api/applications/${applicationId}/moves`, { to: 'sent', onDate: '2999-01-01' }, 'body.onDate'],
      [
        `/api/applications/${applicationId}/moves`,
        { to: 'refused', refusal: { reason: 'too_old', by: 'employer' } },
        'body.refusal.reason',
      ],
      [
        `/api/applications/${applicationId}/moves`,
        { to: 'refused', refusal: { reason: 'not_ready', by: 'counselor' } },
        'body.refusal.by',
      ],
      [`/api/applications/${applicationId}/comments`, { body: '' }, 'body.body'],
      [`/api/applications/${applicationId}/comments`, { body: 'x'.repeat(4001) }, 'body.body'],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    for (const [body, code] of [
      [{ to: 'refused' }, 'APPLICATION_REFUSAL_REASON_REQUIRED'],
      [
        { to: 'refused', refusal: { reason: 'found_other_job', by: 'employer' } },
        'APPLICATION_REFUSAL_REASON_NOT_OF_PARTY',
      ],
      [{ to: 'interview' }, 'APPLICATION_MOVE_NOT_ALLOWED'],
      [{ to: 'hired' }, 'APPLICATION_MOVE_NOT_ALLOWED'],
      // The person gave no consent to contacting employers: the file is not sent.
      [{ to: 'sent' }, 'APPLICATION_CONSENT_REQUIRED'],
    ] as const) {
      const response = await post(`/api/applications/${applicationId}/moves`, body);
      expect(response.statusCode, code).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, code).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect([await rowCount('job_applications'), await rowCount('job_application_moves')]).toEqual(before);
    expect(await rowCount('job_application_comments')).toBe(comments);
  });
});

describe('matching', () => {
  const put = (url: string, payload: unknown) =>
    t.app.inject({ method: 'PUT', url, payload: payload as object, ...as(coordinator) });
  const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(coordinator) });

  it('refuses malformed wishes and weights with the field in question, and records none', async () => {
    const wishes = await rowCount('person_job_wishes');
    const weights = await rowCount('match_weights');
    for (const [payload, field] of [
      [{ mobilityKm: -1 }, 'body.mobilityKm'],
      [{ mobilityKm: 2.5 }, 'body.mobilityKm'],
      [{ mobilityKm: 10, contractTypes: ['zero_hours'] }, 'body.contractTypes.0'],
      [{ mobilityKm: 10, workingTime: 'nights' }, 'body.workingTime'],
      [{ mobilityKm: 10, minHoursPerWeek: 35, maxHoursPerWeek: 20 }, 'body.maxHoursPerWeek'],
      [{ mobilityKm: 10, maxHoursPerWeek: 90 }, 'body.maxHoursPerWeek'],
    ] as const) {
      const response = await put(`/api/people/${personId}/job-wishes`, payload);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    const valid = {
      occupation: 5,
      skills: 2,
      language: 3,
      distance: 3,
      contract: 1,
      hours: 1,
      credential: 3,
    };
    for (const [payload, field] of [
      [{ ...valid, occupation: 11 }, 'body.occupation'],
      [{ ...valid, distance: -1 }, 'body.distance'],
      [{ ...valid, hours: 0.5 }, 'body.hours'],
      [{ ...valid, credential: undefined }, 'body.credential'],
      [
        { occupation: 0, skills: 0, language: 0, distance: 0, contract: 0, hours: 0, credential: 0 },
        'body.occupation',
      ],
    ] as const) {
      const response = await put('/api/matching/weights', payload);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    expect(await rowCount('person_job_wishes')).toBe(wishes);
    expect(await rowCount('match_weights')).toBe(weights);
  });

  it('refuses malformed queries of the best matches', async () => {
    for (const [url, field] of [
      [`/api/people/${personId}/best-offers?limit=0`, 'querystring.limit'],
      [`/api/people/${personId}/best-offers?limit=1000`, 'querystring.limit'],
      [`/api/people/${personId}/best-offers?lang=xx`, 'querystring.lang'],
      ['/api/people/not-a-uuid/best-offers', 'params.id'],
      [`/api/offers/${personId}/best-people?mine=yes`, 'querystring.mine'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        url,
      ).toContain(field);
    }
  });
});

describe('immersions', () => {
  let employerId = '';
  let tutorContactId = '';
  let immersionId = '';
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const immersion = (over: Record<string, unknown>) => ({
    personId,
    kind: 'pmsmp',
    employerId,
    tutorContactId,
    startsOn: day(-10),
    endsOn: day(-3),
    plannedHours: 35,
    objectives: 'Découvrir le métier',
    ...over,
  });
  beforeAll(async () => {
    employerId = (await post('/api/employers', { name: 'Boulangerie Martin', country: 'FR' })).json().id;
    tutorContactId = (
      await post(`/api/employers/${employerId}/contacts`, {
        givenName: 'Émilie',
        familyName: 'Martin',
        role: 'tutor',
      })
    ).json().id;
    const created = await post('/api/immersions', immersion({}));
    expect(created.statusCode, created.body).toBe(201);
    immersionId = created.json().id;
  });

  it('refuses malformed immersions, signatures, missed hours and assessments with the field in question, and writes nothing', async () => {
    const tables = ['immersions', 'immersion_signatures', 'immersion_missed_hours'];
    const before = await Promise.all(tables.map(rowCount));
    const at = (path: string) => `/api/immersions/${immersionId}/${path}`;
    for (const [url, body, field] of [
      ['/api/immersions', immersion({ objectives: 'Métier\u0000' }), 'body.objectives'],
      ['/api/immersions', immersion({ kind: 'apprenticeship' }), 'body.kind'],
      ['/api/immersions', immersion({ plannedHours: 0 }), 'body.plannedHours'],
      ['/api/immersions', immersion({ plannedHours: 7.5 }), 'body.plannedHours'],
      ['/api/immersions', immersion({ startsOn: '2026-02-30' }), 'body.startsOn'],
      ['/api/immersions', immersion({ tutorContactId: 'not-a-uuid' }), 'body.tutorContactId'],
      ['/api/immersions', immersion({ language: 'de' }), 'body.language'],
      [at('signatures'), { signatory: 'mayor', signedAt: `${day(-12)}T10:00:00Z` }, 'body.signatory'],
      [at('signatures'), { signatory: 'person', signedAt: 'yesterday' }, 'body.signedAt'],
      [at('signatures'), { signatory: 'person', signedAt: `${day(30)}T10:00:00Z` }, 'body.signedAt'],
      [
        at('signatures'),
        { signatory: 'employer', signedAt: `${day(-12)}T10:00:00Z`, signerName: '\uD800' },
        'body.signerName',
      ],
      [at('missed-hours'), { onDay: day(-9), hours: 0.3 }, 'body.hours'],
      [at('missed-hours'), { onDay: day(-9), hours: -1 }, 'body.hours'],
      [at('missed-hours'), { onDay: day(-9), hours: 25 }, 'body.hours'],
      [at('missed-hours'), { onDay: '2026-13-01', hours: 1 }, 'body.onDay'],
      [
        at('assessment'),
        { outcome: 'excellent', assessedOn: day(-1), endedWithJobOffer: false },
        'body.outcome',
      ],
      [
        at('assessment'),
        { outcome: 'completed', assessedOn: day(5), endedWithJobOffer: false },
        'body.assessedOn',
      ],
      [
        at('assessment'),
        { outcome: 'completed', assessedOn: day(-1), endedWithJobOffer: 'yes' },
        'body.endedWithJobOffer',
      ],
      [
        at('assessment'),
        { outcome: 'completed', assessedOn: day(-1), endedWithJobOffer: true, jobContractType: 'zero_hours' },
        'body.jobContractType',
      ],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    // Well formed, but not true of this immersion: refused by the rules with the field in question.
    for (const [url, body, code, field] of [
      ['/api/immersions', immersion({ endsOn: day(-11) }), 'IMMERSION_SCHEDULE_INCOHERENT', 'body.endsOn'],
      [at('missed-hours'), { onDay: day(-1), hours: 1 }, 'IMMERSION_MISSED_HOURS_REFUSED', 'body.onDay'],
      [
        at('assessment'),
        { outcome: 'completed', assessedOn: day(-1), endedWithJobOffer: true },
        'IMMERSION_ASSESSMENT_INCOHERENT',
        'body.jobContractType',
      ],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode, code).toBe(400);
      expect(response.json().code).toBe(code);
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
  });
});
describe('occupation equivalents', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(coordinator) });

  it('refuses an unknown language (400) and an over-long id (414), and names an unknown occupation with 404', async () => {
    const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';
    expect((await get(`/api/reference/occupations/${civilEngineer}/equivalents?lang=en`)).statusCode).toBe(
      200,
    );
    const language = await get(`/api/reference/occupations/${civilEngineer}/equivalents?lang=xx`);
    expect(language.statusCode).toBe(400);
    expect(language.json().details[0].path).toBe('querystring.lang');
    const long = await get(`/api/reference/occupations/${'a'.repeat(301)}/equivalents`);
    expect(long.statusCode).toBe(414);
    expect(long.json().code).toBeTruthy();
    const unknown = await get('/api/reference/occupations/no-such-occupation/equivalents');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('OCCUPATION_NOT_FOUND');
  });
});

describe('occupations across classifications', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(coordinator) });

  it('refuses a search or an equivalence that cannot be asked, with the field in question', async () => {
    for (const [url, field] of [
      ['/api/reference/occupation-titles?q=n', 'querystring.q'],
      ['/api/reference/occupation-titles?q=nu%00rse', 'querystring.q'],
      [`/api/reference/occupation-titles?q=${'a'.repeat(101)}`, 'querystring.q'],
      ['/api/reference/occupation-titles?q=nurse&lang=de', 'querystring.lang'],
      ['/api/reference/occupation-titles?q=nurse&scheme=isco', 'querystring.scheme'],
      ['/api/reference/occupation-titles?q=nurse&limit=500', 'querystring.limit'],
      ['/api/reference/occupation-equivalents?code=J1506', 'querystring.scheme'],
      ['/api/reference/occupation-equivalents?scheme=rome', 'querystring.code'],
      ['/api/reference/occupation-equivalents?scheme=rome&code=J1506&country=DE', 'querystring.country'],
      [`/api/reference/occupation-equivalents?scheme=rome&code=${'J'.repeat(101)}`, 'querystring.code'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code, url).toBe('VALIDATION_FAILED');
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        url,
      ).toContain(field);
    }
    const unknown = await get('/api/reference/occupation-equivalents?scheme=rome&code=Z9999&country=FR');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('OCCUPATION_CODE_NOT_FOUND');
  });
});

describe('the organization’s time zone', () => {
  it('refuses a zone Intl does not know, a number, a NUL byte or an empty body, with the field, and changes nothing', async () => {
    const db = t.database.db;
    const organizationId = (await givenOrganization(db, { timeZone: 'Europe/Paris' })).id;
    const administrator = await givenStaff(db, organizationId, 'administrator');
    const session = await givenSession(db, administrator.actor.userId, organizationId);
    const patch = (payload: unknown) =>
      t.app.inject({ method: 'PATCH', url: '/api/organization', payload: payload as object, ...as(session) });
    for (const body of [
      { timeZone: 'Europe/Pariss' },
      { timeZone: '+02:00' },
      { timeZone: 'Europe/Par\u0000is' },
      { timeZone: 'x'.repeat(61) },
      { timeZone: 60 },
      { timeZone: '' },
      {},
    ]) {
      const response = await patch(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain('body.timeZone');
    }
    const kept = await db
      .selectFrom('organizations')
      .select('time_zone')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    expect(kept.time_zone).toBe('Europe/Paris');
    expect((await patch({ timeZone: 'America/Toronto' })).json()).toMatchObject({
      timeZone: 'America/Toronto',
    });
  });
});

describe('the organization’s reminder delays and the referral and hand-off figures', () => {
  it('refuses delays outside 1–60 days, not whole, missing or not numbers, and malformed periods, with the field', async () => {
    const db = t.database.db;
    const organizationId = (await givenOrganization(db, { name: 'Association Relances' })).id;
    const director = await givenStaff(db, organizationId, 'director');
    const session = await givenSession(db, director.actor.userId, organizationId);
    const send = (method: 'GET' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(session) });
    const put = (payload: unknown) => send('PUT', '/api/organization/reminder-delays', payload);
    const responses = [
      [await put({ referralDays: 0, handoffDays: 7 }), 'body.referralDays'],
      [await put({ referralDays: 61, handoffDays: 7 }), 'body.referralDays'],
      [await put({ referralDays: 7, handoffDays: 2.5 }), 'body.handoffDays'],
      [await put({ referralDays: 7, handoffDays: -3 }), 'body.handoffDays'],
      [await put({ referralDays: '7', handoffDays: 7 }), 'body.referralDays'],
      [await put({ referralDays: 7 }), 'body.handoffDays'],
      [await put({ referralDays: 1e308, handoffDays: 7 }), 'body.referralDays'],
      [
        await send('GET', '/api/programs/not-a-uuid/referral-figures?from=2026-01-01&to=2026-12-31'),
        'params.id',
      ],
      [
        await send('GET', `/api/programs/${organizationId}/referral-figures?from=2026-12-31&to=2026-01-01`),
        'querystring.to',
      ],
      [
        await send('GET', `/api/programs/${organizationId}/referral-figures?from=2026-13-01&to=2026-12-31`),
        'querystring.from',
      ],
      [
        await send('GET', `/api/programs/${organizationId}/handoff-figures?from=2026-01-01`),
        'querystring.to',
      ],
      [
        await send('GET', `/api/programs/${organizationId}/handoff-figures?from=2026-01-01&to=yesterday`),
        'querystring.to',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      const details = response.json().details as { path: string; message: string }[];
      expect(details.map((d) => d.path)).toContain(path);
      if (path.startsWith('body.'))
        expect(details.find((d) => d.path === path)?.message).toBe(
          'A reminder delay is a whole number of days from 1 to 60',
        );
    }
    const kept = await db
      .selectFrom('organizations')
      .select(['referral_reminder_days', 'handoff_reminder_days'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ referral_reminder_days: 7, handoff_reminder_days: 7 });
    // A program no one takes part in, well formed: 404, not a 5xx.
    const unknown = await send(
      'GET',
      `/api/programs/${organizationId}/referral-figures?from=2026-01-01&to=2026-12-31`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REFERRAL_PROGRAM_NOT_FOUND');
    expect((await put({ referralDays: 60, handoffDays: 1 })).json()).toEqual({
      referralDays: 60,
      handoffDays: 1,
      canChange: true,
    });
  });
});

describe('the employers directory', () => {
  const tables = [
    'employers',
    'employer_sites',
    'employer_contacts',
    'employer_commitments',
    'employer_engagements',
    'audit_events',
  ];
  const counts = () => Promise.all(tables.map(rowCount));
  let employerId: string;

  beforeAll(async () => {
    const created = await post('/api/employers', { name: 'Clinique Saint-Augustin', country: 'FR' });
    expect(created.statusCode, created.body).toBe(201);
    employerId = created.json().id;
  });

  it('refuses a SIRET with a wrong key, a code of another classification, broken text and impossible dates, writing nothing', async () => {
    const before = await counts();
    const siret = siretWithKeys('42870198', '0001');
    const wrongKey = `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
    const responses = [
      [
        await post('/api/employers', { name: 'Clinique', country: 'FR', legalIdentifier: wrongKey }),
        'EMPLOYER_LEGAL_ID_INVALID',
      ],
      [
        await post('/api/employers', { name: 'Clinique', country: 'FR', sectorCode: '622110' }),
        'EMPLOYER_SECTOR_CODE_INVALID',
      ],
      [await post('/api/employers', { name: 'Cli\u0000nique', country: 'FR' }), 'VALIDATION_FAILED'],
      [await post('/api/employers', { name: 'Clinique', country: 'DE' }), 'VALIDATION_FAILED'],
      [
        await post('/api/employers', { name: 'Clinique', country: 'FR', website: 'javascript:alert(1)' }),
        'VALIDATION_FAILED',
      ],
      [
        await post(`/api/employers/${employerId}/sites`, {
          name: 'Siège',
          postalCode: '3300',
          city: 'Bordeaux',
        }),
        'EMPLOYER_POSTAL_CODE_INVALID',
      ],
      [
        await post(`/api/employers/${employerId}/contacts`, {
          givenName: 'Cl\uD83Daire',
          familyName: 'Dumas',
          role: 'hr',
        }),
        'VALIDATION_FAILED',
      ],
      [
        await post(`/api/employers/${employerId}/commitments`, {
          kind: 'hiring_pledge',
          hires: 5,
          periodStart: '2027-06-30',
          periodEnd: '2027-01-01',
          madeOn: today(),
        }),
        'VALIDATION_FAILED',
      ],
      [
        await post(`/api/employers/${employerId}/commitments`, {
          kind: 'pathway',
          field: 'health_care',
          madeOn: '2999-01-01',
        }),
        'VALIDATION_FAILED',
      ],
      [
        await post(`/api/employers/${employerId}/engagements`, {
          kind: 'visit',
          occurredOn: '1850-01-01',
          summary: 'x',
        }),
        'VALIDATION_FAILED',
      ],
      [
        await post(`/api/employers/${employerId}/engagements`, {
          kind: 'visit',
          occurredOn: today(),
          summary: '   ',
        }),
        'VALIDATION_FAILED',
      ],
    ] as const;
    for (const [response, code] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe(code);
    }
    expect(responses[7]![0].json().details[0].path).toBe('body.periodEnd');
    expect(await counts()).toEqual(before);
  });

  it('answers 409 EMPLOYER_LEGAL_ID_TAKEN naming the SIRET as people write it, for a SIRET already in the directory, also to the loser of a race', async () => {
    const siret = siretWithKeys('51234567', '0001');
    const body = { name: 'Recyclerie des Graves', country: 'FR', legalIdentifier: siret };
    const responses = await Promise.all([0, 1, 2].map(() => post('/api/employers', body)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const before = await counts();
    const written = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    const again = await post('/api/employers', { ...body, legalIdentifier: written.replaceAll(' ', '.') });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'EMPLOYER_LEGAL_ID_TAKEN',
      details: { name: 'Recyclerie des Graves' },
    });
    expect(again.json().message).toContain(`already has an employer with the identifier ${written}`);
    expect(await counts()).toEqual(before);
  });
});

describe('households', () => {
  const counts = async () => ({
    households: await rowCount('households'),
    memberships: await rowCount('household_memberships'),
  });
  const newPerson = async (givenName: string) =>
    (await post('/api/people', { identity: { givenName, familyName: 'Foyer' } })).json().id as string;

  it('refuses malformed ids, relations and bodies with the field in question, and writes nothing', async () => {
    const main = await newPerson('Principal');
    const householdId = (await post(`/api/people/${main}/household`, undefined)).json().householdId as string;
    const other = await newPerson('Autre');
    const before = await counts();
    const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const responses = [
      [await send('POST', '/api/people/not-a-uuid/household'), 'params.id'],
      [
        await send('POST', `/api/households/${householdId}/members`, { personId: other, relation: 'cousin' }),
        'body.relation',
      ],
      [
        await send('POST', `/api/households/${householdId}/members`, { personId: 'x', relation: 'child' }),
        'body.personId',
      ],
      [await send('POST', `/api/households/${householdId}/members`, { relation: 'child' }), 'body.personId'],
      [
        await send('POST', `/api/households/${householdId}/members`, { personId: other, relation: 'main' }),
        'body.relation',
      ],
      [await send('DELETE', `/api/households/${householdId}/members/1234`), 'params.personId'],
      [
        await send('PUT', `/api/households/${householdId}/main-contact`, { personId: `${other}\u0000` }),
        'body.personId',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 409 PERSON_ALREADY_IN_HOUSEHOLD to the request that loses a race to put one person in two households', async () => {
    const [first, second, both] = [
      await newPerson('Un'),
      await newPerson('Deux'),
      await newPerson('Les deux'),
    ];
    const households = [
      (await post(`/api/people/${first}/household`, undefined)).json().householdId,
      (await post(`/api/people/${second}/household`, undefined)).json().householdId,
    ];
    const responses = await Promise.all(
      households.map((id) => post(`/api/households/${id}/members`, { personId: both, relation: 'sibling' })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('PERSON_ALREADY_IN_HOUSEHOLD');
    const current = await t.database.db
      .selectFrom('household_memberships')
      .select('id')
      .where('person_id', '=', both)
      .where('left_on', 'is', null)
      .execute();
    expect(current).toHaveLength(1);
  });
});

describe('exports', () => {
  it('refuses a malformed format, filter or program with 400 VALIDATION_FAILED naming the field, and audits nothing', async () => {
    const exportsAudited = async () => {
      const count = sql<{ n: string }>`select count(*) as n from audit_events where action like 'export.%'`;
      return Number((await count.execute(t.database.db)).rows[0]?.n);
    };
    const before = await exportsAudited();
    for (const [url, field] of [
      ['/api/exports/caseload?format=docx', 'format'],
      ['/api/exports/caseload?q=a%00b', 'q'],
      ['/api/exports/caseload?referent=someone', 'referent'],
      ['/api/exports/caseload?immigrationStatus=alien', 'immigrationStatus'],
      ['/api/exports/programs/123/enrolments?format=csv', 'id'],
      ['/api/exports/sessions?from=2026-02-30', 'from'],
      ['/api/exports/sessions?audience=everyone', 'audience'],
      ['/api/exports/placements?referent=%F0%9F%98%80', 'referent'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url, ...as(coordinator) });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code, url).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(response.json().details), url).toContain(field);
    }
    expect(await exportsAudited()).toBe(before);
  });
});

describe('the last line: what the database refuses as data', () => {
  it('answers 400 INVALID_DATA for a data exception and 409 ALREADY_EXISTS for a unique key', async () => {
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    app.get('/nul', async () => sql`select ${'a\u0000b'}::text as t`.execute(t.database.db));
    app.get('/date', async () => sql`select '10000-01-01'::date + 2147483647 as d`.execute(t.database.db));
    app.get('/unique', async () => {
      await sql`create table if not exists malformed_input_once (v int primary key)`.execute(t.database.db);
      await sql`insert into malformed_input_once values (1) on conflict do nothing`.execute(t.database.db);
      return sql`insert into malformed_input_once values (1)`.execute(t.database.db);
    });
    for (const url of ['/nul', '/date']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code).toBe('INVALID_DATA');
    }
    const duplicate = await app.inject({ method: 'GET', url: '/unique' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('ALREADY_EXISTS');
    await app.close();
  });
});

describe('funder reports', () => {
  let programId = '';
  let copyId = '';
  let definition: { sections: unknown[] } & Record<string, unknown>;
  const reportsWritten = async () => ({
    templates: await rowCount('report_templates'),
    audited: Number(
      (
        await sql<{
          n: string;
        }>`select count(*) as n from audit_events where action like 'reports.%'`.execute(t.database.db)
      ).rows[0]?.n,
    ),
  });
  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });

  beforeAll(async () => {
    const created = await post('/api/programs', {
      code: 'RAPPORTS',
      nameFr: 'Rapports',
      nameEn: 'Reports',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    const copy = await post(`/api/programs/${programId}/report-templates`, { from: 'impulser_steering' });
    expect(copy.statusCode, copy.body).toBe(201);
    copyId = copy.json().ref;
    definition = copy.json().definition;
  });

  it('refuses malformed ids, template refs, periods, formats, sections and definitions with 400 VALIDATION_FAILED naming the field, and writes nothing', async () => {
    const before = await reportsWritten();
    const base = `/api/programs/${programId}`;
    const report = `${base}/reports/impulser_steering`;
    const year = 'from=2026-01-01&to=2026-12-31';
    const sections = (count: number) =>
      Array.from({ length: count }, () => ({ indicator: 'new_entries', breakdown: null }));
    const longRef = 'a'.repeat(200);
    const responses = [
      [await send('GET', '/api/programs/not-a-uuid/report-templates'), 'params.programId'],
      [await send('POST', '/api/programs/123/report-templates', { from: 'ipr_annual' }), 'params.programId'],
      [await send('GET', `/api/programs/${programId.slice(0, -1)}/reports/ipr_annual`), 'params.programId'],
      [await send('GET', `${base}/reports/impulser%20steering?${year}`), 'params.template'],
      [await send('GET', `${base}/reports/x?${year}`), 'params.template'],
      [await send('GET', `${base}/reports/ipr%00annual?${year}`), 'params.template'],
      [await send('GET', `${base}/reports/ipr annual/file?${year}&format=csv`), 'params.template'],
      [await send('PUT', `${base}/report-templates/a%20b`, { version: 1, definition }), 'params.template'],
      [await send('GET', `${report}?from=2026-12-31&to=2026-01-01`), 'querystring.to'],
      [await send('GET', `${report}?from=2026-02-30&to=2026-12-31`), 'querystring.from'],
      [await send('GET', `${report}?from=2026-01-01&to=2026-13-01`), 'querystring.to'],
      [await send('GET', `${report}?from=26-01-01`), 'querystring.from'],
      [await send('GET', `${report}?${year}&fundId=fund`), 'querystring.fundId'],
      [await send('GET', `${report}/file?${year}&format=docx`), 'querystring.format'],
      [await send('GET', `${report}/file?${year}`), 'querystring.format'],
      [await send('GET', `${report}/file?${year}&format=csv&lang=de`), 'querystring.lang'],
      [await send('GET', `${report}/file?from=2026-12-31&to=2026-01-01&format=xlsx`), 'querystring.to'],
      [await send('GET', `${report}/file?from=2026-02-30&format=xlsx`), 'querystring.from'],
      [await send('GET', `${report}/people?${year}&section=99`), 'querystring.section'],
      [await send('GET', `${report}/people?${year}&section=-1`), 'querystring.section'],
      [await send('GET', `${report}/people?${year}&section=1.5`), 'querystring.section'],
      [await send('GET', `${report}/people?${year}&section=one`), 'querystring.section'],
      [await send('GET', `${report}/people?${year}&check=missing_religion`), 'querystring.check'],
      [await send('GET', `${report}/people?${year}&section=0&part=numerator`), 'querystring.part'],
      [
        await send('GET', `${report}/people?${year}&section=0&category=${'c'.repeat(81)}`),
        'querystring.category',
      ],
      [await send('GET', `${report}/people?from=2026-02-30&section=0`), 'querystring.from'],
      [await send('POST', `${base}/report-templates`, { from: 'ipr annual' }), 'body.from'],
      [await send('POST', `${base}/report-templates`, { from: longRef }), 'body.from'],
      [await send('POST', `${base}/report-templates`, {}), 'body.from'],
      [
        await send('POST', `${base}/report-templates`, {
          from: 'ipr_annual',
          name: { fr: 'x'.repeat(500), en: 'Copy' },
        }),
        'body.name.fr',
      ],
      [
        await send('POST', `${base}/report-templates`, {
          from: 'ipr_annual',
          name: { fr: '   ', en: 'Copy' },
        }),
        'body.name.fr',
      ],
      [await send('PUT', `${base}/report-templates/${copyId}`, { version: '1', definition }), 'body.version'],
      [await send('PUT', `${base}/report-templates/${copyId}`, { version: 0, definition }), 'body.version'],
      [await send('PUT', `${base}/report-templates/${copyId}`, { version: 1.5, definition }), 'body.version'],
      [await send('PUT', `${base}/report-templates/${copyId}`, { definition }), 'body.version'],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, sections: sections(41) },
        }),
        'body.definition.sections',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, sections: [] },
        }),
        'body.definition.sections',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, sections: [{ indicator: 'new_entries', breakdown: 'religion' }] },
        }),
        'body.definition.sections.0.breakdown',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, sections: [{ indicator: 'New Entries!', breakdown: null }] },
        }),
        'body.definition.sections.0.indicator',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, name: { fr: 'x'.repeat(500), en: 'Report' } },
        }),
        'body.definition.name.fr',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, period: { kind: 'fortnight', startMonth: 1 } },
        }),
        'body.definition.period.kind',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, period: { kind: 'program_year', startMonth: 13 } },
        }),
        'body.definition.period.startMonth',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, language: 'de' },
        }),
        'body.definition.language',
      ],
      [
        await send('POST', `${base}/report-templates`, {
          from: 'ipr_annual',
          name: { fr: 'a\u0000b', en: 'R' },
        }),
        'body.name.fr',
      ],
      [
        await send('POST', `${base}/report-templates`, {
          from: 'ipr_annual',
          name: { fr: 'R', en: 'a\uD83Db' },
        }),
        'body.name.en',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, audience: { fr: 'a\u0000b', en: 'R' } },
        }),
        'body.definition.audience.fr',
      ],
      [
        await send('PUT', `${base}/report-templates/${copyId}`, {
          version: 1,
          definition: { ...definition, name: { fr: '\uDE00b', en: 'R' } },
        }),
        'body.definition.name.fr',
      ],
    ] as const;
    for (const [response, path] of responses) {
      const request = `${response.raw.req.method} ${response.raw.req.url}`;
      expect(response.statusCode, `${request} ${response.body}`).toBe(400);
      expect(response.json().code, request).toBe('VALIDATION_FAILED');
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        request,
      ).toContain(path);
    }
    expect(await reportsWritten()).toEqual(before);
  });

  it('refuses what only the module can judge with its own stable code, never a 5xx, and writes nothing', async () => {
    const before = await reportsWritten();
    const base = `/api/programs/${programId}`;
    const unknownIndicator = await send('PUT', `${base}/report-templates/${copyId}`, {
      version: 1,
      definition: {
        ...definition,
        sections: [
          { indicator: 'new_entries', breakdown: null },
          { indicator: 'no_such_indicator', breakdown: null },
          { indicator: 'fund_growth', breakdown: 'sex' },
        ],
      },
    });
    expect(unknownIndicator.statusCode, unknownIndicator.body).toBe(400);
    expect(unknownIndicator.json()).toMatchObject({
      code: 'REPORT_DEFINITION_INVALID',
      details: {
        problems: [
          { section: 1, code: 'REPORT_UNKNOWN_INDICATOR' },
          { section: 2, code: 'REPORT_BREAKDOWN_NOT_ALLOWED' },
        ],
      },
    });
    for (const [method, url, body, status, code] of [
      [
        'GET',
        `${base}/reports/impulser_steering?from=2010-01-01&to=2026-01-01`,
        undefined,
        400,
        'REPORT_PERIOD_INVALID',
      ],
      [
        'GET',
        `${base}/reports/impulser_steering/file?from=2000-01-01&to=2026-01-01&format=csv`,
        undefined,
        400,
        'REPORT_PERIOD_INVALID',
      ],
      [
        'GET',
        `${base}/reports/impulser_steering/people?from=2010-01-01&to=2026-01-01&section=0`,
        undefined,
        400,
        'REPORT_PERIOD_INVALID',
      ],
      ['GET', `${base}/reports/impulser_steering/people`, undefined, 400, 'REPORT_PEOPLE_QUESTION_INVALID'],
      [
        'GET',
        `${base}/reports/impulser_steering/people?section=0&check=missing_sex`,
        undefined,
        400,
        'REPORT_PEOPLE_QUESTION_INVALID',
      ],
      [
        'GET',
        `${base}/reports/impulser_steering/people?section=39`,
        undefined,
        404,
        'REPORT_SECTION_NOT_FOUND',
      ],
      [
        'GET',
        `${base}/reports/impulser_steering/people?section=1&category=martian`,
        undefined,
        404,
        'REPORT_SECTION_NOT_FOUND',
      ],
      ['GET', `${base}/reports/no_such_template`, undefined, 404, 'REPORT_TEMPLATE_NOT_FOUND'],
      [
        'GET',
        `${base}/reports/0190a0f0-0000-7000-8000-000000000000`,
        undefined,
        404,
        'REPORT_TEMPLATE_NOT_FOUND',
      ],
      [
        'GET',
        `${base}/reports/louisville_fund?fundId=0190a0f0-0000-7000-8000-000000000000`,
        undefined,
        404,
        'REPORT_FUND_NOT_FOUND',
      ],
      ['POST', `${base}/report-templates`, { from: 'no_such_template' }, 404, 'REPORT_TEMPLATE_NOT_FOUND'],
      [
        'PUT',
        `${base}/report-templates/ipr_annual`,
        { version: 1, definition },
        403,
        'REPORT_TEMPLATE_NOT_YOURS',
      ],
      ['DELETE', `${base}/report-templates/impulser_steering`, undefined, 403, 'REPORT_TEMPLATE_NOT_YOURS'],
    ] as const) {
      const response = await send(method, url, body);
      expect(response.statusCode, `${url} ${response.body}`).toBe(status);
      expect(response.json().code, url).toBe(code);
    }
    expect(await reportsWritten()).toEqual(before);
  });

  it('answers a template ref too long for a path 414, and a ref shaped like an id but none 4xx, never 5xx, and writes nothing', async () => {
    const before = await reportsWritten();
    const base = `/api/programs/${programId}`;
    const longRef = 'a'.repeat(200);
    for (const [method, url] of [
      ['GET', `${base}/reports/${longRef}?from=2026-01-01&to=2026-12-31`],
      ['GET', `${base}/reports/${longRef}/people?section=0`],
      ['GET', `${base}/reports/${longRef}/file?format=csv`],
      ['DELETE', `${base}/report-templates/${longRef}`],
    ] as const) {
      const response = await send(method, url);
      expect(response.statusCode, url).toBe(414);
      expect(response.json().code, url).toBe('FST_ERR_MAX_PARAM_LENGTH');
    }
    // Refs of 36 hex digits or dashes are not ids: unknown templates, like any other ref.
    for (const [method, url, body, allowed] of [
      ['GET', `${base}/reports/${'-'.repeat(36)}`, undefined, ['REPORT_TEMPLATE_NOT_FOUND']],
      ['GET', `${base}/reports/${'a'.repeat(36)}/file?format=csv`, undefined, ['REPORT_TEMPLATE_NOT_FOUND']],
      ['DELETE', `${base}/report-templates/${'0'.repeat(36)}`, undefined, ['REPORT_TEMPLATE_NOT_FOUND']],
    ] as const) {
      const response = await send(method, url, body);
      expect(response.statusCode, `${url} ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${url} ${response.body}`).toBeLessThan(500);
      expect(allowed, url).toContain(response.json().code);
    }
    expect(await reportsWritten()).toEqual(before);
  });
});

describe('report files and subscriptions', () => {
  let programId = '';
  let coordinatorId = '';
  const written = async () => ({
    files: await rowCount('report_files'),
    subscriptions: await rowCount('report_subscriptions'),
    jobs: Number(
      (
        await sql<{
          n: string;
        }>`select count(*) as n from jobs where kind = 'reports.produce-file'`.execute(t.database.db)
      ).rows[0]?.n,
    ),
  });
  const send = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });

  beforeAll(async () => {
    const created = await post('/api/programs', {
      code: 'RAPFICH',
      nameFr: 'Fichiers',
      nameEn: 'Files',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    const owner = await sql<{
      user_id: string;
    }>`select m.user_id from memberships m join programs p on p.organization_id = m.organization_id where p.id = ${programId} and m.role = 'coordinator'`.execute(
      t.database.db,
    );
    coordinatorId = owner.rows[0]?.user_id as string;
  });

  it('refuses malformed ids, formats, periods, cadences and recipients with 400 VALIDATION_FAILED naming the field, and writes nothing', async () => {
    const before = await written();
    const base = `/api/programs/${programId}`;
    const files = `${base}/reports/impulser_steering/files`;
    const subscriptions = `${base}/report-subscriptions`;
    const subscription = (rest: Record<string, unknown>) => ({
      template: 'impulser_steering',
      cadence: 'monthly',
      recipients: [coordinatorId],
      language: 'fr',
      ...rest,
    });
    const responses = [
      [
        await send('POST', `/api/programs/nope/reports/impulser_steering/files`, { format: 'pdf' }),
        'params.programId',
      ],
      [await send('POST', `${base}/reports/a%20b/files`, { format: 'pdf' }), 'params.template'],
      [await send('POST', files, { format: 'docx' }), 'body.format'],
      [await send('POST', files, {}), 'body.format'],
      [await send('POST', files, { format: 'pdf', lang: 'de' }), 'body.lang'],
      [await send('POST', files, { format: 'pdf', from: '2026-02-30' }), 'body.from'],
      [await send('POST', files, { format: 'pdf', from: '2026-12-31', to: '2026-01-01' }), 'body.to'],
      [await send('POST', files, { format: 'pdf', fundId: 'fund' }), 'body.fundId'],
      [await send('GET', '/api/report-files/not-a-uuid'), 'params.id'],
      [await send('GET', '/api/report-files/123/content'), 'params.id'],
      [await send('GET', `/api/programs/x/report-subscriptions`), 'params.programId'],
      [await send('POST', subscriptions, subscription({ cadence: 'weekly' })), 'body.cadence'],
      [await send('POST', subscriptions, subscription({ recipients: [] })), 'body.recipients'],
      [
        await send('POST', subscriptions, subscription({ recipients: ['someone@example.org'] })),
        'body.recipients.0',
      ],
      [
        await send(
          'POST',
          subscriptions,
          subscription({ recipients: Array.from({ length: 51 }, () => coordinatorId) }),
        ),
        'body.recipients',
      ],
      [await send('POST', subscriptions, subscription({ language: 'ar' })), 'body.language'],
      [await send('POST', subscriptions, subscription({ format: 'html' })), 'body.format'],
      [await send('POST', subscriptions, subscription({ template: 'a b' })), 'body.template'],
      [await send('DELETE', `${subscriptions}/not-a-uuid`), 'params.subscriptionId'],
    ] as const;
    for (const [response, path] of responses) {
      const request = `${response.raw.req.method} ${response.raw.req.url}`;
      expect(response.statusCode, `${request} ${response.body}`).toBe(400);
      expect(response.json().code, request).toBe('VALIDATION_FAILED');
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        request,
      ).toContain(path);
    }
    expect(await written()).toEqual(before);
  });

  it('answers what only the module judges with its own code: unknown file or subscription, outside recipient, file not ready', async () => {
    const base = `/api/programs/${programId}`;
    const unknown = '0190a1b2-0000-7000-8000-000000000000';
    const missingFile = await send('GET', `/api/report-files/${unknown}`);
    expect(missingFile.statusCode).toBe(404);
    expect(missingFile.json().code).toBe('REPORT_FILE_NOT_FOUND');
    const missingContent = await send('GET', `/api/report-files/${unknown}/content`);
    expect(missingContent.statusCode).toBe(404);
    const missingSubscription = await send('DELETE', `${base}/report-subscriptions/${unknown}`);
    expect(missingSubscription.statusCode).toBe(404);
    expect(missingSubscription.json().code).toBe('REPORT_SUBSCRIPTION_NOT_FOUND');
    const outsider = await send('POST', `${base}/report-subscriptions`, {
      template: 'impulser_steering',
      cadence: 'quarterly',
      recipients: [unknown],
      language: 'en',
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().code).toBe('REPORT_RECIPIENT_NOT_STAFF');
    const queued = await send('POST', `${base}/reports/impulser_steering/files`, { format: 'pdf' });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json()).toMatchObject({ status: 'queued', progress: 0 });
    const early = await send('GET', `/api/report-files/${queued.json().id}/content`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('REPORT_FILE_NOT_READY');
  });
});

describe('consents to share and shared files', () => {
  it('refuses unknown sections, malformed partners and ids with the field in question, and writes nothing', async () => {
    const before = [await rowCount('consents'), await rowCount('audit_events')];
    const consent = (data: Record<string, unknown>) =>
      post(`/api/people/${personId}/items`, {
        kind: 'consent',
        data: { purpose: 'sharing_with_partners', givenOn: today(), ...data },
      });
    const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(coordinator) });
    const responses = [
      [await consent({ covers: ['identity', 'salary'] }), 'body.data.covers.1'],
      [await consent({ covers: 'identity' }), 'body.data.covers'],
      [await consent({ partnerOrganizationIds: ['not-a-uuid'] }), 'body.data.partnerOrganizationIds.0'],
      [await consent({ partnerConsortiumIds: [`${personId}\u0000`] }), 'body.data.partnerConsortiumIds.0'],
      [
        await consent({ partnerConsortiumIds: Array.from({ length: 21 }, () => personId) }),
        'body.data.partnerConsortiumIds',
      ],
      [await get('/api/shared-people/not-a-uuid'), 'params.id'],
      [await get('/api/shared-people?page=0'), 'querystring.page'],
      [await get(`/api/people/${personId}/consents/1234/reads`), 'params.itemId'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect([await rowCount('consents'), await rowCount('audit_events')]).toEqual(before);
  });
});

describe('credential recognition', () => {
  let pathwayId = '';
  let caseId = '';
  let stepId = '';
  const step = (over: Record<string, unknown> = {}) => ({
    kind: 'exam',
    labelFr: 'Examen NCLEX-RN',
    labelEn: 'NCLEX-RN exam',
    typicalCostCents: 20_000,
    currency: 'USD',
    typicalDurationDays: 90,
    ...over,
  });
  const pathway = (over: Record<string, unknown> = {}, version: Record<string, unknown> = {}) => ({
    occupation: { scheme: 'onet', code: '29-1141.00' },
    jurisdiction: 'US-KY',
    regulated: true,
    regulatorName: 'Kentucky Board of Nursing',
    firstVersion: { effectiveOn: '2026-01-01', steps: [step()], ...version },
    ...over,
  });
  const patch = (url: string, payload: unknown) =>
    t.app.inject({ method: 'PATCH', url, payload: payload as object, ...as(coordinator) });
  const tables = [
    'recognition_pathways',
    'recognition_pathway_versions',
    'recognition_pathway_steps',
    'recognition_cases',
    'recognition_case_steps',
    'loan_applications',
  ];
  beforeAll(async () => {
    const created = await post('/api/recognition/pathways', pathway());
    expect(created.statusCode, created.body).toBe(201);
    pathwayId = created.json().id;
    const opened = await post('/api/recognition/cases', { personId, pathwayId, startedOn: '2026-02-01' });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
    stepId = opened.json().steps[0].id;
  });

  it('refuses malformed pathways, cases, steps, results and financing with the field in question, and writes nothing', async () => {
    const before = await Promise.all(tables.map(rowCount));
    const inCase = (path: string) => `/api/recognition/cases/${caseId}/${path}`;
    const versions = `/api/recognition/pathways/${pathwayId}/versions`;
    for (const [method, url, body, field] of [
      [
        'POST',
        '/api/recognition/pathways',
        pathway({ occupation: { scheme: 'isco', code: '2221' } }),
        'body.occupation.scheme',
      ],
      ['POST', '/api/recognition/pathways', pathway({ jurisdiction: 'Kentucky' }), 'body.jurisdiction'],
      ['POST', '/api/recognition/pathways', pathway({ regulatorUrl: 'kbn dot gov' }), 'body.regulatorUrl'],
      ['POST', '/api/recognition/pathways', pathway({}, { steps: [] }), 'body.firstVersion.steps'],
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ typicalCostCents: -1 })] }),
        'body.firstVersion.steps.0.typicalCostCents',
      ],
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ typicalCostCents: 12.5 })] }),
        'body.firstVersion.steps.0.typicalCostCents',
      ],
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ currency: 'GBP' })] }),
        'body.firstVersion.steps.0.currency',
      ],
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ labelFr: 'Examen\u0000' })] }),
        'body.firstVersion.steps.0.labelFr',
      ],
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ kind: 'interview' })] }),
        'body.firstVersion.steps.0.kind',
      ],
      ['POST', versions, { effectiveOn: '2026-02-30', steps: [step()] }, 'body.effectiveOn'],
      ['PATCH', `/api/recognition/pathways/${pathwayId}`, { regulated: 'yes' }, 'body.regulated'],
      ['POST', '/api/recognition/cases', { personId, pathwayId, startedOn: '2999-01-01' }, 'body.startedOn'],
      [
        'POST',
        '/api/recognition/cases',
        { personId: 'someone', pathwayId, startedOn: '2026-02-01' },
        'body.personId',
      ],
      ['PATCH', `/api/recognition/case-steps/${stepId}`, { status: 'stuck' }, 'body.status'],
      ['PATCH', `/api/recognition/case-steps/${stepId}`, { paidBy: 'fund_loan' }, 'body.paidBy'],
      ['PATCH', `/api/recognition/case-steps/${stepId}`, { actualCostCents: -5 }, 'body.actualCostCents'],
      [
        'PATCH',
        `/api/recognition/case-steps/${stepId}`,
        { documentIds: ['a-document'] },
        'body.documentIds.0',
      ],
      ['PATCH', '/api/recognition/case-steps/not-a-uuid', { status: 'done' }, 'params.id'],
      ['POST', inCase('result'), { result: 'maybe', decidedOn: '2026-03-01' }, 'body.result'],
      [
        'POST',
        inCase('result'),
        {
          result: 'recognised',
          decidedOn: '2026-03-01',
          credential: { kind: 'diploma', name: 'RN', obtainedOn: '2026-03-01' },
        },
        'body.credential.kind',
      ],
      ['POST', inCase('close'), { closedOn: '2026-03-01', reason: 'bored' }, 'body.reason'],
      [
        'POST',
        inCase('financing'),
        { stepIds: [], fundId: personId, productId: personId, termMonths: 12 },
        'body.stepIds',
      ],
      [
        'POST',
        inCase('financing'),
        { stepIds: [stepId], fundId: personId, productId: personId, termMonths: 0 },
        'body.termMonths',
      ],
      [
        'POST',
        inCase('financing-links'),
        { stepIds: [stepId], applicationId: 'an-application' },
        'body.applicationId',
      ],
    ] as const) {
      const response = method === 'PATCH' ? await patch(url, body) : await post(url, body);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    // The figures' period: a day that is none, an end before the start.
    for (const [query, field] of [
      ['from=2026-02-30', 'querystring.from'],
      ['from=2026-06-01&to=2026-01-01', 'querystring.to'],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/recognition/figures?${query}`,
        ...as(coordinator),
      });
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    // Well formed, but not true of this pathway or case: refused by the rules with the field in question.
    for (const [method, url, body, code, field] of [
      [
        'POST',
        '/api/recognition/pathways',
        pathway({}, { steps: [step({ evaluator: 'WES' })] }),
        'RECOGNITION_PATHWAY_STEPS_INCOHERENT',
        'body.firstVersion.steps.0.evaluator',
      ],
      [
        'POST',
        '/api/recognition/cases',
        { personId, pathwayId, startedOn: '2025-12-01' },
        'RECOGNITION_NO_VERSION_IN_FORCE',
        'body.startedOn',
      ],
      [
        'PATCH',
        `/api/recognition/case-steps/${stepId}`,
        { status: 'done' },
        'RECOGNITION_STEP_CHANGE_REFUSED',
        'body.doneOn',
      ],
      [
        'PATCH',
        `/api/recognition/case-steps/${stepId}`,
        { startedOn: '2026-01-15' },
        'RECOGNITION_STEP_CHANGE_REFUSED',
        'body.startedOn',
      ],
      [
        'POST',
        inCase('result'),
        { result: 'partial', decidedOn: '2026-03-01' },
        'RECOGNITION_RESULT_REFUSED',
        'body.conditions',
      ],
      [
        'POST',
        inCase('close'),
        { closedOn: '2026-01-15', reason: 'moved_away' },
        'RECOGNITION_CLOSING_REFUSED',
        'body.closedOn',
      ],
    ] as const) {
      const response = method === 'PATCH' ? await patch(url, body) : await post(url, body);
      expect(response.statusCode, code).toBe(400);
      expect(response.json().code).toBe(code);
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
  });
});

describe('outreach', () => {
  const counts = async () => ({
    leads: await rowCount('outreach_leads'),
    attempts: await rowCount('outreach_attempts'),
  });
  const lead = {
    metOn: '2026-02-02',
    source: 'partner_referral',
    partnerKind: 'asylum_housing',
    givenName: 'Samir',
  };

  it('refuses malformed leads, attempts, closings and periods with the field in question, and writes nothing', async () => {
    const id = (await post('/api/outreach/leads', lead)).json().id as string;
    const before = await counts();
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const responses = [
      [await send('POST', '/api/outreach/leads', { ...lead, givenName: '  ' }), 'body.givenName'],
      [await send('POST', '/api/outreach/leads', { ...lead, email: 'samir@' }), 'body.email'],
      [
        await send('POST', '/api/outreach/leads', { ...lead, metOn: daysFromNow(3).slice(0, 10) }),
        'body.metOn',
      ],
      [await send('POST', '/api/outreach/leads', { ...lead, source: 'outreach_event' }), 'body.partnerKind'],
      [await send('POST', '/api/outreach/leads', { ...lead, givenName: 'Sa\uD800mir' }), 'body.givenName'],
      [await send('PUT', `/api/outreach/leads/${id}`, { ...lead, source: 'rumour' }), 'body.source'],
      [
        await send('POST', `/api/outreach/leads/${id}/attempts`, {
          attemptedAt: daysFromNow(5),
          channel: 'phone',
          reached: false,
        }),
        'body.attemptedAt',
      ],
      [
        await send('POST', `/api/outreach/leads/${id}/attempts`, {
          attemptedAt: '2026-02-03T10:00:00+01:00',
          channel: 'pigeon',
          reached: false,
        }),
        'body.channel',
      ],
      [
        await send('POST', `/api/outreach/leads/${id}/close`, {
          outcome: 'enrolled',
          outcomeOn: '2026-02-03',
        }),
        'body.outcome',
      ],
      [await send('POST', '/api/outreach/leads/not-a-uuid/reopen'), 'params.id'],
      [await send('GET', '/api/outreach/leads?state=forgotten'), 'querystring.state'],
      [
        await send('GET', `/api/programs/${id}/outreach-figures?from=2026-12-31&to=2026-01-01`),
        'querystring.to',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this lead: a business refusal with its code, still nothing written.
    const early = await send('POST', `/api/outreach/leads/${id}/attempts`, {
      attemptedAt: '2026-02-01T10:00:00+01:00',
      channel: 'phone',
      reached: false,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('OUTREACH_ATTEMPT_BEFORE_MEETING');
    expect(await counts()).toEqual(before);
  });
});

describe('front door', () => {
  const ask = {
    language: 'ar',
    givenName: 'Layla',
    email: 'layla@example.test',
    residence: { country: 'CA', placeCode: '6077243' },
    languages: [],
    regionsSought: ['08'],
    anyRegion: false,
    communityKinds: [],
    communityNeeds: [],
    household: [],
    consent: true,
  };

  it('refuses malformed requests, assignments, closings and rules with the field in question, and writes nothing', async () => {
    const before = await rowCount('front_door_requests');
    // Each from its own address: the public route allows 5 requests a minute per address.
    let address = 70;
    const publicly = (payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/front-doors/any-door/requests',
        payload: payload as object,
        remoteAddress: `203.0.113.${address++}`,
      });
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const someId = '01950000-0000-7000-8000-000000000001';
    const responses = [
      [await publicly({ ...ask, language: 'de' }), 'body.language'],
      [await publicly({ ...ask, givenName: 'La\uD800yla' }), 'body.givenName'],
      [await publicly({ ...ask, residence: { country: 'canada' } }), 'body.residence.country'],
      [await publicly({ ...ask, regionsSought: ['99'] }), 'body.regionsSought.0'],
      [
        await publicly({ ...ask, household: [{ relation: 'child', birthYear: 2999 }] }),
        'body.household.0.birthYear',
      ],
      [await publicly({ ...ask, consent: false }), 'body.consent'],
      [await publicly({ ...ask, occupationCode: 'not an ESCO id!' }), 'body.occupationCode'],
      [
        await t.app.inject({
          method: 'GET',
          url: '/api/public/front-doors/any-door/occupations?q=nurse&lang=de',
        }),
        'querystring.lang',
      ],
      [
        await t.app.inject({ method: 'GET', url: '/api/public/front-doors/any-door/occupations?q=' }),
        'querystring.q',
      ],
    ] as const;
    const staffResponses = [
      [
        await send('POST', '/api/front-door/requests/not-a-uuid/assignment', { organizationId: someId }),
        'params.id',
      ],
      [await send('POST', `/api/front-door/requests/${someId}/close`, { reason: 'bored' }), 'body.reason'],
      [await send('GET', '/api/front-door/requests?state=forgotten'), 'querystring.state'],
      [await send('GET', '/api/front-door/requests?page=0'), 'querystring.page'],
      [await send('GET', '/api/front-door/requests?pageSize=1000'), 'querystring.pageSize'],
      [
        await send('PUT', `/api/programs/${someId}/front-door`, {
          slug: 'Not A Slug',
          open: true,
          receivingOrganizationIds: [someId],
          rules: [],
        }),
        'body.slug',
      ],
    ] as const;
    for (const [response, path] of [...responses, ...staffResponses]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await rowCount('front_door_requests')).toBe(before);
  });
});

describe('partner network', () => {
  const tables = [
    'network_partners',
    'network_contacts',
    'network_engagements',
    'network_convenings',
    'network_registrations',
    'network_subscribers',
    'network_bulletins',
  ];
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });

  it('refuses malformed partners, contacts, exchanges, convenings and subscribers with the field in question, and writes nothing', async () => {
    const partnerId = (await post('/api/network/partners', { name: 'Cégep', kind: 'school' })).json()
      .id as string;
    const conveningId = (
      await post('/api/network/convenings', {
        title: 'Forum',
        startsAt: daysFromNow(20),
        publicRegistration: true,
      })
    ).json().id as string;
    const before = await Promise.all(tables.map(rowCount));
    const responses = [
      [await send('POST', '/api/network/partners', { name: ' ', kind: 'school' }), 'body.name'],
      [await send('POST', '/api/network/partners', { name: 'X', kind: 'club' }), 'body.kind'],
      [
        await send('POST', '/api/network/partners', { name: 'X', kind: 'school', sectors: ['magic'] }),
        'body.sectors.0',
      ],
      [
        await send('POST', '/api/network/partners', {
          name: 'X',
          kind: 'school',
          website: 'javascript:alert(1)',
        }),
        'body.website',
      ],
      [
        await send('PUT', `/api/network/partners/${partnerId}`, { name: 'Cé\u0000gep', kind: 'school' }),
        'body.name',
      ],
      [
        await send('POST', `/api/network/partners/${partnerId}/contacts`, { name: 'Léa', email: 'lea@' }),
        'body.email',
      ],
      [
        await send('POST', `/api/network/partners/${partnerId}/contacts`, { name: 'Léa', phone: 'call me' }),
        'body.phone',
      ],
      [
        await send('POST', `/api/network/partners/${partnerId}/contacts`, {
          name: 'Léa',
          languages: ['French!'],
        }),
        'body.languages.0',
      ],
      [
        await send('POST', `/api/network/partners/${partnerId}/engagements`, {
          occurredOn: daysFromNow(3).slice(0, 10),
          kind: 'call',
          summary: 'Appel',
        }),
        'body.occurredOn',
      ],
      [
        await send('POST', `/api/network/partners/${partnerId}/engagements`, {
          occurredOn: '2026-01-02',
          kind: 'telepathy',
          summary: 'Appel',
        }),
        'body.kind',
      ],
      [
        await send('POST', '/api/network/convenings', {
          title: 'Forum',
          startsAt: daysFromNow(20),
          endsAt: daysFromNow(19),
        }),
        'body.endsAt',
      ],
      [
        await send('POST', '/api/network/convenings', { title: 'Forum', startsAt: '2026-13-01T10:00' }),
        'body.startsAt',
      ],
      [
        await send('POST', '/api/network/convenings', {
          title: 'Forum',
          startsAt: daysFromNow(20),
          capacity: 0,
        }),
        'body.capacity',
      ],
      [await send('POST', `/api/network/convenings/${conveningId}/registrations`, {}), 'body.name'],
      [
        await send('PUT', `/api/network/convening-registrations/${conveningId}/attendance`, {
          attendance: 'late',
        }),
        'body.attendance',
      ],
      [
        await send('GET', `/api/network/convenings/${conveningId}/attendance-list?format=pdf`),
        'querystring.format',
      ],
      [await send('GET', '/api/network/partners?kind=club'), 'querystring.kind'],
      [
        await send('POST', '/api/network/subscribers', {
          email: 'a@b.co',
          consentedOn: daysFromNow(3).slice(0, 10),
          consentSource: 'staff',
          consentWording: 'Oui',
        }),
        'body.consentedOn',
      ],
      [
        await send('POST', '/api/network/subscribers', {
          email: 'a@b.co',
          consentedOn: '2026-01-02',
          consentSource: 'rumour',
          consentWording: 'Oui',
        }),
        'body.consentSource',
      ],
      [await send('POST', '/api/network/subscribers/import', { csv: '', consentWording: 'Oui' }), 'body.csv'],
      [await send('POST', '/api/network/bulletins', { subject: '', body: 'News' }), 'body.subject'],
      [await send('POST', '/api/network/subscribers/not-a-uuid/unsubscribe'), 'params.id'],
      [
        await t.app.inject({
          method: 'POST',
          url: `/api/public/convenings/${conveningId}/registrations`,
          payload: { name: 'Ahmad', email: 'ahmad@' },
          remoteAddress: '198.51.100.70',
        }),
        'body.email',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for the list: every line reported with its line and column, nothing written.
    const imported = await send('POST', '/api/network/subscribers/import', {
      csv: 'email,consented_on\nok@example.org,2026-01-02\nbroken,2026-01-02\n',
      consentWording: 'Oui',
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({
      imported: 0,
      errors: [{ line: 3, column: 'email', code: 'EMAIL_INVALID' }],
    });
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
  });

  it('answers abuse of the public pages with a clear 4xx, never a 5xx', async () => {
    const anonymous = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, remoteAddress: '198.51.100.71' });
    const cases = [
      [await anonymous('GET', '/api/public/bulletin-unsubscribe/short'), 400, 'VALIDATION_FAILED'],
      [
        await anonymous('GET', `/api/public/bulletin-unsubscribe/${'A'.repeat(43)}`),
        404,
        'NETWORK_UNSUBSCRIBE_LINK_INVALID',
      ],
      [
        await anonymous('POST', `/api/public/bulletin-unsubscribe/${'A'.repeat(43)}`),
        404,
        'NETWORK_UNSUBSCRIBE_LINK_INVALID',
      ],
      [await anonymous('POST', '/api/public/bulletin-unsubscribe/..%2F..%2Fetc'), 400, 'VALIDATION_FAILED'],
      [await anonymous('GET', '/api/public/convenings/not-a-uuid'), 400, 'VALIDATION_FAILED'],
      [
        await anonymous('GET', '/api/public/convenings/0190a0f0-0000-7000-8000-000000000000'),
        404,
        'NETWORK_PUBLIC_CONVENING_NOT_FOUND',
      ],
      [
        await anonymous('POST', '/api/public/convenings/0190a0f0-0000-7000-8000-000000000000/registrations', {
          name: 'A',
          email: 'a@b.co',
        }),
        404,
        'NETWORK_PUBLIC_CONVENING_NOT_FOUND',
      ],
    ] as const;
    for (const [response, status, code] of cases) {
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
    }
  });
});

describe('referrals', () => {
  const counts = async () => ({
    referrals: await rowCount('referrals'),
    services: await rowCount('referral_services'),
  });

  it('refuses malformed referrals, answers and directory services with the field in question, and writes nothing', async () => {
    const service = (
      await post('/api/referral-services', { name: 'Cours de FLE', kind: 'language_class' })
    ).json().id as string;
    const before = await counts();
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const referral = { personId, serviceId: service, purpose: 'language_class' };
    const responses = [
      [await send('POST', '/api/referrals', { ...referral, purpose: 'astrology' }), 'body.purpose'],
      [await send('POST', '/api/referrals', { ...referral, serviceId: null }), 'body.receiverOrganizationId'],
      [
        await send('POST', '/api/referrals', { ...referral, receiverOrganizationId: service }),
        'body.receiverOrganizationId',
      ],
      [await send('POST', '/api/referrals', { ...referral, sections: ['identity'] }), 'body.sections'],
      [await send('POST', '/api/referrals', { ...referral, sections: ['immigration'] }), 'body.sections.0'],
      [await send('POST', '/api/referrals', { ...referral, message: 'x'.repeat(2001) }), 'body.message'],
      [await send('POST', '/api/referrals', { ...referral, message: 'Bon\uD800jour' }), 'body.message'],
      [await send('POST', '/api/referrals', { ...referral, programId: 'ipr' }), 'body.programId'],
      [await send('GET', '/api/referrals?box=spam'), 'querystring.box'],
      [await send('GET', '/api/referrals/targets?personId=nobody'), 'querystring.personId'],
      [await send('POST', `/api/referrals/${service}/decline`, { reason: 'bored' }), 'body.reason'],
      [await send('POST', `/api/referrals/${service}/decline`, { reason: 'other' }), 'body.note'],
      [await send('POST', `/api/referrals/${service}/link`, { personId: 'x' }), 'body.personId'],
      [await send('POST', '/api/referrals/not-a-uuid/accept'), 'params.id'],
      [await send('POST', '/api/referral-services', { name: ' ', kind: 'housing' }), 'body.name'],
      [
        await send('POST', '/api/referral-services', { name: 'Logement', kind: 'housing', email: 'x@' }),
        'body.email',
      ],
      [
        await send('POST', '/api/referral-services', {
          name: 'Logement',
          kind: 'housing',
          website: 'javascript:alert(1)',
        }),
        'body.website',
      ],
      [
        await send('PUT', `/api/referral-services/${service}`, { name: 'Logement', kind: 'castle' }),
        'body.kind',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, but no consortium partner of this organization: a business refusal, nothing written.
    const stranger = await send('POST', '/api/referrals', {
      personId,
      receiverOrganizationId: service,
      purpose: 'housing',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().code).toBe('REFERRAL_TARGET_UNKNOWN');
    const unknownProgram = await send('POST', '/api/referrals', { ...referral, programId: service });
    expect(unknownProgram.statusCode).toBe(400);
    expect(unknownProgram.json().code).toBe('REFERRAL_PROGRAM_NOT_SHARED');
    expect(await counts()).toEqual(before);
  });
});

describe('merging two files', () => {
  it('refuses a malformed merge or undo with the field in question, and merges nothing', async () => {
    const before = await rowCount('person_merges');
    const responses = [
      [await post(`/api/people/${personId}/merges`, {}), 'body.mergedPersonId'],
      [await post(`/api/people/${personId}/merges`, { mergedPersonId: 'not-a-uuid' }), 'body.mergedPersonId'],
      [await post('/api/people/not-a-uuid/merges', { mergedPersonId: personId }), 'params.id'],
      [await post('/api/people/not-a-uuid/merge-undo', {}), 'params.id'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Well formed, wrong for these files: a file with itself is no pair, a file not merged has nothing to undo.
    const itself = await post(`/api/people/${personId}/merges`, { mergedPersonId: personId });
    expect(itself.statusCode).toBe(404);
    const undo = await post(`/api/people/${personId}/merge-undo`, {});
    expect(undo.statusCode).toBe(404);
    expect(undo.json().code).toBe('PERSON_MERGE_NOT_IN_FORCE');
    expect(await rowCount('person_merges')).toBe(before);
  });

  it('refuses a malformed batch run over a consortium, or one of a consortium not coordinated, and queues nothing', async () => {
    const before = await rowCount('duplicate_runs');
    const responses = [
      [await post('/api/duplicate-runs', {}), 'body.consortiumId'],
      [await post('/api/duplicate-runs', { consortiumId: 'not-a-uuid' }), 'body.consortiumId'],
      [
        await t.app.inject({
          method: 'GET',
          url: '/api/duplicate-pairs/consortium?limit=0',
          ...as(coordinator),
        }),
        'querystring.limit',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const stranger = await post('/api/duplicate-runs', { consortiumId: personId });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('DUPLICATE_RUN_CONSORTIUM_NOT_FOUND');
    expect(await rowCount('duplicate_runs')).toBe(before);
  });
});

describe('meetings', () => {
  const counts = async () =>
    Promise.all(
      [
        'consortium_meetings',
        'consortium_meeting_actions',
        'consortium_meeting_documents',
        'consortium_meeting_partner_attendees',
      ].map(rowCount),
    );

  it('refuses malformed meetings, attendance, minutes, actions and statuses with the field in question, and writes nothing', async () => {
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const session = (await send('GET', '/api/auth/session')).json();
    const member = (await givenOrganization(t.database.db, { name: 'Chantier Bastide' })).id;
    const consortiumId = (await givenConsortium(t.database.db, session.organization.id, [member])).id;
    const meeting = {
      consortiumId,
      kind: 'steering',
      title: 'Comité de pilotage',
      startsAt: '2026-03-03T09:30:00+01:00',
      agenda: ['Chiffres du mois'],
      invitedOrganizationIds: [member],
    };
    const created = await send('POST', '/api/meetings', meeting);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const actionId = (
      await send('POST', `/api/meetings/${id}/actions`, { title: 'Relancer', ownerOrganizationId: member })
    ).json().id as string;
    const before = await counts();
    // A well-formed id that names no contact of the directory.
    const stranger0 = '00000000-0000-4000-8000-000000000000';
    const responses = [
      [await send('POST', '/api/meetings', { ...meeting, title: '  ' }), 'body.title'],
      [await send('POST', '/api/meetings', { ...meeting, kind: 'party' }), 'body.kind'],
      [await send('POST', '/api/meetings', { ...meeting, startsAt: '2026-03-03 09:30' }), 'body.startsAt'],
      [
        await send('POST', '/api/meetings', { ...meeting, endsAt: '2026-03-03T08:00:00+01:00' }),
        'body.endsAt',
      ],
      [
        await send('POST', '/api/meetings', { ...meeting, videoLink: 'javascript:alert(1)' }),
        'body.videoLink',
      ],
      [await send('POST', '/api/meetings', { ...meeting, agenda: ['Chi\uD800ffres'] }), 'body.agenda.0'],
      [
        await send('POST', '/api/meetings', { ...meeting, invitedOrganizationIds: [member, member] }),
        'body.invitedOrganizationIds',
      ],
      [
        await send('PUT', `/api/meetings/${id}/attendance`, {
          attendance: [{ organizationId: member, status: 'late', attendees: null }],
        }),
        'body.attendance.0.status',
      ],
      [
        await send('PUT', `/api/meetings/${id}/partner-attendees`, { contactIds: ['Julie Roux'] }),
        'body.contactIds.0',
      ],
      [
        await send('PUT', `/api/meetings/${id}/partner-attendees`, { contactIds: [stranger0, stranger0] }),
        'body.contactIds',
      ],
      [await send('PUT', `/api/meetings/${id}/partner-attendees`, {}), 'body.contactIds'],
      [
        await send('PUT', `/api/meetings/${id}/minutes`, { minutes: 'x'.repeat(50_001), decisions: [] }),
        'body.minutes',
      ],
      [
        await send('POST', `/api/meetings/${id}/actions`, {
          title: 'Relancer',
          ownerOrganizationId: member,
          dueOn: '2026-02-30',
        }),
        'body.dueOn',
      ],
      [
        await send('POST', `/api/meetings/${id}/documents`, { title: 'CR', url: 'ftp://x.org/cr' }),
        'body.url',
      ],
      [await send('POST', `/api/meeting-actions/${actionId}/status`, { status: 'finished' }), 'body.status'],
      [await send('GET', '/api/meetings/not-a-uuid'), 'params.id'],
      [await send('GET', '/api/meeting-actions?overdue=maybe'), 'querystring.overdue'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this consortium: business refusals with their codes, nothing written.
    const stranger = (await givenOrganization(t.database.db)).id;
    const refusals = [
      [
        await send('POST', '/api/meetings', { ...meeting, invitedOrganizationIds: [stranger] }),
        'MEETING_NOT_A_MEMBER',
      ],
      [
        await send('POST', `/api/meetings/${id}/actions`, { title: 'x', ownerOrganizationId: stranger }),
        'MEETING_NOT_A_MEMBER',
      ],
      [
        await send('PUT', `/api/meetings/${id}/attendance`, {
          attendance: [{ organizationId: stranger, status: 'present', attendees: null }],
        }),
        'MEETING_ORGANIZATION_NOT_INVITED',
      ],
      [
        await send('PUT', `/api/meetings/${id}/partner-attendees`, { contactIds: [stranger0] }),
        'MEETING_ATTENDEE_NOT_PARTNER_CONTACT',
      ],
    ] as const;
    for (const [response, code] of refusals) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe(code);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('hand-offs', () => {
  it('refuses malformed proposals, decisions and lists with the field in question, and writes nothing', async () => {
    const before = await rowCount('handoffs');
    const send = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const proposal = {
      receiverOrganizationId: '00000000-0000-4000-8000-000000000000',
      reason: 'moved_to_region',
    };
    const someId = '00000000-0000-4000-8000-000000000001';
    const responses = [
      [
        await send('POST', `/api/people/${personId}/handoffs`, { ...proposal, reason: 'bored' }),
        'body.reason',
      ],
      [
        await send('POST', `/api/people/${personId}/handoffs`, {
          ...proposal,
          receiverOrganizationId: 'PROMIS',
        }),
        'body.receiverOrganizationId',
      ],
      [
        await send('POST', `/api/people/${personId}/handoffs`, { ...proposal, message: 'x'.repeat(4001) }),
        'body.message',
      ],
      [
        await send('POST', `/api/people/${personId}/handoffs`, { ...proposal, enrolmentId: 'one' }),
        'body.enrolmentId',
      ],
      [
        await send('POST', `/api/people/${personId}/handoffs`, {
          ...proposal,
          householdMemberIds: 'everyone',
        }),
        'body.householdMemberIds',
      ],
      [await send('POST', '/api/people/not-a-uuid/handoffs', proposal), 'params.id'],
      [await send('POST', `/api/handoffs/${someId}/accept`, {}), 'body.referentUserId'],
      [
        await send('POST', `/api/handoffs/${someId}/accept`, { referentUserId: someId, existingPersonId: 7 }),
        'body.existingPersonId',
      ],
      [await send('POST', `/api/handoffs/${someId}/decline`, { reason: 'busy' }), 'body.reason'],
      [
        await send('POST', `/api/handoffs/${someId}/decline`, { reason: 'other', note: 'a\uD800b' }),
        'body.note',
      ],
      [await send('POST', '/api/handoffs/not-a-uuid/withdraw'), 'params.id'],
      [await send('GET', '/api/handoffs?direction=sideways'), 'querystring.direction'],
      [await send('GET', '/api/handoffs?status=pending'), 'querystring.status'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this file: a business refusal with its code, still nothing written.
    const refused = [
      [await send('POST', `/api/people/${personId}/handoffs`, proposal), 'HANDOFF_RECEIVER_UNKNOWN'],
      [await send('POST', `/api/handoffs/${someId}/withdraw`), 'HANDOFF_NOT_FOUND'],
    ] as const;
    for (const [response, code] of refused) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect(await rowCount('handoffs')).toBe(before);
  });
});

describe('regions and exploratory stays', () => {
  it('refuses malformed stays, programme items, costs, reports and coverage with the field in question, and writes nothing', async () => {
    const before = await rowCount('exploratory_stays');
    const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const someId = '00000000-0000-4000-8000-000000000001';
    const stay = {
      regionCountry: 'CA',
      regionCode: '08',
      hostOrganizationId: someId,
      startsOn: '2026-07-06',
      endsOn: '2026-07-08',
      travellerPersonIds: [personId],
    };
    const responses = [
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, regionCountry: 'QC' }),
        'body.regionCountry',
      ],
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, regionCode: '0 8' }),
        'body.regionCode',
      ],
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, startsOn: '06/07/2026' }),
        'body.startsOn',
      ],
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, travellerPersonIds: ['Amina'] }),
        'body.travellerPersonIds.0',
      ],
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, childrenWithoutFile: -1 }),
        'body.childrenWithoutFile',
      ],
      [await send('POST', `/api/people/${personId}/stays`, { ...stay, purpose: 'a\uD800b' }), 'body.purpose'],
      [await send('POST', '/api/people/not-a-uuid/stays', stay), 'params.id'],
      [
        await send('PUT', `/api/stays/${someId}`, { ...stay, hostOrganizationId: 'Carrefour' }),
        'body.hostOrganizationId',
      ],
      [
        await send('POST', `/api/stays/${someId}/programme`, {
          day: '2026-07-07',
          kind: 'party',
          description: 'x',
        }),
        'body.kind',
      ],
      [
        await send('POST', `/api/stays/${someId}/programme`, {
          day: '2026-07-07',
          kind: 'meeting',
          startsAt: '25:00',
          description: 'x',
        }),
        'body.startsAt',
      ],
      [
        await send('POST', `/api/stays/${someId}/programme`, {
          day: '2026-07-07',
          kind: 'meeting',
          description: '',
        }),
        'body.description',
      ],
      [
        await send('POST', `/api/stays/${someId}/costs`, {
          kind: 'lodging',
          amountCents: 12.5,
          paidBy: 'program',
        }),
        'body.amountCents',
      ],
      [
        await send('POST', `/api/stays/${someId}/costs`, {
          kind: 'lodging',
          amountCents: 1250,
          paidBy: 'state',
        }),
        'body.paidBy',
      ],
      [await send('DELETE', `/api/stays/${someId}/costs/one`), 'params.itemId'],
      [await send('POST', `/api/stays/${someId}/report`, { decision: 'maybe' }), 'body.decision'],
      [
        await send('POST', `/api/stays/${someId}/report`, {
          decision: 'decided_to_move',
          decidedOn: 'tomorrow',
        }),
        'body.decidedOn',
      ],
      [
        await send('POST', `/api/stays/${someId}/observations`, { observations: 'x'.repeat(4001) }),
        'body.observations',
      ],
      [await send('GET', '/api/stays?status=lost'), 'querystring.status'],
      [await send('GET', '/api/stays?pageSize=500'), 'querystring.pageSize'],
      [await send('GET', '/api/stays?page=0'), 'querystring.page'],
      [await send('GET', '/api/regions/CA/Abitibi-Témiscamingue'), 'params.code'],
      [
        await send('POST', '/api/regions/coverage', {
          consortiumId: someId,
          organizationId: 'x',
          regionCountry: 'CA',
          regionCode: '08',
        }),
        'body.organizationId',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this file: a business refusal with its code, still nothing written.
    const refused = [
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, endsOn: '2026-07-16' }),
        'STAY_TOO_LONG',
      ],
      [
        await send('POST', `/api/people/${personId}/stays`, { ...stay, endsOn: '2026-07-01' }),
        'STAY_ENDS_BEFORE_START',
      ],
      [await send('POST', `/api/people/${personId}/stays`, stay), 'STAY_HOST_NOT_COVERING_REGION'],
      [await send('POST', `/api/stays/${someId}/cancel`), 'STAY_NOT_FOUND'],
    ] as const;
    for (const [response, code] of refused) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect(await rowCount('exploratory_stays')).toBe(before);
  });
});

describe("households' moves", () => {
  it('refuses malformed moves, cancellations and figures with the field in question, and writes nothing', async () => {
    const before = await rowCount('household_moves');
    const send = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const move = {
      movedOn: '2026-01-15',
      destination: { country: 'CA', code: '6128577' },
      housing: 'rented',
      activity: 'job',
    };
    const someId = '00000000-0000-4000-8000-000000000001';
    const url = `/api/people/${personId}/moves`;
    const responses = [
      [await send('POST', url, { ...move, movedOn: '15/01/2026' }), 'body.movedOn'],
      [
        await send('POST', url, { ...move, destination: { country: 'XX', code: '1' } }),
        'body.destination.country',
      ],
      [
        await send('POST', url, { ...move, destination: { country: 'CA', code: '' } }),
        'body.destination.code',
      ],
      [await send('POST', url, { ...move, housing: 'castle' }), 'body.housing'],
      [await send('POST', url, { ...move, activity: 'retired' }), 'body.activity'],
      [await send('POST', url, { ...move, dependants: -1 }), 'body.dependants'],
      [await send('POST', url, { ...move, memberPersonIds: ['me'] }), 'body.memberPersonIds.0'],
      [await send('POST', url, { ...move, note: 'a\uD800b' }), 'body.note'],
      [await send('POST', url, { ...move, enrolmentId: 7 }), 'body.enrolmentId'],
      [await send('POST', '/api/people/not-a-uuid/moves', move), 'params.id'],
      [await send('POST', `/api/moves/${someId}/cancel`, {}), 'body.reason'],
      [await send('POST', '/api/moves/nope/cancel', { reason: 'x' }), 'params.id'],
      [await send('GET', `/api/programs/${someId}/household-figures?year=twenty`), 'querystring.year'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this file: a business refusal with its code, still nothing written.
    const refused = [
      [await send('POST', url, { ...move, destination: { country: 'CA', code: '0' } }), 'MOVE_PLACE_UNKNOWN'],
      [await send('POST', url, { ...move, memberPersonIds: [someId] }), 'MOVE_MEMBER_NOT_IN_HOUSEHOLD'],
      [await send('POST', url, { ...move, enrolmentId: someId }), 'MOVE_ENROLMENT_NOT_OPEN'],
      [await send('POST', `/api/moves/${someId}/cancel`, { reason: 'x' }), 'MOVE_NOT_FOUND'],
      [await send('GET', `/api/programs/${someId}/household-figures`), 'PROGRAM_NOT_FOUND'],
    ] as const;
    for (const [response, code] of refused) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect(await rowCount('household_moves')).toBe(before);
  });
});

describe('relocation aid', () => {
  it('refuses malformed rules, allocations, requests, decisions and payments with the field in question, and writes nothing', async () => {
    const tables = ['aid_rule_versions', 'aid_requests', 'aid_journal_lines', 'aid_payments'] as const;
    const before = await Promise.all(tables.map(rowCount));
    const send = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
      t.app.inject({ method, url, payload: payload as object, ...as(coordinator) });
    const someId = '00000000-0000-4000-8000-000000000001';
    const rulesBody = {
      effectiveFrom: '2030-01-01',
      eligibleKinds: ['move_company'],
      tripCeilingCents: null,
      moveCeilingCents: 100_000,
      householdCeilingCents: null,
      maxTripsPerHousehold: 2,
    };
    const request = {
      programId: someId,
      purpose: 'move',
      regionCode: '08',
      lines: [{ kind: 'move_company', amountCents: 10_000 }],
    };
    const programUrl = `/api/programs/${someId}/relocation-aid`;
    const responses = [
      [
        await send('POST', `${programUrl}/rules`, { ...rulesBody, eligibleKinds: ['yacht'] }),
        'body.eligibleKinds.0',
      ],
      [
        await send('POST', `${programUrl}/rules`, { ...rulesBody, reimbursedPercent: 101 }),
        'body.reimbursedPercent',
      ],
      [
        await send('POST', `${programUrl}/rules`, { ...rulesBody, moveCeilingCents: 10.5 }),
        'body.moveCeilingCents',
      ],
      [
        await send('POST', `${programUrl}/rules`, { ...rulesBody, effectiveFrom: '2030-02-30' }),
        'body.effectiveFrom',
      ],
      [await send('POST', '/api/programs/not-a-uuid/relocation-aid/rules', rulesBody), 'params.id'],
      [
        await send('POST', `${programUrl}/allocations`, {
          year: 2026,
          funder: '',
          amountCents: 100,
          allocatedOn: '2026-01-02',
        }),
        'body.funder',
      ],
      [
        await send('POST', `${programUrl}/allocations`, {
          year: 2026,
          funder: 'F',
          amountCents: -1,
          allocatedOn: '2026-01-02',
        }),
        'body.amountCents',
      ],
      [await send('GET', `${programUrl}/budget?year=twenty`), 'querystring.year'],
      [await send('GET', `${programUrl}/report-file?year=2026&format=pdf`), 'querystring.format'],
      [
        await send('POST', `/api/people/${personId}/relocation-aid`, { ...request, purpose: 'holiday' }),
        'body.purpose',
      ],
      [
        await send('POST', `/api/people/${personId}/relocation-aid`, { ...request, regionCode: '99' }),
        'body.regionCode',
      ],
      [await send('POST', `/api/people/${personId}/relocation-aid`, { ...request, lines: [] }), 'body.lines'],
      [
        await send('POST', `/api/people/${personId}/relocation-aid`, {
          ...request,
          lines: [{ kind: 'move_company', amountCents: 0 }],
        }),
        'body.lines.0.amountCents',
      ],
      [
        await send('POST', `/api/people/${personId}/relocation-aid`, { ...request, note: 'a\uD800b' }),
        'body.note',
      ],
      [
        await send('POST', `/api/people/${personId}/relocation-aid`, { ...request, stayId: 'stay' }),
        'body.stayId',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/decision`, { decision: 'maybe' }),
        'body.decision',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/decision`, {
          decision: 'refuse',
          reason: 'mood',
        }),
        'body.reason',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/payment`, {
          paidOn: '2026-01-02',
          method: 'cash',
        }),
        'body.method',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/payment-reversal`, {
          reversedOn: '2026-01-02',
        }),
        'body.reason',
      ],
      [await send('POST', '/api/relocation-aid-requests/not-a-uuid/withdraw'), 'params.id'],
      [await send('GET', '/api/relocation-aid-requests?side=both'), 'querystring.side'],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/payment`, {
          paidOn: '2026-01-02',
          method: 'transfer',
          amountCents: 0,
        }),
        'body.amountCents',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/payment-reversal`, {
          paymentId: 'first',
          reversedOn: '2026-01-02',
          reason: 'x',
        }),
        'body.paymentId',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/cancellation`, {
          cancelledOn: '2026-01-02',
        }),
        'body.reason',
      ],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/cancellation`, {
          cancelledOn: 'yesterday',
          reason: 'x',
        }),
        'body.cancelledOn',
      ],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const refused = [
      [await send('POST', `/api/people/${personId}/relocation-aid`, request), 'AID_PROGRAM_NOT_FOUND'],
      [await send('POST', `/api/relocation-aid-requests/${someId}/withdraw`), 'AID_REQUEST_NOT_FOUND'],
      [
        await send('POST', `/api/relocation-aid-requests/${someId}/cancellation`, {
          cancelledOn: '2026-01-02',
          reason: 'Séjour annulé',
        }),
        'AID_REQUEST_NOT_FOUND',
      ],
      [await send('GET', `${programUrl}/budget?year=2026`), 'AID_PROGRAM_NOT_FOUND'],
    ] as const;
    for (const [response, code] of refused) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
  });
});

describe('regionalization plans', () => {
  it('refuses malformed plans with the field in question, and writes nothing', async () => {
    const tables = ['relocation_plans', 'relocation_plan_revisions'] as const;
    const before = await Promise.all(tables.map(rowCount));
    const put = (payload: unknown, id = personId) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/people/${id}/relocation-plan`,
        payload: payload as object,
        ...as(coordinator),
      });
    const plan = {
      expectedRevision: 0,
      track: 'employment',
      regions: [{ country: 'CA', code: '08' }],
      movingMemberIds: [],
      schoolsNeeded: true,
      childcareNeeded: false,
      healthNeeds: ['family_doctor'],
      lifeSettings: ['village'],
      predepartureDocuments: [],
      businessSteps: [],
    };
    const step = { kind: 'market_study', status: 'to_do' };
    const responses = [
      [await put({ ...plan, track: 'retirement' }), 'body.track'],
      [await put({ ...plan, expectedRevision: -1 }), 'body.expectedRevision'],
      [await put({ ...plan, regions: [{ country: 'CA', code: '18' }] }), 'body.regions.0.code'],
      [
        await put({
          ...plan,
          regions: [
            { country: 'CA', code: '08' },
            { country: 'CA', code: '08' },
          ],
        }),
        'body.regions',
      ],
      [await put({ ...plan, regions: [{ country: 'FR', code: '01' }] }), 'body.regions.0.country'],
      [await put({ ...plan, movingMemberIds: ['Karim'] }), 'body.movingMemberIds.0'],
      [await put({ ...plan, housingRooms: 0 }), 'body.housingRooms'],
      [
        await put({ ...plan, housingBudgetMinCents: 150_000, housingBudgetMaxCents: 90_000 }),
        'body.housingBudgetMaxCents',
      ],
      [await put({ ...plan, housingBudgetMinCents: 12.5 }), 'body.housingBudgetMinCents'],
      [await put({ ...plan, healthNeeds: ['none', 'family_doctor'] }), 'body.healthNeeds'],
      [await put({ ...plan, healthNote: 'x'.repeat(1001) }), 'body.healthNote'],
      [await put({ ...plan, lifeSettings: ['village', 'village'] }), 'body.lifeSettings'],
      [await put({ ...plan, abroadCountry: 'Tunisie' }), 'body.abroadCountry'],
      [await put({ ...plan, abroadTimeZone: 'Africa/Carthage' }), 'body.abroadTimeZone'],
      [await put({ ...plan, plannedArrivalOn: '2026-02-30' }), 'body.plannedArrivalOn'],
      [
        await put({ ...plan, predepartureDocuments: [{ kind: 'visa', status: 'done' }] }),
        'body.predepartureDocuments.0.kind',
      ],
      [await put({ ...plan, businessSteps: [step, step] }), 'body.businessSteps'],
      [await put({ ...plan, businessSteps: [{ ...step, status: 'done' }] }), 'body.businessSteps'],
      [await put({ ...plan, businessCreatedOn: '2999-01-01' }), 'body.businessCreatedOn'],
      [await put({ ...plan, businessNeq: '1123456789' }), 'body.businessCreatedOn'],
      [await put({ ...plan, businessPlaceCode: 'Rimouski' }), 'body.businessPlaceCode'],
      [await put({ ...plan, spouseOccupation: 'a\uD800b' }), 'body.spouseOccupation'],
      [await put(plan, 'not-a-uuid'), 'params.id'],
    ] as const;
    for (const [response, path] of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Valid in shape, wrong for this file: a business refusal with its code, still nothing written.
    const refused = [
      [
        await put({ ...plan, movingMemberIds: ['00000000-0000-4000-8000-000000000001'] }),
        'RELOCATION_PLAN_MEMBER_NOT_IN_HOUSEHOLD',
      ],
      [
        await put({ ...plan, businessCreatedOn: '2020-01-01', businessNeq: '4412345678' }),
        'RELOCATION_PLAN_NEQ_INVALID',
      ],
      [await put({ ...plan, expectedRevision: 3 }), 'RELOCATION_PLAN_CHANGED'],
      [await put(plan, '00000000-0000-4000-8000-000000000001'), 'PERSON_NOT_FOUND'],
    ] as const;
    for (const [response, code] of refused) {
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    expect(await Promise.all(tables.map(rowCount))).toEqual(before);
  });
});
