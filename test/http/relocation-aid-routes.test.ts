import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { recordAidAllocation } from '../../src/modules/relocation-aid/use-cases/aid-budget.js';
import { addAidRules } from '../../src/modules/relocation-aid/use-cases/aid-rules.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Relocation aid over HTTP, scoped by organization (ADR 12): a request is found only under the
 * organization that filed it or, for the program's steering organization, under its consortium's
 * members. Another organization — even one with a program, a budget and requests of its own — and a
 * member that does not steer the program meet a 404 on every route that names the request. The owner
 * pays an approval in parts and cancels what is left.
 */
type Session = Awaited<ReturnType<typeof givenSession>>;
let t: TestApp;
let memberCounselor: Session;
let memberDirector: Session;
let ownerCoordinator: Session;
let outsiderDirector: Session;
let outsiderCounselor: Session;
let programId: string;
let personId: string;
const today = () => new Date().toISOString().slice(0, 10);
const year = () => Number(today().slice(0, 4));

const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    cookies: session.cookies,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

async function aidProgram(ownerOrganizationId: string, consortiumId: string | null, code: string) {
  const id = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId,
      ...(consortiumId ? { consortiumId } : {}),
      code,
      nameFr: 'Aide à la mobilité',
      nameEn: 'Relocation aid',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  await addAidRules(t.deps)(systemContext(), {
    programId: id,
    effectiveFrom: '2020-01-01',
    eligibleKinds: ['move_company'],
    tripCeilingCents: null,
    moveCeilingCents: null,
    householdCeilingCents: null,
    householdCeilingPeriod: 'all_time',
    maxTripsPerHousehold: null,
    reimbursedPercent: 100,
    receiptRequiredAboveCents: 10_000_000,
  });
  await recordAidAllocation(t.deps)(systemContext(), {
    programId: id,
    year: year(),
    funder: 'Bailleur',
    amountCents: 1_000_000,
    allocatedOn: `${year()}-01-01`,
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const owner = await givenOrganization(db, { name: 'PROMIS', country: 'CA' });
  const member = await givenOrganization(db, { name: 'CFIQ', country: 'CA' });
  const outsider = await givenOrganization(db, { name: 'Ailleurs', country: 'CA' });
  const consortium = await givenConsortium(db, owner.id, [owner.id, member.id]);
  const session = async (organizationId: string, role: 'counselor' | 'director' | 'coordinator') =>
    givenSession(db, (await givenStaff(db, organizationId, role)).actor.userId, organizationId);
  memberCounselor = await session(member.id, 'counselor');
  memberDirector = await session(member.id, 'director');
  ownerCoordinator = await session(owner.id, 'coordinator');
  outsiderDirector = await session(outsider.id, 'director');
  outsiderCounselor = await session(outsider.id, 'counselor');
  programId = await aidProgram(owner.id, consortium.id, 'EER');
  // The outsider runs a program of its own, with a budget: it steers aid, only not this one.
  await aidProgram(outsider.id, null, 'AILLEURS');
  const staff = await givenStaff(db, member.id, 'counselor');
  personId = (await createPerson(t.deps)(staff, { identity: { givenName: 'Nadia', familyName: 'Haddad' } }))
    .id;
});
afterAll(() => t.close());

async function fileMove(cents: number) {
  const response = await call(memberCounselor, 'POST', `/api/people/${personId}/relocation-aid`, {
    programId,
    purpose: 'move',
    regionCode: '08',
    lines: [{ kind: 'move_company', amountCents: cents }],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('relocation aid routes', () => {
  it('answer 404 to another organization, and to a member that does not steer, on every route naming a request', async () => {
    const submitted = await fileMove(10_000);
    const approved = await fileMove(20_000);
    const decided = await call(
      ownerCoordinator,
      'POST',
      `/api/relocation-aid-requests/${approved}/decision`,
      {
        decision: 'approve',
        approvedCents: [20_000],
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const paid = await call(ownerCoordinator, 'POST', `/api/relocation-aid-requests/${approved}/payment`, {
      paidOn: today(),
      method: 'transfer',
      amountCents: 5_000,
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const routes = (id: string) =>
      [
        ['GET', `/api/relocation-aid-requests/${id}`, undefined],
        ['POST', `/api/relocation-aid-requests/${id}/decision`, { decision: 'refuse', reason: 'other' }],
        ['POST', `/api/relocation-aid-requests/${id}/payment`, { paidOn: today(), method: 'transfer' }],
        ['POST', `/api/relocation-aid-requests/${id}/payment-reversal`, { reversedOn: today(), reason: 'x' }],
        ['POST', `/api/relocation-aid-requests/${id}/cancellation`, { cancelledOn: today(), reason: 'x' }],
        ['POST', `/api/relocation-aid-requests/${id}/withdraw`, undefined],
      ] as const;
    for (const id of [submitted, approved]) {
      for (const [method, url, body] of routes(id)) {
        // A counselor may not decide anywhere (403, the role first); where it may act, 404 as well.
        const sessions =
          url.endsWith(id) || url.endsWith('withdraw')
            ? [outsiderDirector, outsiderCounselor]
            : [outsiderDirector];
        for (const session of sessions) {
          const response = await call(session, method, url, body);
          expect([response.statusCode, response.json().code], `${method} ${url}`).toEqual([
            404,
            'AID_REQUEST_NOT_FOUND',
          ]);
        }
      }
      // The member files and reads its requests, but never decides, pays, reverses nor cancels.
      for (const [method, url, body] of routes(id).slice(1, 5)) {
        const response = await call(memberDirector, method, url, body);
        expect([response.statusCode, response.json().code], `${method} ${url}`).toEqual([
          404,
          'AID_REQUEST_NOT_FOUND',
        ]);
      }
    }
    const person = await call(outsiderDirector, 'GET', `/api/people/${personId}/relocation-aid`);
    expect(person.statusCode).toBe(404);
    // Nothing of theirs leaked into the outsider's queue.
    const queue = await call(outsiderDirector, 'GET', '/api/relocation-aid-requests?side=to_decide');
    expect(queue.json().items).toEqual([]);
    // Nothing was changed by those calls.
    const mine = await call(memberCounselor, 'GET', `/api/relocation-aid-requests/${approved}`);
    expect(mine.json()).toMatchObject({ status: 'approved', paidCents: 5_000, remainderCents: 15_000 });
  });

  it('pay an approval in parts, refuse a payment beyond it, and cancel what is left', async () => {
    const id = await fileMove(30_000);
    await call(ownerCoordinator, 'POST', `/api/relocation-aid-requests/${id}/decision`, {
      decision: 'approve',
      approvedCents: [30_000],
    });
    const url = `/api/relocation-aid-requests/${id}`;
    const advance = await call(ownerCoordinator, 'POST', `${url}/payment`, {
      paidOn: today(),
      method: 'cheque',
      amountCents: 10_000,
    });
    expect(advance.json()).toMatchObject({ amountCents: 10_000, remainderCents: 20_000 });
    const beyond = await call(ownerCoordinator, 'POST', `${url}/payment`, {
      paidOn: today(),
      method: 'cheque',
      amountCents: 20_001,
    });
    expect([beyond.statusCode, beyond.json().code]).toEqual([400, 'AID_PAYMENT_ABOVE_REMAINDER']);
    const cancelled = await call(ownerCoordinator, 'POST', `${url}/cancellation`, {
      cancelledOn: today(),
      reason: 'Le ménage renonce',
    });
    expect([cancelled.statusCode, cancelled.json()]).toEqual([201, { releasedCents: 20_000 }]);
    const read = await call(ownerCoordinator, 'GET', url);
    expect(read.json()).toMatchObject({
      status: 'cancelled',
      paidCents: 10_000,
      remainderCents: 0,
      cancellation: { releasedCents: 20_000, reason: 'Le ménage renonce' },
    });
    const again = await call(ownerCoordinator, 'POST', `${url}/cancellation`, {
      cancelledOn: today(),
      reason: 'x',
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'AID_APPROVAL_NOT_CANCELLABLE']);
  });
});
