import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { getLoan } from './get-loan.js';
import { listLoans } from './list-loans.js';
import { personLoans } from './person-loans.js';
import { recordPayment } from './record-payment.js';
import { writeOffLoan } from './write-off-loan.js';

/**
 * The fund's list, the loan page and the borrower's file tell the same story about a loan: closed
 * loans have no arrears (they are not "Current"), and the next installment is the coming one
 * everywhere (the page showed the overdue one while the list showed the following one).
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
let late: { loanId: string; personId: string };
let writtenOff: { loanId: string; personId: string };
let repaid: { loanId: string; personId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
  const { deps, staff } = scene;
  // Paid out on 10 February, six monthly installments from 10 March; today is 1 June.
  late = await scene.givenActiveLoan({ termMonths: 6 });
  writtenOff = await scene.givenActiveLoan({ termMonths: 6 });
  await writeOffLoan(deps)(staff.coordinator, {
    loanId: writtenOff.loanId,
    writtenOffOn: '2026-05-20',
    reason: 'Moved away, no address',
  });
  repaid = await scene.givenActiveLoan({ approvedCents: 60_000, termMonths: 1 });
  await recordPayment(deps)(staff.referent, {
    loanId: repaid.loanId,
    idempotencyKey: 'repaid-in-full',
    amountCents: 60_000,
    receivedOn: '2026-03-10',
    method: 'check',
  });
});
afterAll(() => database.close());

async function views(loanId: string, personId: string) {
  const { deps, staff, fundId } = scene;
  const page = await getLoan(deps)(staff.referent, { loanId });
  const list = await listLoans(deps)(staff.referent, { fundId, page: 1, pageSize: 100 });
  const file = await personLoans(deps)(staff.counselor, { personId });
  return {
    page,
    row: list.items.find((i) => i.id === loanId)!,
    onFile: file.loans.find((l) => l.id === loanId)!,
  };
}

describe("a loan's standing, the same on the list, the page and the file", () => {
  it('a late loan: the next installment is the coming one (10 June) everywhere, the overdue ones in arrears', async () => {
    const { page, row, onFile } = await views(late.loanId, late.personId);
    expect(page.nextInstallment?.dueOn).toBe('2026-06-10');
    expect(row.nextDueOn).toBe('2026-06-10');
    expect(onFile.nextDueOn).toBe('2026-06-10');
    // Unpaid since 10 March: 83 days on 1 June.
    for (const view of [page, row, onFile])
      expect(view).toMatchObject({ daysPastDue: 83, agingBucket: '61-90' });
  });

  it('a written-off loan has no arrears bucket and no next installment (it is not "Current")', async () => {
    const { page, row, onFile } = await views(writtenOff.loanId, writtenOff.personId);
    expect(page.status).toBe('written_off');
    for (const view of [page, row, onFile]) expect(view).toMatchObject({ daysPastDue: 0, agingBucket: null });
    expect(page.nextInstallment).toBeNull();
    expect(row.nextDueOn).toBeNull();
  });

  it('a repaid loan has no arrears bucket either', async () => {
    const { page, row, onFile } = await views(repaid.loanId, repaid.personId);
    expect(page.status).toBe('repaid');
    for (const view of [page, row, onFile]) expect(view).toMatchObject({ daysPastDue: 0, agingBucket: null });
  });

  it('filtering the list on "current" leaves the closed loans out', async () => {
    const { deps, staff, fundId } = scene;
    const current = await listLoans(deps)(staff.referent, {
      fundId,
      bucket: 'current',
      page: 1,
      pageSize: 100,
    });
    expect(current.items.map((i) => i.id)).not.toContain(writtenOff.loanId);
    expect(current.items.map((i) => i.id)).not.toContain(repaid.loanId);
  });
});
