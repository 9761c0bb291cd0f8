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
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The loan fund over HTTP: who may do what (per role, in the fund's partner organization and in an
 * organization outside the fund), and the files it answers (the agreement PDF, the journal CSV).
 */
let t: TestApp;
let fundId: string;
let loanId: string;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2026-06-01T12:00:00Z') });
  const db = t.database.db;
  const lender = await givenOrganization(db, { name: 'Community Lender', country: 'US' });
  const partner = await givenOrganization(db, { name: 'Office for Immigrant Affairs', country: 'US' });
  const outsider = await givenOrganization(db, { name: 'Unrelated Agency', country: 'US' });
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
