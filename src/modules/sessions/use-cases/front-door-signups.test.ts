import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { sessionJobHandlers } from '../jobs.js';
import { acceptSignupRequest } from './accept-signup-request.js';
import { createSessionType } from './create-session-type.js';
import { declineSignupRequest } from './decline-signup-request.js';
import { getSeries } from './get-series.js';
import { listPublicInfoSessions } from './list-public-info-sessions.js';
import { listSignupRequests } from './list-signup-requests.js';
import { planSeries } from './plan-series.js';
import { signUpForInfoSession } from './sign-up-for-info-session.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-02T12:00:00Z');
let deps: ReturnType<typeof testDeps>;
let staff: Record<
  'coordinator' | 'counselor' | 'funder' | 'partnerCoordinator',
  Awaited<ReturnType<typeof givenStaff>>
>;
let publicSeriesId: string;
let smallSeriesId: string;
let privateSeriesId: string;
const anonymous = { actor: null, requestId: 'req-public', locale: 'fr' as const, ip: '203.0.113.9' };

function applicant(email: string, extra: Record<string, unknown> = {}) {
  return {
    givenName: 'Amina',
    familyName: 'Haddad',
    email,
    preferredLanguage: 'fr' as const,
    consent: true as const,
    ...extra,
  };
}

async function requestsTable() {
  return database.db.selectFrom('session_signup_requests').selectAll().execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const promis = await givenOrganization(database.db, { name: 'PROMIS', country: 'CA' });
  const other = await givenOrganization(database.db, { name: 'CFIQ', country: 'CA' });
  staff = {
    coordinator: await givenStaff(database.db, promis.id, 'coordinator'),
    counselor: await givenStaff(database.db, promis.id, 'counselor'),
    funder: await givenStaff(database.db, promis.id, 'funder'),
    partnerCoordinator: await givenStaff(database.db, other.id, 'coordinator'),
  };
  const info = await createSessionType(deps)(staff.coordinator, {
    code: 'INFO-EMPLOI',
    nameFr: 'Info-Emploi en régions',
    nameEn: 'Jobs in the regions information session',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  const plan = (title: string, openness: 'public' | 'organization', capacity?: number) =>
    planSeries(deps)(staff.coordinator, {
      sessionTypeId: info.id,
      title,
      openness,
      capacity,
      presenter: 'Place aux jeunes en région',
      meetingLink: 'https://visio.example.test/secret-room',
      meetings: [{ startsAt: '2026-03-10T17:00:00Z' }, { startsAt: '2026-03-17T17:00:00Z' }],
    });
  publicSeriesId = (await plan('Info-Emploi — Bas-Saint-Laurent', 'public', 30)).id;
  smallSeriesId = (await plan('Info-Emploi — Gaspésie', 'public', 1)).id;
  privateSeriesId = (await plan('Info-Emploi — interne', 'organization')).id;
});
afterAll(() => database.close());

describe('the public list', () => {
  it('shows public information sessions with seats left, no participants and no meeting link', async () => {
    const { items } = await listPublicInfoSessions(deps)(anonymous, {});
    const titles = items.map((i) => i.title);
    expect(titles).toContain('Info-Emploi — Bas-Saint-Laurent');
    expect(titles).not.toContain('Info-Emploi — interne');
    const shown = items.find((i) => i.id === publicSeriesId);
    expect(shown).toMatchObject({
      organizationName: 'PROMIS',
      seatsLeft: 30,
      waitlist: false,
      mode: 'virtual',
    });
    expect(shown?.nextMeetings.map((m) => m.startsAt)).toEqual([
      '2026-03-10T17:00:00.000Z',
      '2026-03-17T17:00:00.000Z',
    ]);
    expect(JSON.stringify(items)).not.toContain('secret-room');
  });
});

describe('signing up', () => {
  it('validates names, e-mail, language and the consent box', async () => {
    await expect(
      signUpForInfoSession(deps)(anonymous, {
        ...applicant('x@example.test'),
        seriesId: publicSeriesId,
        givenName: '',
      }),
    ).rejects.toThrow();
    await expect(
      signUpForInfoSession(deps)(anonymous, { ...applicant('not-an-email'), seriesId: publicSeriesId }),
    ).rejects.toThrow();
    await expect(
      signUpForInfoSession(deps)(anonymous, {
        ...applicant('x@example.test'),
        seriesId: publicSeriesId,
        consent: false as never,
      }),
    ).rejects.toThrow();
    await expect(
      signUpForInfoSession(deps)(anonymous, {
        ...applicant('x@example.test', { preferredLanguage: 'de' }),
        seriesId: publicSeriesId,
      }),
    ).rejects.toThrow();
    await expect(
      signUpForInfoSession(deps)(anonymous, {
        ...applicant('x@example.test', { givenName: 'A'.repeat(101) }),
        seriesId: publicSeriesId,
      }),
    ).rejects.toThrow();
    expect(await requestsTable()).toHaveLength(0);
  });

  it('refuses a series that is not a public information session, as not found', async () => {
    await expect(
      signUpForInfoSession(deps)(anonymous, { ...applicant('x@example.test'), seriesId: privateSeriesId }),
    ).rejects.toMatchObject({ code: 'INFO_SESSION_NOT_FOUND' });
  });

  it('refuses a public information session whose dates are all past', async () => {
    const later = testDeps(database, fixedClock('2026-03-18T12:00:00Z'));
    await expect(
      signUpForInfoSession(later)(anonymous, { ...applicant('late@example.test'), seriesId: publicSeriesId }),
    ).rejects.toMatchObject({ code: 'INFO_SESSION_NOT_FOUND' });
    expect((await listPublicInfoSessions(later)(anonymous, {})).items).toEqual([]);
  });

  it('answers a filled honeypot like anyone else and records nothing', async () => {
    const answer = await signUpForInfoSession(deps)(anonymous, {
      ...applicant('robot@example.test', { website: 'http://spam.example' }),
      seriesId: publicSeriesId,
    });
    expect(answer).toEqual({ status: 'received' });
    expect((await requestsTable()).filter((r) => r.email === 'robot@example.test')).toHaveLength(0);
  });

  it('is idempotent per e-mail and series, answers alike, acknowledges once in the chosen language', async () => {
    const first = await signUpForInfoSession(deps)(anonymous, {
      ...applicant('Amina.H@Example.test'),
      seriesId: publicSeriesId,
    });
    const again = await signUpForInfoSession(deps)(anonymous, {
      ...applicant('amina.h@example.test', { givenName: 'Someone else' }),
      seriesId: publicSeriesId,
    });
    expect(again).toEqual(first);
    const rows = (await requestsTable()).filter((r) => r.email === 'amina.h@example.test');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.given_name).toBe('Amina');
    await runDueJobs(deps, sessionJobHandlers, { limit: 20 });
    const mails = deps.mailer.to('amina.h@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Demande reçue : Info-Emploi — Bas-Saint-Laurent');
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'session.signup_request')
      .execute();
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain('amina');
    expect(JSON.stringify(audits)).not.toContain('Amina');
  });

  it('acknowledges in Arabic when the person chose Arabic', async () => {
    await signUpForInfoSession(deps)(anonymous, {
      ...applicant('karim@example.test', { preferredLanguage: 'ar', givenName: 'Karim' }),
      seriesId: publicSeriesId,
    });
    await runDueJobs(deps, sessionJobHandlers, { limit: 20 });
    expect(deps.mailer.to('karim@example.test')[0]?.subject).toBe(
      'تم استلام طلبك: Info-Emploi — Bas-Saint-Laurent',
    );
  });
});

describe('answering requests', () => {
  it('accepting registers a new person, enrols them and tells it on their timeline', async () => {
    const { items } = await listSignupRequests(deps)(staff.counselor, { seriesId: publicSeriesId });
    const amina = items.find((i) => i.email === 'amina.h@example.test');
    expect(amina).toMatchObject({ givenName: 'Amina', knownPerson: false, preferredLanguage: 'fr' });
    const accepted = await acceptSignupRequest(deps)(staff.coordinator, { requestId: amina!.id });
    expect(accepted).toMatchObject({ status: 'enrolled', newPerson: true });
    const person = await database.db
      .selectFrom('people')
      .select(['email', 'organization_id', 'given_name'])
      .where('id', '=', accepted.personId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({
      email: 'amina.h@example.test',
      organization_id: staff.coordinator.actor.organizationId,
      given_name: 'Amina',
    });
    const consents = await database.db
      .selectFrom('consents')
      .select(['purpose', 'given_on'])
      .where('person_id', '=', accepted.personId)
      .execute();
    expect(consents).toEqual([{ purpose: 'program_data_processing', given_on: '2026-03-02' }]);
    const kinds = (
      await database.db
        .selectFrom('timeline_events')
        .select('kind')
        .where('person_id', '=', accepted.personId)
        .execute()
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['person.registered', 'session.signup_requested', 'session.enrolled']),
    );
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('person_id', '=', accepted.personId)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['person.create', 'session.enrol', 'session.signup_request.accept']),
    );
    expect(JSON.stringify(audited)).not.toMatch(/amina|haddad/i);
    const series = await getSeries(deps)(staff.coordinator, { seriesId: publicSeriesId });
    expect(series.participants.map((p) => p.personId)).toContain(accepted.personId);
    const remaining = await listSignupRequests(deps)(staff.counselor, { seriesId: publicSeriesId });
    expect(remaining.items.map((i) => i.email)).not.toContain('amina.h@example.test');
    await expect(
      acceptSignupRequest(deps)(staff.coordinator, { requestId: amina!.id }),
    ).rejects.toMatchObject({
      code: 'SIGNUP_REQUEST_DECIDED',
    });
  });

  it('accepting a request whose e-mail the organization knows enrols that person, without a second file', async () => {
    const known = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'Lina', familyName: 'Saleh', email: 'Lina.Saleh@example.test' },
    });
    await signUpForInfoSession(deps)(anonymous, {
      ...applicant('lina.saleh@example.test', { givenName: 'Lina' }),
      seriesId: publicSeriesId,
    });
    const { items } = await listSignupRequests(deps)(staff.coordinator, { seriesId: publicSeriesId });
    const lina = items.find((i) => i.email === 'lina.saleh@example.test');
    expect(lina?.knownPerson).toBe(true);
    const accepted = await acceptSignupRequest(deps)(staff.counselor, { requestId: lina!.id });
    expect(accepted).toMatchObject({ personId: known.id, newPerson: false, status: 'enrolled' });
    const files = await database.db
      .selectFrom('people')
      .select('id')
      .where('given_name', '=', 'Lina')
      .execute();
    expect(files).toHaveLength(1);
  });

  it('declining records who and when, and opens no file', async () => {
    const { items } = await listSignupRequests(deps)(staff.coordinator, { seriesId: publicSeriesId });
    const karim = items.find((i) => i.email === 'karim@example.test');
    await declineSignupRequest(deps)(staff.coordinator, { requestId: karim!.id });
    const row = await database.db
      .selectFrom('session_signup_requests')
      .selectAll()
      .where('id', '=', karim!.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'declined',
      decided_by: staff.coordinator.actor.userId,
      person_id: null,
    });
    expect(row.decided_at?.toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(
      await database.db.selectFrom('people').select('id').where('given_name', '=', 'Karim').execute(),
    ).toHaveLength(0);
  });

  it('another organization neither sees nor answers the requests: not found', async () => {
    await signUpForInfoSession(deps)(anonymous, {
      ...applicant('noor@example.test', { givenName: 'Noor' }),
      seriesId: publicSeriesId,
    });
    const { items } = await listSignupRequests(deps)(staff.coordinator, { seriesId: publicSeriesId });
    const noor = items.find((i) => i.email === 'noor@example.test');
    await expect(
      listSignupRequests(deps)(staff.partnerCoordinator, { seriesId: publicSeriesId }),
    ).rejects.toMatchObject({
      code: 'SESSION_NOT_FOUND',
    });
    await expect(listSignupRequests(deps)(staff.funder, { seriesId: publicSeriesId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      acceptSignupRequest(deps)(staff.partnerCoordinator, { requestId: noor!.id }),
    ).rejects.toMatchObject({
      code: 'SIGNUP_REQUEST_NOT_FOUND',
    });
    await expect(
      declineSignupRequest(deps)(staff.partnerCoordinator, { requestId: noor!.id }),
    ).rejects.toMatchObject({
      code: 'SIGNUP_REQUEST_NOT_FOUND',
    });
    const row = await database.db
      .selectFrom('session_signup_requests')
      .select('status')
      .where('id', '=', noor!.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });

  it('a full series puts the accepted person on the waitlist, and the public list says so', async () => {
    for (const [name, email] of [
      ['Omar', 'omar@example.test'],
      ['Sara', 'sara@example.test'],
    ] as const)
      await signUpForInfoSession(deps)(anonymous, {
        ...applicant(email, { givenName: name }),
        seriesId: smallSeriesId,
      });
    const { items } = await listSignupRequests(deps)(staff.coordinator, { seriesId: smallSeriesId });
    const results = [];
    for (const request of items)
      results.push(await acceptSignupRequest(deps)(staff.coordinator, { requestId: request.id }));
    expect(results.map((r) => r.status)).toEqual(['enrolled', 'waitlisted']);
    const listed = (await listPublicInfoSessions(deps)(anonymous, {})).items.find(
      (i) => i.id === smallSeriesId,
    );
    expect(listed).toMatchObject({ seatsLeft: 0, waitlist: true });
  });
});
