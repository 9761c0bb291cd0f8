import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { givenReportScene, type ReportScene } from '../../../../test/support/reports-files-matrix.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { reportJobHandlers, scheduleSubscriptionSweep } from '../jobs.js';
import { programReport } from './program-report.js';
import { reportFileStatus } from './report-files.js';
import {
  cancelReportSubscription,
  createReportSubscription,
  listReportSubscriptions,
  nextRunAfter,
} from './subscriptions.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let scene: ReportScene;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  scene = await givenReportScene(database, deps);
});
afterAll(() => database.close());

const sweep = async () => {
  await scheduleSubscriptionSweep(deps);
  for (let i = 0; i < 3; i++) await runDueJobs(deps, reportJobHandlers, { limit: 50 });
};

const emailOf = async (userId: string) =>
  (await database.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow())
    .email;

describe('when a subscription is sent', () => {
  it('runs on the first day after each month or quarter', () => {
    expect(nextRunAfter('monthly', '2026-11-20')).toBe('2026-12-01');
    expect(nextRunAfter('monthly', '2026-12-01')).toBe('2027-01-01');
    expect(nextRunAfter('quarterly', '2026-11-20')).toBe('2027-01-01');
    expect(nextRunAfter('quarterly', '2027-01-01')).toBe('2027-04-01');
  });
});

describe('report subscriptions', () => {
  let monthlyId = '';

  it('are created by a role that configures programs, for staff of its organization only', async () => {
    const created = await createReportSubscription(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      cadence: 'monthly',
      recipients: [scene.director.actor.userId, scene.funder.actor.userId],
      language: 'fr',
    });
    monthlyId = created.id;
    expect(created).toMatchObject({ nextRunOn: '2026-12-01', active: true, format: 'pdf', lastRunOn: null });
    await expect(
      createReportSubscription(deps)(scene.coordinator, {
        programId: scene.programId,
        template: 'impulser_steering',
        cadence: 'monthly',
        recipients: [scene.outsider.actor.userId],
        language: 'fr',
      }),
    ).rejects.toMatchObject({ code: 'REPORT_RECIPIENT_NOT_STAFF' });
    await expect(
      createReportSubscription(deps)(scene.funder, {
        programId: scene.programId,
        template: 'impulser_steering',
        cadence: 'monthly',
        recipients: [scene.funder.actor.userId],
        language: 'fr',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { items } = await listReportSubscriptions(deps)(scene.coordinator, { programId: scene.programId });
    expect(items.map((s) => s.id)).toEqual([monthlyId]);
    await expect(
      listReportSubscriptions(deps)(scene.outsider, { programId: scene.programId }),
    ).rejects.toMatchObject({ code: 'REPORT_PROGRAM_NOT_FOUND' });
  });

  it('sends nothing before their day', async () => {
    await sweep();
    expect(deps.mailer.messages).toEqual([]);
  });

  it('on their day, queue the last complete period for each recipient and mail each a login-gated link, no figures', async () => {
    const cancelled = await createReportSubscription(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      cadence: 'monthly',
      recipients: [scene.coordinator.actor.userId],
      language: 'en',
    });
    await cancelReportSubscription(deps)(scene.coordinator, {
      programId: scene.programId,
      subscriptionId: cancelled.id,
    });

    clock.set('2026-12-01T08:00:00Z');
    await sweep();
    const messages = deps.mailer.messages;
    expect(messages.map((m) => m.to).sort()).toEqual(
      [await emailOf(scene.director.actor.userId), await emailOf(scene.funder.actor.userId)].sort(),
    );
    // The cancelled subscription's recipient got nothing.
    expect(deps.mailer.to(await emailOf(scene.coordinator.actor.userId))).toEqual([]);

    const report = await programReport(deps)(scene.director, {
      programId: scene.programId,
      template: 'impulser_steering',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const figures = report.sections.flatMap((s) => [s.total, ...s.rows.map((r) => r.cell)]);
    for (const message of messages) {
      expect(message.subject).toBe('Rapport disponible : impulseR — comité de pilotage — impulseR');
      expect(message.text).toContain('du 1 novembre 2026 au 30 novembre 2026');
      const link = message.text.split('\n').find((line) => line.startsWith('http'))!;
      const url = new URL(link);
      expect(url.origin).toBe('http://passerelle.test');
      expect(url.pathname).toBe(`/programs/${scene.programId}/reports/impulser_steering`);
      expect(url.searchParams.get('from')).toBe('2026-11-01');
      expect(url.searchParams.get('to')).toBe('2026-11-30');
      // A page of the application (behind the login), not a file nor a token that opens without it.
      expect(url.pathname.startsWith('/api/')).toBe(false);
      expect(url.search).not.toMatch(/token|key|secret/i);
      // No figure of the report: the body's only digits are the dates and the link's.
      const words = message.text
        .replace(link, '')
        .replace(/1 novembre 2026|30 novembre 2026/g, '')
        .replace(/^Bonjour .*,$/m, '');
      expect(words).not.toMatch(/\d/);
      for (const cell of figures) if (cell.value !== null) expect(words).not.toContain(String(cell.value));
      expect(message.attachments).toBeUndefined();
      // The file queued for this recipient, in their view, for November.
      const fileId = url.searchParams.get('file')!;
      const recipient =
        message.to === (await emailOf(scene.funder.actor.userId)) ? scene.funder : scene.director;
      const file = await reportFileStatus(deps)(recipient, { id: fileId });
      expect(file).toMatchObject({ status: 'done', period: { from: '2026-11-01', to: '2026-11-30' } });
    }

    // Moved to its next run: the same day's sweep again sends nothing more.
    const { items } = await listReportSubscriptions(deps)(scene.coordinator, { programId: scene.programId });
    expect(items.find((s) => s.id === monthlyId)).toMatchObject({
      nextRunOn: '2027-01-01',
      lastRunOn: '2026-12-01',
    });
    expect(items.find((s) => s.id === cancelled.id)).toMatchObject({ active: false });
    const sent = messages.length;
    await sweep();
    expect(deps.mailer.messages.length).toBe(sent);
  });

  it('write in the language of the recipient’s organization, and skip a recipient no longer on its staff', async () => {
    await database.db
      .updateTable('organizations')
      .set({ default_locale: 'en' })
      .where('id', '=', scene.organizationId)
      .execute();
    await database.db
      .deleteFrom('memberships')
      .where('user_id', '=', scene.funder.actor.userId)
      .where('organization_id', '=', scene.organizationId)
      .execute();
    deps.mailer.messages.length = 0;
    clock.set('2027-01-01T08:00:00Z');
    await sweep();
    expect(deps.mailer.messages.map((m) => m.to)).toEqual([await emailOf(scene.director.actor.userId)]);
    const [message] = deps.mailer.messages;
    expect(message?.subject).toBe('Report ready: impulseR — steering committee — impulseR');
    expect(message?.text).toContain('for December 1, 2026 to December 31, 2026, is ready.');
    expect(message?.text).toContain('sign in to Passerelle');
  });

  it('keep the run when the mail server fails, and retry that message alone', async () => {
    deps.mailer.messages.length = 0;
    const send = vi.spyOn(deps.mailer, 'send').mockRejectedValueOnce(new Error('mail server unavailable'));
    clock.set('2027-02-01T08:00:00Z');
    await sweep();
    expect(send).toHaveBeenCalledTimes(1);
    expect(deps.mailer.messages).toEqual([]);
    // The run happened all the same: its file is queued, the subscription moved on.
    const { items } = await listReportSubscriptions(deps)(scene.coordinator, { programId: scene.programId });
    expect(items.find((s) => s.active && s.cadence === 'monthly')).toMatchObject({
      lastRunOn: '2027-02-01',
      nextRunOn: '2027-03-01',
    });
    // The queue retries the message after its delay, once.
    clock.set('2027-02-01T08:05:00Z');
    for (let i = 0; i < 2; i++) await runDueJobs(deps, reportJobHandlers, { limit: 50 });
    expect(deps.mailer.messages.map((m) => m.to)).toEqual([await emailOf(scene.director.actor.userId)]);
    expect(deps.mailer.messages[0]?.text).toContain('January 1, 2027 to January 31, 2027');
    send.mockRestore();
  });
});
