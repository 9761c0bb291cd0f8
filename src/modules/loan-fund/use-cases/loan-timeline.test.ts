import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { decideApplication } from './decide-application.js';
import { fileApplication } from './file-application.js';
import { recordPayment } from './record-payment.js';
import { writeOffLoan } from './write-off-loan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

const loanEvents = async (personId: string) =>
  (await listPersonTimeline(scene.deps)(scene.staff.counselor, { personId, modules: ['loan-fund'] })).items;

describe("a loan on the borrower's timeline", () => {
  it('tells the application, the approval, the payout and the repayment, on their days and without amounts', async () => {
    const { deps, staff } = scene;
    const { loanId, personId } = await scene.givenActiveLoan({ approvedCents: 90_000, termMonths: 3 });
    for (const [n, receivedOn] of [
      [1, '2026-03-10'],
      [2, '2026-04-10'],
      [3, '2026-05-10'],
    ] as const) {
      await recordPayment(deps)(staff.referent, {
        loanId,
        idempotencyKey: `timeline-payment-${n}`,
        amountCents: 30_000,
        receivedOn,
        method: 'check',
      });
    }
    const events = await loanEvents(personId);
    expect(events.map((e) => [e.kind, e.occurredAt.slice(0, 10), e.allDay])).toEqual([
      ['loan.repaid', '2026-05-10', true],
      ['loan.disbursed', '2026-02-10', true],
      ['loan.decided', '2026-02-05', true],
      ['loan.application_filed', '2026-02-01', true],
    ]);
    expect(events.find((e) => e.kind === 'loan.decided')).toMatchObject({
      resourceType: 'loan',
      resourceId: loanId,
      data: { outcome: 'approved', fund: 'Re-credentialing Loan Fund' },
    });
    expect(events.find((e) => e.kind === 'loan.disbursed')?.data).toMatchObject({ tranche: 1 });
    const reference = events[0]?.data.reference;
    expect(reference).toMatch(/^2026-\d{4}$/);
    for (const event of events) {
      expect(event.data.reference).toBe(reference);
      expect(Object.keys(event.data).some((k) => /cents|amount/i.test(k))).toBe(false);
    }
  });

  it('tells a declined application and a write-off', async () => {
    const { deps, staff, fundId, productId } = scene;
    const personId = await scene.givenBorrower('Yonas', 'Tesfaye');
    const application = await fileApplication(deps)(staff.counselor, {
      fundId,
      productId,
      personId,
      termMonths: 6,
      costs: [{ purpose: 'course', description: 'Course', amountCents: 50_000 }],
      filedOn: '2026-03-01',
    });
    await decideApplication(deps)(staff.coordinator, {
      applicationId: application.id,
      outcome: 'decline',
      reasons: 'The course is not accredited',
      decidedOn: '2026-03-03',
    });
    expect((await loanEvents(personId)).map((e) => [e.kind, e.resourceType, e.data.outcome ?? null])).toEqual(
      [
        ['loan.decided', 'loan_application', 'declined'],
        ['loan.application_filed', 'loan_application', null],
      ],
    );

    const active = await scene.givenActiveLoan();
    await writeOffLoan(deps)(staff.coordinator, {
      loanId: active.loanId,
      writtenOffOn: '2026-05-20',
      reason: 'The borrower left the country',
    });
    const [last] = await loanEvents(active.personId);
    expect(last).toMatchObject({ kind: 'loan.written_off', occurredAt: '2026-05-20T12:00:00.000Z' });
    expect(JSON.stringify(last?.data)).not.toContain('country');
  });

  it("stays with the organization that follows the borrower, not the lender's", async () => {
    const { personId } = await scene.givenActiveLoan();
    await expect(
      listPersonTimeline(scene.deps)(scene.staff.lenderDirector, { personId }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});
