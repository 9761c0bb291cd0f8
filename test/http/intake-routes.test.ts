import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The guided intake over HTTP: the duplicate search across scripts, the check of an unsaved file,
 * and the intake itself — refused with the rules and nothing saved, or overridden by a referent.
 */
let t: TestApp;
let programId: string;
let existingId: string;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();

const yearsAgo = (years: number, months = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const toulouse = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(db, { name: 'Mission Locale de Nîmes' });
  for (const role of roles) {
    const staff = await givenStaff(db, toulouse.id, role);
    sessions.set(role, await givenSession(db, staff.actor.userId, toulouse.id));
  }
  const outsider = await givenStaff(db, other.id, 'counselor');
  sessions.set('outsider', await givenSession(db, outsider.actor.userId, other.id));
  programId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: toulouse.id,
      code: 'IPR',
      nameFr: 'IPR',
      nameEn: 'IPR',
      countingUnit: 'person',
      status: 'active',
      rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
    })
  ).id;
  const counselor = await givenStaff(db, toulouse.id, 'counselor');
  existingId = (
    await createPerson(t.deps)(counselor, {
      identity: {
        givenName: 'Oleksandr',
        familyName: 'Shevchenko',
        givenNameOriginal: 'Олександр',
        familyNameOriginal: 'Шевченко',
        birthDate: '2002-02-02',
      },
    })
  ).id;
});
afterAll(() => t.close());

const post = (who: Role | 'outsider', url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, ...sessions.get(who)! });
const countOf = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db)).rows[0]
      ?.n,
  );
const person = (birthDate: string) => ({
  identity: { givenName: 'Youssef', familyName: 'Karimi', birthDate, phone: '+33 6 00 00 00 01' },
});
const justification = 'Referred by the prefecture before his birthday; agreed with the funder on 3 March.';

describe('intake routes', () => {
  it('finds the existing file when the name is typed in its own script, and only in my organization', async () => {
    const found = await post('counselor', '/api/intake/possible-duplicates', {
      givenName: 'Олександр',
      familyName: 'Шевченко',
    });
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toMatchObject([
      { id: existingId, givenName: 'Oleksandr', matchedOn: ['name'] },
    ]);
    const elsewhere = await post('outsider', '/api/intake/possible-duplicates', {
      givenName: 'Oleksandr',
      familyName: 'Shevchenko',
      birthDate: '2002-02-02',
    });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().items).toEqual([]);
    const funder = await post('funder', '/api/intake/possible-duplicates', { givenName: 'Oleksandr' });
    expect(funder.statusCode).toBe(403);
  });

  it('checks the rules on what was typed without writing anything', async () => {
    const before = [await countOf('people'), await countOf('audit_events')];
    const eligible = await post('counselor', '/api/intake/eligibility-check', {
      programId,
      person: person(yearsAgo(22)),
    });
    expect(eligible.json()).toMatchObject({ verdict: 'eligible', alreadyEnrolled: false });
    const refused = await post('counselor', '/api/intake/eligibility-check', {
      programId,
      person: person(yearsAgo(27, 1)),
    });
    expect(refused.json().verdict).toBe('not_eligible');
    expect([await countOf('people'), await countOf('audit_events')]).toEqual(before);
  });

  it('refuses a 27-year-old with the rules and saves nothing; a referent overrides with a justification', async () => {
    const before = [await countOf('people'), await countOf('consents'), await countOf('enrolments')];
    const body = {
      person: person(yearsAgo(27, 1)),
      consent: { givenOn: today() },
      enrolment: { programId, intake: { source: 'walk_in' } },
    };
    const refused = await post('counselor', '/api/intake', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: { results: [{ outcome: 'failed' }] },
    });
    const notAllowed = await post('counselor', '/api/intake', {
      ...body,
      enrolment: { ...body.enrolment, override: { justification } },
    });
    expect(notAllowed.statusCode).toBe(403);
    expect(notAllowed.json().code).toBe('OVERRIDE_NOT_ALLOWED');
    const shortReason = await post('program_referent', '/api/intake', {
      ...body,
      enrolment: { ...body.enrolment, override: { justification: 'because' } },
    });
    expect(shortReason.statusCode).toBe(400);
    expect([await countOf('people'), await countOf('consents'), await countOf('enrolments')]).toEqual(before);

    const overridden = await post('program_referent', '/api/intake', {
      ...body,
      enrolment: { ...body.enrolment, override: { justification } },
    });
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({ overridden: true, eligibility: { verdict: 'not_eligible' } });
    const enrolments = await t.app.inject({
      method: 'GET',
      url: `/api/people/${overridden.json().personId}/enrolments`,
      ...sessions.get('program_referent')!,
    });
    expect(enrolments.json().items).toMatchObject([{ programId, overridden: true }]);
  });

  it('enrols an eligible person at once, and tells the check of a later enrolment that it is a duplicate', async () => {
    const created = await post('counselor', '/api/intake', {
      person: person(yearsAgo(20)),
      consent: { givenOn: today(), otherPurposes: ['contacting_employers'] },
      enrolment: { programId, intake: { source: 'partner_referral', note: 'CADA' } },
    });
    expect(created.statusCode).toBe(201);
    const again = await post('counselor', `/api/programs/${programId}/eligibility-check`, {
      personId: created.json().personId,
    });
    expect(again.json()).toMatchObject({ verdict: 'eligible', alreadyEnrolled: true });
  });

  it('answers 404 for a program of another organization and 400 for a consent in the future', async () => {
    const outsider = await post('outsider', '/api/intake', {
      person: person(yearsAgo(20)),
      consent: { givenOn: today() },
      enrolment: { programId, intake: { source: 'walk_in' } },
    });
    expect(outsider.statusCode).toBe(404);
    const future = await post('counselor', '/api/intake', {
      person: person(yearsAgo(20)),
      consent: { givenOn: '2999-01-01' },
    });
    expect(future.statusCode).toBe(400);
  });
});
