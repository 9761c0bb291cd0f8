import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { uuidv7 } from '../../../core/ids.js';
import '../adapters/tables.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { contributionEntry } from '../domain/ledger.js';
import { closePeriod } from './close-period.js';
import { createFund } from './create-fund.js';
import { decideApplication } from './decide-application.js';
import { disburse } from './disburse.js';
import { fileApplication } from './file-application.js';
import { getFund } from './get-fund.js';
import { getLoan } from './get-loan.js';
import { recordContribution } from './record-contribution.js';
import { recordPayment } from './record-payment.js';
import { refundCredit } from './refund-credit.js';
import { restructureLoan } from './restructure-loan.js';
import { reversePayment } from './reverse-payment.js';
import { writeOffLoan } from './write-off-loan.js';

/** Every journal entry is dated between what it depends on and today, outside any closed period. */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
let closing: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  // The scene's clock says 2026-06-01; loans are approved on 2026-02-05 and paid out on 2026-02-10.
  scene = await givenLoanFundScene(database);
  closing = await givenLoanFundScene(database);
});
afterAll(() => database.close());

/** What a refused request must leave unchanged: the loan's journal lines and its history. */
async function booksOf(loanId: string) {
  const [lines, events, loan] = await Promise.all([
    database.db.selectFrom('loan_journal_lines').select('entry_id').where('loan_id', '=', loanId).execute(),
    database.db.selectFrom('loan_events').select('id').where('loan_id', '=', loanId).execute(),
    database.db.selectFrom('loans').select(['status', 'closed_on']).where('id', '=', loanId).execute(),
  ]);
  return { lines: lines.length, events: events.length, loan };
}

async function fundEntries(fundId: string) {
  const rows = await database.db
    .selectFrom('loan_journal_entries')
    .select('id')
    .where('fund_id', '=', fundId)
    .execute();
  return rows.length;
}

async function approvedLoan(s: typeof scene) {
  const personId = await s.givenBorrower();
  const application = await fileApplication(s.deps)(s.staff.counselor, {
    fundId: s.fundId,
    productId: s.productId,
    personId,
    termMonths: 3,
    costs: [{ purpose: 'exam_fee', description: 'Exam', amountCents: 30_000, payee: 'Board' }],
    filedOn: '2026-02-01',
  });
  const { loanId } = await decideApplication(s.deps)(s.staff.coordinator, {
    applicationId: application.id,
    outcome: 'approve',
    approvedCents: 30_000,
    reasons: 'ok',
    decidedOn: '2026-02-05',
  });
  return loanId as string;
}

describe('back-dated entries on a loan', () => {
  it('refuses a write-off six years before the loan was paid out, names the earliest day, and writes nothing', async () => {
    const { deps, staff } = scene;
    const { loanId } = await scene.givenActiveLoan({ paidOn: '2026-02-10' });
    const before = await booksOf(loanId);
    const refusal = writeOffLoan(deps)(staff.coordinator, {
      loanId,
      writtenOffOn: '2020-02-10',
      reason: 'unreachable',
    });
    await expect(refusal).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT',
      status: 422,
      params: { date: '2026-02-10' },
    });
    expect(await booksOf(loanId)).toEqual(before);
    // On the day of the last movement it is accepted.
    const written = await writeOffLoan(deps)(staff.coordinator, {
      loanId,
      writtenOffOn: '2026-02-10',
      reason: 'unreachable',
    });
    expect(written.status).toBe('written_off');
  });

  // 1800-01-01 itself is refused by the contracts' date bounds (see the HTTP test); the rules hold inside them too.
  it('refuses 1901-01-01 for a write-off, a restructuring and a capital contribution to a fund started later', async () => {
    const { deps, staff, fundId } = scene;
    const { loanId } = await scene.givenActiveLoan();
    const before = await booksOf(loanId);
    const entriesBefore = await fundEntries(fundId);
    await expect(
      writeOffLoan(deps)(staff.coordinator, { loanId, writtenOffOn: '1901-01-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT' });
    await expect(
      restructureLoan(deps)(staff.coordinator, {
        loanId,
        termMonths: 6,
        firstDueOn: '2026-07-01',
        effectiveOn: '1901-01-01',
        note: 'hardship',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT', params: { date: '2026-02-10' } });
    const started = await createFund(deps)(staff.lenderDirector, {
      name: 'Fund started in 2019',
      currency: 'USD',
      startedOn: '2019-01-01',
    });
    const contribution = recordContribution(deps)(staff.lenderDirector, {
      fundId: started.id,
      kind: 'grant',
      contributor: 'Time traveller',
      amountCents: 100,
      receivedOn: '1901-01-01',
    });
    await expect(contribution).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_FUND_START',
      params: { date: '2019-01-01' },
    });
    expect(await fundEntries(started.id)).toBe(0);
    expect(await booksOf(loanId)).toEqual(before);
    expect(await fundEntries(fundId)).toBe(entriesBefore);
  });

  it('refuses a restructuring or a write-off before the last payment, and a refund of credit before it too', async () => {
    const { deps, staff } = scene;
    const { loanId } = await scene.givenActiveLoan({ approvedCents: 60_000, termMonths: 3 });
    await recordPayment(deps)(staff.referent, {
      loanId,
      idempotencyKey: 'dates-overpay-01',
      amountCents: 20_000,
      receivedOn: '2026-04-20',
      method: 'cash',
    });
    const before = await booksOf(loanId);
    await expect(
      restructureLoan(deps)(staff.coordinator, {
        loanId,
        termMonths: 6,
        firstDueOn: '2026-07-01',
        effectiveOn: '2026-04-19',
        note: 'hardship',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT', params: { date: '2026-04-20' } });
    await expect(
      writeOffLoan(deps)(staff.coordinator, { loanId, writtenOffOn: '2026-03-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT', params: { date: '2026-04-20' } });
    expect(await booksOf(loanId)).toEqual(before);

    const overpaid = await recordPayment(deps)(staff.referent, {
      loanId,
      idempotencyKey: 'dates-overpay-02',
      amountCents: 45_000,
      receivedOn: '2026-05-02',
      method: 'cash',
    });
    expect(overpaid.creditCents).toBe(5_000);
    await expect(
      refundCredit(deps)(staff.referent, { loanId, amountCents: 5_000, refundedOn: '2026-05-01' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT', params: { date: '2026-05-02' } });
    const refunded = await refundCredit(deps)(staff.referent, {
      loanId,
      amountCents: 5_000,
      refundedOn: '2026-05-02',
    });
    expect(refunded.creditCents).toBe(0);
  });

  it('refuses a disbursement before the approval, a payment before it, and a reversal before the payment', async () => {
    const { deps, staff } = scene;
    const loanId = await approvedLoan(scene);
    const tranche = (paidOn: string) =>
      disburse(deps)(staff.referent, {
        loanId,
        amountCents: 30_000,
        payeeKind: 'vendor',
        payeeName: 'Board',
        purpose: 'Exam',
        paidOn,
      });
    await expect(tranche('2026-02-04')).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT',
      params: { date: '2026-02-05' },
    });
    expect((await booksOf(loanId)).lines).toBe(0);
    await tranche('2026-02-05');
    const pay = (receivedOn: string, key: string) =>
      recordPayment(deps)(staff.referent, {
        loanId,
        idempotencyKey: key,
        amountCents: 10_000,
        receivedOn,
        method: 'check',
      });
    await expect(pay('2026-02-04', 'dates-early-pay')).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT',
      params: { date: '2026-02-05' },
    });
    const paid = await pay('2026-03-05', 'dates-good-pay1');
    const before = await booksOf(loanId);
    await expect(
      reversePayment(deps)(staff.referent, {
        loanId,
        paymentId: paid.paymentId,
        reason: 'bounced',
        reversedOn: '2026-03-04',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT', params: { date: '2026-03-05' } });
    expect(await booksOf(loanId)).toEqual(before);
  });

  it('refuses every kind of entry dated tomorrow, saying today is the latest day', async () => {
    const { deps, staff, fundId } = scene;
    const { loanId } = await scene.givenActiveLoan();
    const tomorrow = '2026-06-02';
    const attempts = [
      () =>
        recordPayment(deps)(staff.referent, {
          loanId,
          idempotencyKey: 'dates-tomorrow-1',
          amountCents: 100,
          receivedOn: tomorrow,
          method: 'cash',
        }),
      () => writeOffLoan(deps)(staff.coordinator, { loanId, writtenOffOn: tomorrow, reason: 'x' }),
      () =>
        restructureLoan(deps)(staff.coordinator, {
          loanId,
          termMonths: 6,
          firstDueOn: '2026-07-01',
          effectiveOn: tomorrow,
          note: 'x',
        }),
      () =>
        recordContribution(deps)(staff.lenderDirector, {
          fundId,
          kind: 'donation',
          contributor: 'Early bird',
          amountCents: 100,
          receivedOn: tomorrow,
        }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({
        code: 'LOAN_DATE_IN_FUTURE',
        params: { date: '2026-06-01' },
      });
    }
  });

  it('refuses capital received before the fund started, and accepts it from that day', async () => {
    const { deps, staff, partner } = scene;
    const { id: fundId } = await createFund(deps)(staff.lenderDirector, {
      name: 'Fund started in 2026',
      currency: 'USD',
      participatingOrganizationIds: [partner.id],
      startedOn: '2026-01-01',
    });
    const receive = (receivedOn: string) =>
      recordContribution(deps)(staff.lenderDirector, {
        fundId,
        kind: 'grant',
        contributor: 'City',
        amountCents: 1_000,
        receivedOn,
      });
    await expect(receive('2025-12-31')).rejects.toMatchObject({
      code: 'LOAN_DATE_BEFORE_FUND_START',
      params: { date: '2026-01-01' },
    });
    expect(await fundEntries(fundId)).toBe(0);
    await receive('2026-01-01');
    expect(await getFund(deps)(staff.lenderDirector, { fundId })).toMatchObject({
      startedOn: '2026-01-01',
      closedThrough: null,
    });
    await expect(
      createFund(deps)(staff.lenderDirector, {
        name: 'Fund from the 19th century',
        currency: 'USD',
        startedOn: '1899-12-31',
      }),
    ).rejects.toMatchObject({ name: 'ZodError' });
  });
});

describe('closing a period of the books', () => {
  it('lets the committee close through a month end; nothing may then be dated on or before it', async () => {
    const { deps, staff, fundId } = closing;
    const { loanId } = await closing.givenActiveLoan({ paidOn: '2026-02-10' });
    expect(await closePeriod(deps)(staff.coordinator, { fundId, closedThrough: '2026-03-31' })).toEqual({
      closedThrough: '2026-03-31',
    });
    expect(await getFund(deps)(staff.referent, { fundId })).toMatchObject({ closedThrough: '2026-03-31' });

    const before = await booksOf(loanId);
    const entriesBefore = await fundEntries(fundId);
    const pay = (receivedOn: string, key: string) =>
      recordPayment(deps)(staff.referent, {
        loanId,
        idempotencyKey: key,
        amountCents: 10_000,
        receivedOn,
        method: 'check',
      });
    const refused = pay('2026-03-31', 'closed-pay-0001');
    await expect(refused).rejects.toMatchObject({
      code: 'LOAN_FUND_PERIOD_CLOSED',
      status: 422,
      params: { closedThrough: '2026-03-31', date: '2026-04-01' },
    });
    await expect(
      writeOffLoan(deps)(staff.coordinator, { loanId, writtenOffOn: '2026-03-15', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_PERIOD_CLOSED' });
    await expect(
      recordContribution(deps)(staff.lenderDirector, {
        fundId,
        kind: 'grant',
        contributor: 'Late grant',
        amountCents: 100,
        receivedOn: '2026-01-15',
      }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_PERIOD_CLOSED', params: { date: '2026-04-01' } });
    expect(await booksOf(loanId)).toEqual(before);
    expect(await fundEntries(fundId)).toBe(entriesBefore);

    const paid = await pay('2026-04-01', 'closed-pay-0002');
    expect(paid.payments).toHaveLength(1);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['actor_user_id'])
      .where('action', '=', 'loan_fund.close_period')
      .where('resource_id', '=', fundId)
      .execute();
    expect(audit).toEqual([{ actor_user_id: staff.coordinator.actor.userId }]);
  });

  it('never reopens a period, never closes the future, and is the committee’s alone', async () => {
    const { deps, staff, fundId } = closing;
    await expect(
      closePeriod(deps)(staff.coordinator, { fundId, closedThrough: '2026-02-28' }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_PERIOD_ALREADY_CLOSED', status: 409 });
    await expect(
      closePeriod(deps)(staff.coordinator, { fundId, closedThrough: '2026-06-02' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_IN_FUTURE' });
    await expect(
      closePeriod(deps)(staff.referent, { fundId, closedThrough: '2026-04-30' }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_ACTION_NOT_ALLOWED' });
    await expect(
      closePeriod(deps)(staff.outsiderCoordinator, { fundId, closedThrough: '2026-04-30' }),
    ).rejects.toMatchObject({ code: 'LOAN_FUND_NOT_FOUND' });
    expect((await getFund(deps)(staff.referent, { fundId })).closedThrough).toBe('2026-03-31');
  });

  it('keeps the journal out of a closed period even for code that forgets to ask (database trigger)', async () => {
    const { fundId, staff } = closing;
    const entriesBefore = await fundEntries(fundId);
    await expect(
      database.db.transaction().execute((trx) =>
        ledgerRepository(trx).post(
          {
            id: uuidv7(),
            fundId,
            organizationId: closing.lender.id,
            occurredOn: '2026-03-01',
            kind: 'contribution',
            loanId: null,
            memo: 'bypassing the use case',
            recordedBy: staff.lenderDirector.actor.userId,
            now: new Date(),
          },
          contributionEntry('grant', 100),
        ),
      ),
    ).rejects.toThrow(/closed period/);
    expect(await fundEntries(fundId)).toBe(entriesBefore);
  });
});

describe('a loan read after refusals', () => {
  it('still shows only what was accepted', async () => {
    const { deps, staff } = scene;
    const { loanId } = await scene.givenActiveLoan();
    await expect(
      writeOffLoan(deps)(staff.coordinator, { loanId, writtenOffOn: '2019-01-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'LOAN_DATE_BEFORE_LAST_MOVEMENT' });
    const loan = await getLoan(deps)(staff.referent, { loanId });
    expect(loan.status).toBe('active');
    expect(loan.events.map((e) => e.kind)).toEqual(['disbursed', 'approved']);
  });
});
