import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A file's possible duplicates and the decisions on them over HTTP (docs/duplicates.md), with the
 * malformed requests of the hardening probe: each a 400 with a stable code, and nothing written.
 */
let t: TestApp;
let session: Awaited<ReturnType<typeof givenSession>>;
let first: string;
let second: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const organizationId = (await givenOrganization(db, { name: 'Mission Locale de Lyon' })).id;
  const staff = await givenStaff(db, organizationId, 'counselor');
  session = await givenSession(db, staff.actor.userId, organizationId);
  const open = async (givenName: string) =>
    (
      await createPerson(t.deps)(staff, {
        identity: { givenName, familyName: 'Kovalenko', birthDate: '1990-03-14' },
      })
    ).id;
  first = await open('Mariia');
  second = await open('Maria');
});
afterAll(() => t.close());

const as = () => ({ cookies: session.cookies, headers: session.headers });
const post = (url: string, payload: unknown, language = 'en') =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    ...as(),
    headers: { ...session.headers, 'accept-language': language },
  });
const decisions = async () =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from duplicate_decisions`.execute(t.database.db)).rows[0]
      ?.n,
  );

describe('possible duplicates of a file', () => {
  it('shows the other file with its reasons, then remembers it is another person', async () => {
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/people/${first}/possible-duplicates`,
      ...as(),
    });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toMatchObject({
      items: [{ id: second, matchedOn: ['name', 'birthDate'] }],
      elsewhere: { possibleMatch: false, reference: null },
    });
    const batch = await t.app.inject({ method: 'GET', url: '/api/duplicate-pairs', ...as() });
    expect(batch.statusCode, batch.body).toBe(200);
    expect(batch.json()).toMatchObject({
      foundPairs: 1,
      pairs: [{ reasons: ['name_variant', 'birth_date_equal'] }],
    });
    expect([batch.json().pairs[0].first.id, batch.json().pairs[0].second.id].sort()).toEqual(
      [first, second].sort(),
    );
    const merge = await post(
      `/api/people/${first}/duplicate-decisions`,
      { otherPersonId: second, decision: 'same' },
      'fr',
    );
    expect(merge.statusCode).toBe(422);
    expect(merge.json()).toMatchObject({ code: 'DUPLICATE_MERGE_NOT_AVAILABLE' });
    expect(merge.json().message).toMatch(/merged, not linked/);
    const decided = await post(`/api/people/${first}/duplicate-decisions`, {
      otherPersonId: second,
      decision: 'different',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json()).toMatchObject({ decision: 'different' });
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/people/${second}/possible-duplicates`,
      ...as(),
    });
    expect(after.json().items).toEqual([]);
    const batchAfter = await t.app.inject({ method: 'GET', url: '/api/duplicate-pairs', ...as() });
    expect(batchAfter.json()).toMatchObject({ pairs: [], foundPairs: 0 });
    const forged = await post(`/api/people/${first}/duplicate-decisions`, {
      elsewhereReference: 'v1.forged.reference',
      decision: 'same',
    });
    expect(forged.json()).toMatchObject({ code: 'DUPLICATE_REFERENCE_INVALID' });
  });

  it('refuses malformed decisions and writes nothing', async () => {
    const before = await decisions();
    const url = `/api/people/${first}/duplicate-decisions`;
    const responses = [
      await post(url, { decision: 'different' }),
      await post(url, { otherPersonId: second, elsewhereReference: 'x', decision: 'different' }),
      await post(url, { otherPersonId: 'not-a-uuid', decision: 'different' }),
      await post(url, { otherPersonId: second, decision: 'maybe' }),
      await post(url, { elsewhereReference: 'ab\uD83Dcd', decision: 'same' }),
      await post(url, { elsewhereReference: 'a\u0000b', decision: 'same' }),
      await post(url, { elsewhereReference: 'x'.repeat(2001), decision: 'same' }),
      await post('/api/people/not-a-uuid/duplicate-decisions', {
        otherPersonId: second,
        decision: 'different',
      }),
      await t.app.inject({ method: 'GET', url: '/api/people/not-a-uuid/possible-duplicates', ...as() }),
      await t.app.inject({ method: 'GET', url: '/api/duplicate-pairs?limit=0', ...as() }),
      await t.app.inject({ method: 'GET', url: '/api/duplicate-pairs?limit=many', ...as() }),
      await t.app.inject({ method: 'GET', url: '/api/duplicate-pairs?limit=501', ...as() }),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await decisions()).toBe(before);
  });

  it('merges a file into another: it leaves the list, points to the kept file, and comes back on undo', async () => {
    const kept = (
      await post('/api/people', {
        identity: { givenName: 'Oleksandr', familyName: 'Bondar', birthDate: '1985-02-01' },
      })
    ).json().id;
    const merged = (
      await post('/api/people', {
        identity: { givenName: 'Olexandr', familyName: 'Bondar', birthDate: '1985-02-01' },
      })
    ).json().id;
    const listed = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/people?q=bondar', ...as() }))
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort();
    expect(await listed()).toEqual([kept, merged].sort());
    const merge = await post(`/api/people/${kept}/merges`, { mergedPersonId: merged }, 'fr');
    expect(merge.statusCode, merge.body).toBe(201);
    expect(await listed()).toEqual([kept]);
    const away = await t.app.inject({
      method: 'GET',
      url: `/api/people/${merged}/possible-duplicates`,
      ...as(),
    });
    expect(away.json().merges.mergedInto).toMatchObject({ personId: kept, givenName: 'Oleksandr' });
    // The merged file stays readable: its records were not moved.
    expect((await t.app.inject({ method: 'GET', url: `/api/people/${merged}`, ...as() })).statusCode).toBe(
      200,
    );
    const again = await post(`/api/people/${kept}/merges`, { mergedPersonId: merged }, 'fr');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PERSON_MERGE_FILE_ALREADY_MERGED');
    const undo = await post(`/api/people/${merged}/merge-undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toEqual({ keptPersonId: kept, mergedPersonId: merged });
    expect(await listed()).toEqual([kept, merged].sort());
  });
});
