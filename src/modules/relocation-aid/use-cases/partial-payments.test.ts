import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { trialBalance } from '../../../core/ledger/ledger.js';
import type { Deps } from '../../../core/use-case.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { aidFacts, relocationAidPersonData } from '../api.js';
import { aidChart } from '../domain/aid-ledger.js';
import { readAidBudget, recordAidAllocation } from './aid-budget.js';
import { addAidRules } from './aid-rules.js';
import { cancelAidApproval } from './cancel-aid-approval.js';
import { decideAidRequest } from './decide-aid-request.js';
import { fileAidRequest } from './file-aid-request.js';
import { payAidRequest } from './pay-aid-request.js';
import { readAidRequest } from './read-aid-requests.js';
import { reverseAidPayment } from './reverse-aid-payment.js';

/**
 * Paying an approval in parts (a trip advance, then the balance), reversing one payment, cancelling
 * an approval not fully paid: CFIQ files, PROMIS (the program's owner) decides and pays. The budget's
 * journal stays balanced and its figures exact to the cent; two payments at once never pay beyond
 * what was approved.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let cfiq: Staff;
let cfiqDirector: Staff;
let promis: Staff;
let programId: string;
let cfiqId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T14:00:00Z'));
  const db = database.db;
  const owner = await givenOrganization(db, { name: 'PROMIS', country: 'CA', timeZone: 'America/Toronto' });
  const member = await givenOrganization(db, { name: 'CFIQ', country: 'CA', timeZone: 'America/Toronto' });
  cfiqId = member.id;
  const consortium = await givenConsortium(db, owner.id, [owner.id, member.id]);
  cfiq = await givenStaff(db, member.id, 'counselor');
  cfiqDirector = await givenStaff(db, member.id, 'director');
  promis = await givenStaff(db, owner.id, 'coordinator');
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: owner.id,
      consortiumId: consortium.id,
      code: 'EER',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  await addAidRules(deps)(systemContext(), {
    programId,
    effectiveFrom: '2025-01-01',
    eligibleKinds: ['move_company', 'stay_transport'],
    tripCeilingCents: null,
    moveCeilingCents: null,
    householdCeilingCents: null,
    householdCeilingPeriod: 'program_year',
    maxTripsPerHousehold: null,
    reimbursedPercent: 100,
    receiptRequiredAboveCents: 10_000_000,
  });
  await recordAidAllocation(deps)(promis, {
    programId,
    year: 2026,
    funder: 'MIFI',
    amountCents: 1_000_000,
    allocatedOn: '2026-02-01',
  });
});
afterAll(() => database.close());

async function approvedMove(givenName: string, cents: number) {
  const personId = (await createPerson(deps)(cfiq, { identity: { givenName, familyName: 'Diallo' } })).id;
  const { id } = await fileAidRequest(deps)(cfiq, {
    programId,
    purpose: 'move',
    regionCode: '08',
    personId,
    lines: [{ kind: 'move_company', amountCents: cents }],
  });
  await decideAidRequest(deps)(promis, {
    requestId: id,
    body: { decision: 'approve', approvedCents: [cents] },
  });
  return { id, personId };
}

const position = async () => (await readAidBudget(deps)(promis, { programId, year: 2026 })).position;
const pay = (requestId: string, amountCents?: number) =>
  payAidRequest(deps)(promis, { requestId, paidOn: '2026-06-15', method: 'transfer', amountCents });

describe('an approval paid in parts', () => {
  it('pays an advance then the balance, never beyond, and reverses one payment', async () => {
    const before = await position();
    const { id } = await approvedMove('Awa', 72_000);
    const advance = await pay(id, 20_000);
    expect(advance).toMatchObject({ amountCents: 20_000, remainderCents: 52_000 });
    let view = await readAidRequest(deps)(promis, { requestId: id });
    expect(view).toMatchObject({ status: 'approved', paidCents: 20_000, remainderCents: 52_000 });
    expect(view.actions).toEqual(['pay', 'reverse', 'cancel']);
    expect(await position()).toMatchObject({
      cashCents: before.cashCents - 20_000,
      committedCents: before.committedCents + 52_000,
      paidCents: before.paidCents + 20_000,
    });
    await expect(pay(id, 52_001)).rejects.toMatchObject({ code: 'AID_PAYMENT_ABOVE_REMAINDER' });
    // No amount: the whole remainder, which settles the approval.
    expect(await pay(id)).toMatchObject({ amountCents: 52_000, remainderCents: 0 });
    view = await readAidRequest(deps)(cfiq, { requestId: id });
    expect(view).toMatchObject({ status: 'paid', paidCents: 72_000, remainderCents: 0 });
    await expect(pay(id, 1)).rejects.toMatchObject({ code: 'AID_REQUEST_NOT_PAYABLE' });

    const reversal = { requestId: id, reversedOn: '2026-06-15', reason: 'Virement retourné' };
    await expect(reverseAidPayment(deps)(promis, reversal)).rejects.toMatchObject({
      code: 'AID_PAYMENT_TO_REVERSE_REQUIRED',
    });
    await reverseAidPayment(deps)(promis, { ...reversal, paymentId: advance.paymentId });
    view = await readAidRequest(deps)(promis, { requestId: id });
    expect(view).toMatchObject({ status: 'approved', paidCents: 52_000, remainderCents: 20_000 });
    expect(view.payments.map((p) => [p.amountCents, p.reversedOn])).toEqual([
      [20_000, '2026-06-15'],
      [52_000, null],
    ]);
    await expect(
      reverseAidPayment(deps)(promis, { ...reversal, paymentId: advance.paymentId }),
    ).rejects.toMatchObject({ code: 'AID_PAYMENT_NOT_REVERSIBLE' });
    await pay(id);
    expect(await position()).toEqual({
      allocatedCents: before.allocatedCents,
      cashCents: before.cashCents - 72_000,
      committedCents: before.committedCents,
      paidCents: before.paidCents + 72_000,
      availableCents: before.availableCents - 72_000,
    });
    const budget = await readAidBudget(deps)(promis, { programId, year: 2026 });
    const tb = trialBalance(
      aidChart,
      budget.journal.flatMap((e) => e.lines),
    );
    expect(tb.reduce((s, b) => s + b.debitCents, 0)).toBe(tb.reduce((s, b) => s + b.creditCents, 0));
  });

  it('never pays beyond the approval when payments run at once', async () => {
    const before = await position();
    const { id } = await approvedMove('Moussa', 60_000);
    const payments = await Promise.allSettled([1, 2, 3].map(() => pay(id, 30_000)));
    expect(payments.filter((p) => p.status === 'fulfilled')).toHaveLength(2);
    for (const p of payments)
      if (p.status === 'rejected') expect(p.reason).toMatchObject({ code: 'AID_REQUEST_NOT_PAYABLE' });
    expect(await readAidRequest(deps)(promis, { requestId: id })).toMatchObject({
      status: 'paid',
      paidCents: 60_000,
    });
    expect(await position()).toMatchObject({
      cashCents: before.cashCents - 60_000,
      committedCents: before.committedCents,
    });
  });
});

describe('cancelling an approval not fully paid', () => {
  it('frees the unpaid remainder with its reason; what was paid and the history stay', async () => {
    const before = await position();
    const { id, personId } = await approvedMove('Fatou', 50_000);
    await pay(id, 15_000);
    const cancellation = {
      requestId: id,
      cancelledOn: '2026-06-15',
      reason: 'Le ménage renonce au déménagement',
    };
    await expect(cancelAidApproval(deps)(cfiqDirector, cancellation)).rejects.toMatchObject({
      code: 'AID_REQUEST_NOT_FOUND',
    });
    await expect(
      cancelAidApproval(deps)(promis, { ...cancellation, cancelledOn: '2026-06-16' }),
    ).rejects.toMatchObject({ code: 'AID_DAY_OUT_OF_RANGE' });
    expect(await cancelAidApproval(deps)(promis, cancellation)).toEqual({ releasedCents: 35_000 });
    const view = await readAidRequest(deps)(promis, { requestId: id });
    expect(view).toMatchObject({
      status: 'cancelled',
      approvedCents: 50_000,
      paidCents: 15_000,
      remainderCents: 0,
      cancellation: { cancelledOn: '2026-06-15', reason: cancellation.reason, releasedCents: 35_000 },
      actions: [],
    });
    expect(await position()).toMatchObject({
      cashCents: before.cashCents - 15_000,
      committedCents: before.committedCents,
      availableCents: before.availableCents - 15_000,
    });
    await expect(pay(id, 1)).rejects.toMatchObject({ code: 'AID_REQUEST_NOT_PAYABLE' });
    await expect(cancelAidApproval(deps)(promis, cancellation)).rejects.toMatchObject({
      code: 'AID_APPROVAL_NOT_CANCELLABLE',
    });
    await expect(
      reverseAidPayment(deps)(promis, { requestId: id, reversedOn: '2026-06-15', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'AID_APPROVAL_CANCELLED' });
    const budget = await readAidBudget(deps)(promis, { programId, year: 2026 });
    expect(budget.journal.filter((e) => e.requestId === id).map((e) => e.kind)).toEqual([
      'commitment',
      'payment',
      'cancellation',
    ]);
    // The figures count what the household was granted in the end: what was paid.
    const facts = await aidFacts(database.db, {
      organizationIds: [cfiqId],
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(facts.find((f) => f.requestId === id)).toMatchObject({ approvedCents: 15_000, paidCents: 15_000 });
    // The person's export shows it; anonymization erases its reason, amounts kept.
    const exported = await relocationAidPersonData.personDataFor(database.db, cfiqId, personId);
    expect(exported.relocationAid[0]).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: cancellation.reason, releasedCents: 35_000 },
    });
    await relocationAidPersonData.anonymizePersonData(database.db, cfiqId, personId);
    const after = await relocationAidPersonData.personDataFor(database.db, cfiqId, personId);
    expect(after.relocationAid[0]!.cancellation).toMatchObject({ reason: '—', releasedCents: 35_000 });
  });

  it('releases the whole approval when nothing was paid, and nothing of an approval fully paid', async () => {
    const before = await position();
    const unpaid = await approvedMove('Ousmane', 40_000);
    const paid = await approvedMove('Khady', 10_000);
    await pay(paid.id);
    const cancel = (requestId: string) =>
      cancelAidApproval(deps)(promis, { requestId, cancelledOn: '2026-06-15', reason: 'Séjour annulé' });
    expect(await cancel(unpaid.id)).toEqual({ releasedCents: 40_000 });
    await expect(cancel(paid.id)).rejects.toMatchObject({ code: 'AID_APPROVAL_NOT_CANCELLABLE' });
    expect(await position()).toMatchObject({
      committedCents: before.committedCents,
      availableCents: before.availableCents - 10_000,
    });
  });
});
