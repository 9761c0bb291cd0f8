import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { givenOutcomeProgram } from '../support/outcome-program.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Outcomes over HTTP: an impulseR counselor records exits and answers follow-ups; the person answers
 * the form through a single-use link, without an account; a funder reads the figures but never the
 * people behind them; malformed input is refused with the field in question and nothing written.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let counselor: Session;
let coordinator: Session;
let funder: Session;
let programId: string;
let enrolmentId: string;
let personId: string;
const counselorName = 'Camille Roussel';

const send = (as: Session | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    ...(as ? { cookies: as.cookies, headers: as.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function counts(): Promise<number[]> {
  const tables = [
    'enrolment_exits',
    'exit_follow_ups',
    'exit_follow_up_attempts',
    'exit_follow_up_links',
    'exit_rule_versions',
  ];
  return Promise.all(
    tables.map(async (table) =>
      Number(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db))
          .rows[0]?.n,
      ),
    ),
  );
}

const ruleBody = (over: Record<string, unknown> = {}) => ({
  positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
  fixedTermMinimumMonths: 6,
  fixedTermComparison: 'more_than',
  exclusions: ['deceased', 'moved_abroad', 'long_illness'],
  requireQualificationLevel: false,
  requireCredential: false,
  countingUnit: 'person',
  measuredMonthsAfterEntry: 18,
  followUpMonths: [3, 6, 12, 18],
  unreachableAfterAttempts: 3,
  effectiveFrom: new Date(Date.now() + 86_400_000 * 30).toISOString().slice(0, 10),
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const plie = await givenOrganization(db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  const session = async (role: Parameters<typeof givenStaff>[2], displayName?: string) =>
    givenSession(
      db,
      (await givenStaff(db, plie.id, role, { locale: 'en', ...(displayName ? { displayName } : {}) })).actor
        .userId,
      plie.id,
    );
  counselor = await session('counselor', counselorName);
  coordinator = await session('coordinator');
  funder = await session('funder');
  programId = await givenOutcomeProgram(t.deps, plie.id);
  const created = await send(counselor, 'POST', '/api/people', {
    identity: { givenName: 'Nour', familyName: 'Haddad', email: 'nour@example.org', preferredLanguage: 'ar' },
  });
  personId = created.json().id;
  const enrolled = await send(counselor, 'POST', `/api/programs/${programId}/enrolments`, {
    personId,
    enrolledOn: '2025-03-03',
    intake: { source: 'walk_in' },
  });
  expect(enrolled.statusCode, enrolled.body).toBe(201);
  enrolmentId = (await send(counselor, 'GET', `/api/people/${personId}/enrolments`)).json().items[0].id;
});
afterAll(() => t.close());

describe('outcomes over HTTP', () => {
  it('refuses malformed exits, answers and rules with the field in question, and writes nothing', async () => {
    const before = await counts();
    const exit = (over: Record<string, unknown>) => ({
      outcome: 'permanent_contract',
      exitOn: '2025-09-01',
      evidence: { kind: 'declaration' },
      ...over,
    });
    for (const [url, body, field] of [
      [`/api/enrolments/${enrolmentId}/exit`, exit({ outcome: 'lottery_win' }), 'body.outcome'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ exitOn: '2999-01-01' }), 'body.exitOn'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ exitOn: '2025-02-30' }), 'body.exitOn'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ exitOn: '2025-01-01' }), 'body.exitOn'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ note: 'fin\u0000' }), 'body.note'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ note: 'a\uD800b' }), 'body.note'],
      [`/api/enrolments/${enrolmentId}/exit`, exit({ evidence: { kind: 'rumour' } }), 'body.evidence.kind'],
      [
        `/api/enrolments/${enrolmentId}/exit`,
        exit({ evidence: { kind: 'document' } }),
        'body.evidence.documentId',
      ],
      [
        `/api/enrolments/${enrolmentId}/exit`,
        exit({ evidence: { kind: 'document', documentId: '01a242e0-2ddb-74bb-bc77-a3ba1fb929de' } }),
        'body.evidence.documentId',
      ],
      [
        `/api/enrolments/${enrolmentId}/exit`,
        exit({ outcome: 'fixed_term_contract', contractStartOn: '2025-09-01', contractEndOn: '2025-08-01' }),
        'body.contractEndOn',
      ],
      ['/api/enrolments/not-a-uuid/exit', exit({}), 'params.id'],
      [
        `/api/programs/${programId}/exit-rules`,
        ruleBody({ fixedTermComparison: 'about' }),
        'body.fixedTermComparison',
      ],
      [`/api/programs/${programId}/exit-rules`, ruleBody({ positiveOutcomes: [] }), 'body.positiveOutcomes'],
      [
        `/api/programs/${programId}/exit-rules`,
        ruleBody({ unreachableAfterAttempts: 0 }),
        'body.unreachableAfterAttempts',
      ],
      [
        `/api/programs/${programId}/exit-rules`,
        ruleBody({ effectiveFrom: '2020-01-01' }),
        'body.effectiveFrom',
      ],
      [
        `/api/programs/${programId}/exit-rules`,
        ruleBody({ exclusions: ['permanent_contract'] }),
        'body.exclusions',
      ],
    ] as const) {
      const response = await send(url.includes('exit-rules') ? coordinator : counselor, 'POST', url, body);
      expect(response.statusCode, `${field}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, field).toBeLessThan(500);
      expect(
        response.json().details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets the person answer once through the link, and never again', async () => {
    const rule = await send(coordinator, 'POST', `/api/programs/${programId}/exit-rules`, ruleBody());
    expect(rule.statusCode, rule.body).toBe(201);
    const exit = await send(counselor, 'POST', `/api/enrolments/${enrolmentId}/exit`, {
      outcome: 'permanent_contract',
      exitOn: '2025-09-01',
      evidence: { kind: 'declaration' },
    });
    expect(exit.statusCode, exit.body).toBe(201);
    // The rule's first version takes effect in a month: this exit was decided by none.
    expect(exit.json()).toMatchObject({ verdict: 'no_rule', ruleVersion: null });
    const { exits, followUps } = (
      await send(counselor, 'GET', `/api/people/${personId}/exits?lang=en`)
    ).json();
    // Who recorded the exit, by the name the counselor goes by, not by an account's id.
    expect(exits[0]).toMatchObject({ recordedByName: counselorName });
    const sent = await send(counselor, 'POST', `/api/exit-follow-ups/${followUps[0].id}/link`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    const mail = t.mailer.to('nour@example.org')[0];
    const token = /\/suivi\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] as string;

    const form = await send(null, 'GET', `/api/public/follow-up/${token}`);
    expect(form.statusCode, form.body).toBe(200);
    // A French organization: the pay bands are in euros.
    expect(form.json()).toMatchObject({ firstName: 'Nour', language: 'ar', months: 3, currency: 'EUR' });
    expect(form.body).not.toContain('Haddad');

    const before = await counts();
    const bad = await send(null, 'POST', `/api/public/follow-up/${token}`, {
      employed: 'yes',
      inTraining: false,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toContain('body.employed');
    expect(await counts()).toEqual(before);

    const answered = await send(null, 'POST', `/api/public/follow-up/${token}`, {
      employed: true,
      sameEmployer: true,
      contractType: 'permanent',
      wageBand: '1500_1999',
      inTraining: false,
      satisfied: 4,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    for (const method of ['GET', 'POST'] as const) {
      const again = await send(
        null,
        method,
        `/api/public/follow-up/${token}`,
        method === 'POST' ? { employed: false, inTraining: false } : undefined,
      );
      expect(again.statusCode).toBe(404);
      expect(again.json().code).toBe('FOLLOW_UP_LINK_INVALID');
    }
    const unknown = await send(null, 'GET', `/api/public/follow-up/${'x'.repeat(43)}`);
    expect(unknown.json().code).toBe('FOLLOW_UP_LINK_INVALID');
    const { followUps: after } = (await send(counselor, 'GET', `/api/people/${personId}/exits`)).json();
    expect(after[0]).toMatchObject({
      status: 'answered',
      answeredVia: 'form',
      answer: { wageBand: '1500_1999' },
    });
  });

  it('shows a funder the figures and never the people behind them', async () => {
    const figures = await send(
      funder,
      'GET',
      `/api/programs/${programId}/outcomes?from=2025-01-01&to=2025-12-31`,
    );
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json()).toMatchObject({
      drillDown: false,
      exitsByOutcome: [{ outcome: 'permanent_contract', count: 1 }],
    });
    expect(figures.body).not.toContain(personId);
    const people = await send(
      funder,
      'GET',
      `/api/programs/${programId}/outcomes/people?from=2025-01-01&to=2025-12-31&measure=positive_exit_rate&part=denominator`,
    );
    expect(people.statusCode).toBe(403);
    const statistics = await send(
      funder,
      'GET',
      `/api/programs/${programId}/underemployment?breakdown=training_country`,
    );
    expect(statistics.statusCode, statistics.body).toBe(200);
    expect(statistics.body).not.toContain(personId);
    const badPeriod = await send(
      funder,
      'GET',
      `/api/programs/${programId}/outcomes?from=2025-12-31&to=2025-01-01`,
    );
    expect(badPeriod.statusCode).toBe(400);
  });
});
