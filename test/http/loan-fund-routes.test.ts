import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { fixedClock } from '../../src/core/clock.js';
import { addProduct } from '../../src/modules/loan-fund/use-cases/add-product.js';
import { createFund } from '../../src/modules/loan-fund/use-cases/create-fund.js';
import { decideApplication } from '../../src/modules/loan-fund/use-cases/decide-application.js';
import { disburse } from '../../src/modules/loan-fund/use-cases/disburse.js';
import { fileApplication } from '../../src/modules/loan-fund/use-cases/file-application.js';
import { recordContribution } from '../../src/modules/loan-fund/use-cases/record-contribution.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The loan fund over HTTP: who may do what (per role, in the fund's partner organization and in an
 * organization outside the fund), and the files it answers (the agreement PDF, the journal CSV).
 */
let t: TestApp;
let fundId: string;
let loanId: string;
let partnerId: string;
let outsiderId: string;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2026-06-01T12:00:00Z') });
  const db = t.database.db;
  const lender = await givenOrganization(db, { name: 'Community Lender', country: 'US' });
  const partner = await givenOrganization(db, { name: 'Office for Immigrant Affairs', country: 'US' });
  const outsider = await givenOrganization(db, { name: 'Unrelated Agency', country: 'US' });
  // The partner coordinates the working group the lender belongs to; the outsider is in none of it.
  await givenConsortium(db, partner.id, [partner.id, lender.id]);
  partnerId = partner.id;
  outsiderId = outsider.id;
  const officer = await givenStaff(db, lender.id, 'director');
  const counselor = await givenStaff(db, partner.id, 'counselor');
  const referent = await givenStaff(db, partner.id, 'program_referent');
  fundId = (
    await createFund(t.deps)(officer, {
      name: 'Fund',
      currency: 'USD',
      participatingOrganizationIds: [partner.id],
    })
  ).id;
  const productId = (
    await addProduct(t.deps)(officer, {
      fundId,
      name: 'Loan',
      maxAmountCents: 300_000,
      maxTermMonths: 12,
      annualRateBps: 0,
      graceMonths: 0,
      originationFeeCents: 0,
      eligiblePurposes: ['exam_fee'],
    })
  ).id;
  await recordContribution(t.deps)(officer, {
    fundId,
    kind: 'grant',
    contributor: 'City',
    amountCents: 1_000_000,
    receivedOn: '2026-01-01',
  });
  const person = await createPerson(t.deps)(counselor, {
    identity: { givenName: 'Amal', familyName: 'Nasser' },
    consents: [
      { purpose: 'sharing_with_partners', partnerOrganizationIds: [lender.id], givenOn: '2026-01-01' },
    ],
  });
  const application = await fileApplication(t.deps)(counselor, {
    fundId,
    productId,
    personId: person.id,
    termMonths: 3,
    costs: [{ purpose: 'exam_fee', description: 'Exam', amountCents: 90_000, payee: 'Board' }],
    filedOn: '2026-02-01',
  });
  loanId = (
    await decideApplication(t.deps)(officer, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: 90_000,
      reasons: 'ok',
      decidedOn: '2026-02-02',
    })
  ).loanId as string;
  await disburse(t.deps)(referent, {
    loanId,
    amountCents: 90_000,
    payeeKind: 'vendor',
    payeeName: 'Board',
    purpose: 'Exam',
    paidOn: '2026-02-03',
  });
  for (const role of roles) {
    for (const [where, organizationId] of [
      ['partner', partner.id],
      ['outsider', outsider.id],
    ] as const) {
      const staff = await givenStaff(db, organizationId, role);
      sessions.set(`${where}:${role}`, await givenSession(db, staff.actor.userId, organizationId));
    }
  }
});
afterAll(() => t.close());

const figures: Role[] = ['program_referent', 'coordinator', 'director', 'administrator', 'funder'];
const servicing: Role[] = ['program_referent', 'coordinator', 'director'];
const filing: Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/** Inside the fund: allowed, refused (403, the fund is known to them) or not found (the loan is not theirs to see). */
const committee: Role[] = ['coordinator', 'director'];

const routes: {
  name: string;
  method: 'GET' | 'POST';
  url: () => string;
  body?: (role: Role) => unknown;
  expect: (role: Role) => number;
}[] = [
  {
    name: 'the fund dashboard',
    method: 'GET',
    url: () => `/api/loan-funds/${fundId}/dashboard`,
    expect: (role) => (figures.includes(role) ? 200 : 403),
  },
  {
    name: 'the journal export',
    method: 'GET',
    url: () => `/api/loan-funds/${fundId}/ledger.csv`,
    expect: (role) => (servicing.includes(role) ? 200 : 403),
  },
  {
    name: 'a loan',
    method: 'GET',
    url: () => `/api/loans/${loanId}`,
    expect: (role) => (filing.includes(role) ? 200 : 404),
  },
  {
    name: 'the loan agreement',
    method: 'GET',
    url: () => `/api/loans/${loanId}/agreement.pdf?locale=fr`,
    expect: (role) => (filing.includes(role) ? 200 : 404),
  },
  {
    name: 'closing a period of the books',
    method: 'POST',
    url: () => `/api/loan-funds/${fundId}/period-closing`,
    // Each allowed role closes a later day, so every call is a first closing (January, before any loan).
    body: (role) => ({ closedThrough: `2026-01-${String(10 + roles.indexOf(role)).padStart(2, '0')}` }),
    expect: (role) => (committee.includes(role) ? 200 : 403),
  },
  {
    name: 'recording a payment',
    method: 'POST',
    url: () => `/api/loans/${loanId}/payments`,
    body: (role) => ({
      idempotencyKey: `http-${role}-0000`,
      amountCents: 100,
      receivedOn: '2026-03-01',
      method: 'cash',
    }),
    expect: (role) => (servicing.includes(role) ? 201 : filing.includes(role) ? 403 : 404),
  },
];

describe('loan fund routes by role', () => {
  for (const route of routes) {
    for (const role of roles) {
      it(`${route.name}: ${role} of the partner organization gets ${route.expect(role)}`, async () => {
        const response = await t.app.inject({
          method: route.method,
          url: route.url(),
          payload: route.body?.(role) as object,
          ...sessions.get(`partner:${role}`)!,
        });
        expect(response.statusCode, response.body).toBe(route.expect(role));
      });
      it(`${route.name}: ${role} of an organization outside the fund gets 404`, async () => {
        const response = await t.app.inject({
          method: route.method,
          url: route.url(),
          payload: route.body?.(role) as object,
          ...sessions.get(`outsider:${role}`)!,
        });
        expect(response.statusCode, response.body).toBe(404);
      });
    }
  }
});

describe('loan fund files and replays', () => {
  it('answers the agreement as a PDF attachment and the journal as CSV that balances', async () => {
    const session = sessions.get('partner:director')!;
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/loans/${loanId}/agreement.pdf?locale=en`,
      ...session,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(
      /^attachment; filename="loan-agreement-2026-0001-en\.pdf"$/,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/loan-funds/${fundId}/ledger.csv`,
      ...session,
    });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = csv.body
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const cents = (value: string | undefined) => Math.round(Number(value || 0) * 100);
    const debits = rows.reduce((sum, r) => sum + cents(r[5]), 0);
    const credits = rows.reduce((sum, r) => sum + cents(r[6]), 0);
    expect(debits).toBe(credits);
    expect(rows.some((r) => r[2] === 'disbursement' && r[3] === '2026-0001')).toBe(true);
    expect(csv.body).not.toContain('Nasser');
  });

  it('records a payment sent twice with the same key once, and says it was a replay', async () => {
    const session = sessions.get('partner:coordinator')!;
    const payload = {
      idempotencyKey: 'double-click-0001',
      amountCents: 2_500,
      receivedOn: '2026-03-02',
      method: 'check',
    };
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/loans/${loanId}/payments`,
      payload,
      ...session,
    });
    const second = await t.app.inject({
      method: 'POST',
      url: `/api/loans/${loanId}/payments`,
      payload,
      ...session,
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ replayed: true, paymentId: first.json().paymentId });
    expect(second.json().payments).toHaveLength(first.json().payments.length);
  });

  it('refuses a float amount with a validation error that names the field, in French', async () => {
    const session = sessions.get('partner:coordinator')!;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/loans/${loanId}/payments`,
      payload: {
        idempotencyKey: 'float-amount-0001',
        amountCents: 10.5,
        receivedOn: '2026-03-02',
        method: 'check',
      },
      headers: { ...session.headers, 'accept-language': 'fr' },
      cookies: session.cookies,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(response.json().details)).toContain('amountCents');
  });
});

describe('loan fund refusals over HTTP: a clear 4xx, nothing written', () => {
  const count = async (table: 'loan_funds' | 'loan_journal_entries' | 'loan_events' | 'loan_products') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a fund naming an unrelated or a non-existent organization, alike', async () => {
    const session = sessions.get('partner:director')!;
    const before = await count('loan_funds');
    const answers = [];
    for (const id of [outsiderId, '0190a5f0-0000-7000-8000-000000000000']) {
      answers.push(
        await t.app.inject({
          method: 'POST',
          url: '/api/loan-funds',
          payload: { name: 'Partner fund', currency: 'USD', participatingOrganizationIds: [id] },
          ...session,
        }),
      );
    }
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(422);
      expect(answer.json().code).toBe('LOAN_FUND_PARTICIPANT_NOT_ELIGIBLE');
    }
    expect(answers[0]?.json().message).toBe(answers[1]?.json().message);
    expect(await count('loan_funds')).toBe(before);
    // The lender, in the partner's working group, may be named.
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/loan-funds',
      payload: { name: 'Partner fund', currency: 'USD', participatingOrganizationIds: [partnerId] },
      ...session,
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it('refuses a write-off dated years before the loan was paid out, saying the earliest day allowed', async () => {
    const session = sessions.get('partner:director')!;
    const loan = await t.app.inject({ method: 'GET', url: `/api/loans/${loanId}`, ...session });
    const lastMovement = (loan.json().events as { occurredOn: string }[])
      .map((e) => e.occurredOn)
      .sort()
      .at(-1);
    const before = [await count('loan_journal_entries'), await count('loan_events')];
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/loans/${loanId}/write-off`,
      payload: { writtenOffOn: '2020-02-03', reason: 'Unreachable' },
      ...session,
    });
    expect(answer.statusCode, answer.body).toBe(422);
    expect(answer.json().code).toBe('LOAN_DATE_BEFORE_LAST_MOVEMENT');
    expect(answer.json().message).toContain(`earliest date allowed is ${lastMovement}`);
    expect([await count('loan_journal_entries'), await count('loan_events')]).toEqual(before);
  });

  it('refuses 1800-01-01 for a write-off, a restructuring and a capital contribution', async () => {
    const session = sessions.get('partner:director')!;
    const before = [await count('loan_journal_entries'), await count('loan_events')];
    const attempts = [
      { url: `/api/loans/${loanId}/write-off`, payload: { writtenOffOn: '1800-01-01', reason: 'x' } },
      {
        url: `/api/loans/${loanId}/restructuring`,
        payload: { termMonths: 6, firstDueOn: '2026-07-01', effectiveOn: '1800-01-01', note: 'x' },
      },
      {
        url: `/api/loan-funds/${fundId}/contributions`,
        payload: { kind: 'grant', contributor: 'Time traveller', amountCents: 100, receivedOn: '1800-01-01' },
      },
    ];
    for (const attempt of attempts) {
      const answer = await t.app.inject({ method: 'POST', ...attempt, ...session });
      expect(answer.statusCode, `${attempt.url}: ${answer.body}`).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, answer.body).toBeLessThan(500);
    }
    expect([await count('loan_journal_entries'), await count('loan_events')]).toEqual(before);
  });

  it('refuses an entry in the closed period, naming the closing day and the first open day', async () => {
    const session = sessions.get('partner:coordinator')!;
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/loan-funds/${fundId}/period-closing`,
      payload: { closedThrough: '2026-01-25' },
      ...session,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await count('loan_journal_entries');
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/loan-funds/${fundId}/contributions`,
      payload: { kind: 'grant', contributor: 'City', amountCents: 100, receivedOn: '2026-01-20' },
      ...session,
    });
    expect(answer.statusCode, answer.body).toBe(422);
    expect(answer.json()).toMatchObject({ code: 'LOAN_FUND_PERIOD_CLOSED' });
    expect(answer.json().message).toContain('closed through 2026-01-25');
    expect(answer.json().message).toContain('earliest date allowed is 2026-01-26');
    expect(await count('loan_journal_entries')).toBe(before);
    const reopening = await t.app.inject({
      method: 'POST',
      url: `/api/loan-funds/${fundId}/period-closing`,
      payload: { closedThrough: '2026-01-24' },
      ...session,
    });
    expect(reopening.statusCode, reopening.body).toBe(409);
    expect(reopening.json().code).toBe('LOAN_FUND_PERIOD_ALREADY_CLOSED');
  });

  it('answers a duplicate product name with 409, not a server error', async () => {
    const session = sessions.get('partner:director')!;
    const product = {
      name: 'Loan',
      maxAmountCents: 100_000,
      maxTermMonths: 12,
      annualRateBps: 0,
      graceMonths: 0,
      originationFeeCents: 0,
      eligiblePurposes: ['exam_fee'],
    };
    const before = await count('loan_products');
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/loan-funds/${fundId}/products`,
      payload: product,
      ...session,
    });
    expect(answer.statusCode, answer.body).toBe(409);
    expect(answer.json().code).toBe('LOAN_PRODUCT_NAME_TAKEN');
    expect(await count('loan_products')).toBe(before);
  });
});
