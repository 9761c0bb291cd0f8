import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { restrictProcessing } from '../privacy/use-cases/restrict-processing.js';
import { loanFundJobHandlers, scheduleLoanReminderSweep } from './jobs.js';
import { getLoan } from './use-cases/get-loan.js';
import { recordPayment } from './use-cases/record-payment.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

async function drainQueue() {
  for (let i = 0; i < 5; i++) await runDueJobs(scene.deps, loanFundJobHandlers, { limit: 100 });
}

describe('payment reminders through the job queue', () => {
  it('reminds before the due date and when late, once per step, in the borrower’s language, and not once paid', async () => {
    const { deps, clock } = scene;
    clock.set('2026-02-10T09:00:00Z');
    const withEmail = await scene.givenActiveLoan({
      approvedCents: 90_000,
      termMonths: 3,
      email: 'borrower@example.test',
    });
    const paidAhead = await scene.givenActiveLoan({
      approvedCents: 90_000,
      termMonths: 3,
      email: 'early@example.test',
    });
    const noEmail = await scene.givenActiveLoan({ approvedCents: 90_000, termMonths: 3 });
    await recordPayment(deps)(scene.staff.referent, {
      loanId: paidAhead.loanId,
      idempotencyKey: 'paid-ahead-0001',
      amountCents: 30_000,
      receivedOn: '2026-02-10',
      method: 'cash',
    });

    clock.set('2026-03-08T09:00:00Z'); // the first installments fall due on 2026-03-10
    await scheduleLoanReminderSweep(deps);
    await drainQueue();
    expect(deps.mailer.messages.map((m) => [m.to, m.subject])).toEqual([
      [
        'borrower@example.test',
        expect.stringMatching(/^Rappel : échéance de votre prêt 2026-\d{4} le 10 mars 2026$/),
      ],
    ]);
    expect(deps.mailer.messages[0]?.text).toContain('300,00');

    await scheduleLoanReminderSweep(deps); // a second sweep the same day sends nothing again
    await drainQueue();
    expect(deps.mailer.messages).toHaveLength(1);

    clock.set('2026-03-27T09:00:00Z'); // 17 days late, the server was down for two weeks
    await drainQueue();
    expect(deps.mailer.messages).toHaveLength(2);
    expect(deps.mailer.messages[0]?.subject).toMatch(/^Échéance impayée de votre prêt/);

    const history = await getLoan(deps)(scene.staff.referent, { loanId: noEmail.loanId });
    expect(history.events.map((e) => e.kind)).toContain('reminder_not_sent_no_email');
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'person_id'])
      .where('action', '=', 'loan.reminder')
      .execute();
    expect(audited.map((a) => a.person_id)).toContain(withEmail.personId);
    const reminded = await getLoan(deps)(scene.staff.referent, { loanId: withEmail.loanId });
    expect(reminded.events.filter((e) => e.kind === 'reminder_sent')).toHaveLength(2);
  });
});

describe('payment reminders and the restriction of processing', () => {
  let restrictedDatabase: TestDatabase;
  let restrictedScene: Awaited<ReturnType<typeof givenLoanFundScene>>;
  beforeAll(async () => {
    restrictedDatabase = await createTestDatabase();
    restrictedScene = await givenLoanFundScene(restrictedDatabase);
  });
  afterAll(() => restrictedDatabase.close());

  it('sends no reminder to a person whose processing is restricted (GDPR art. 18), and says why on the loan', async () => {
    const { deps, clock } = restrictedScene;
    const restricted = await restrictedScene.givenActiveLoan({
      approvedCents: 60_000,
      termMonths: 2,
      email: 'contests.their.file@example.test',
    });
    await restrictProcessing(deps)(restrictedScene.staff.referent, {
      personId: restricted.personId,
      reason: 'Contests the accuracy of their file',
    });
    const before = deps.mailer.messages.length;
    clock.set('2026-03-08T09:00:00Z'); // two days before its first installment
    await scheduleLoanReminderSweep(deps);
    for (let i = 0; i < 5; i++) await runDueJobs(deps, loanFundJobHandlers, { limit: 100 });
    expect(
      deps.mailer.messages.slice(0, deps.mailer.messages.length - before).map((m) => m.to),
    ).not.toContain('contests.their.file@example.test');
    const history = await getLoan(deps)(restrictedScene.staff.referent, { loanId: restricted.loanId });
    expect(history.events.map((e) => e.kind)).toContain('reminder_not_sent_restricted');
  });
});
