import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { loanFundJobHandlers, scheduleLoanReminderSweep } from './jobs.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
  await database.db.updateTable('organizations').set({ time_zone: 'America/Chicago' }).execute();
});
afterAll(() => database.close());

describe('loan reminders in the organization’s time zone', () => {
  it('counts the days to the due date from today where the borrower lives, not from UTC’s', async () => {
    const { deps, clock } = scene;
    clock.set('2026-02-10T15:00:00Z');
    await scene.givenActiveLoan({ approvedCents: 90_000, termMonths: 3, email: 'stl@example.test' });
    const drain = async () => {
      for (let i = 0; i < 5; i++) await runDueJobs(deps, loanFundJobHandlers, { limit: 100 });
    };
    // 7 March 02:00 UTC is 6 March 20:00 in St. Louis: the installment of 10 March is four days away.
    clock.set('2026-03-07T02:00:00Z');
    await scheduleLoanReminderSweep(deps, '2026-03-06');
    await drain();
    expect(deps.mailer.to('stl@example.test')).toEqual([]);
    // 8 March 02:00 UTC is 7 March there: three days away, the reminder goes out, dated in US style.
    clock.set('2026-03-08T02:00:00Z');
    await scheduleLoanReminderSweep(deps, '2026-03-07');
    await drain();
    expect(deps.mailer.to('stl@example.test').map((m) => m.subject)).toEqual([
      expect.stringMatching(/ le 10 mars 2026$|due March 10, 2026$/),
    ]);
  });
});
