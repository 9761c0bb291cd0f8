import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLines } from '../../../../test/support/pdf-text.js';
import { givenReportScene, type ReportScene } from '../../../../test/support/reports-files-matrix.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { produceReportFile, reportJobHandlers, scheduleReportFilesPurge } from '../jobs.js';
import { programReport } from './program-report.js';
import { queueReportFile, reportFileContent, reportFileStatus } from './report-files.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let scene: ReportScene;
const year = { from: '2026-01-01', to: '2026-12-31' };

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  scene = await givenReportScene(database, deps);
});
afterAll(() => database.close());

const runJobs = () => runDueJobs(deps, reportJobHandlers, { limit: 50 });
const spaced = (text: string) => text.replace(/[\u202F\u00A0\u2009]/g, ' ');

describe('report files produced in the background', () => {
  it('queues a file, runs it (queued → running → read → rendered → done) and lets its requester download it', async () => {
    const queued = await queueReportFile(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'pdf',
      lang: 'fr',
    });
    expect(queued).toMatchObject({ status: 'queued', progress: 0, period: year, format: 'pdf' });
    expect(new Date(queued.expiresAt).getTime() - clock.now().getTime()).toBe(7 * 86_400_000);

    // Progress as another reader sees it between the steps.
    const seen: [string, string, number][] = [];
    const [job] = await database.db
      .selectFrom('jobs')
      .select(['id', 'payload'])
      .where('kind', '=', 'reports.produce-file')
      .where('dedupe_key', '=', `reports.produce-file:${queued.id}`)
      .execute();
    await produceReportFile(deps, job!.payload, { attempts: 1 }, async (step) => {
      const status = await reportFileStatus(deps)(scene.coordinator, { id: queued.id });
      seen.push([step, status.status, status.progress]);
    });
    expect(seen).toEqual([
      ['running', 'running', 5],
      ['read', 'running', 60],
      ['rendered', 'running', 90],
      ['done', 'done', 100],
    ]);
    // The queue's own run finds the file done and leaves it so.
    await runJobs();
    const done = await reportFileStatus(deps)(scene.coordinator, { id: queued.id });
    expect(done).toMatchObject({ status: 'done', progress: 100, errorCode: null });
    expect(done.sizeBytes).toBeGreaterThan(1000);

    const file = await reportFileContent(deps)(scene.coordinator, { id: queued.id });
    expect(file.contentType).toBe('application/pdf');
    expect(file.filename.endsWith('.pdf')).toBe(true);
    const report = await programReport(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
    });
    const entries = report.sections.find((s) => s.indicator === 'new_entries')!.total.value;
    expect(textLines(file.body).map(spaced)).toContain(`Total : ${entries}`);
  });

  it('runs through the queue with runDueJobs, in any format', async () => {
    const queued = await queueReportFile(deps)(scene.director, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'csv',
      lang: 'en',
    });
    const summary = await runJobs();
    expect(summary.completed).toBeGreaterThanOrEqual(1);
    const file = await reportFileContent(deps)(scene.director, { id: queued.id });
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.body.toString('utf8')).toContain('Total');
  });

  it('lets staff of the organization who read the same report download it, not a funder nor another organization', async () => {
    const queued = await queueReportFile(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'xlsx',
    });
    // Not ready yet: its status reads, its content does not.
    await expect(reportFileContent(deps)(scene.coordinator, { id: queued.id })).rejects.toMatchObject({
      code: 'REPORT_FILE_NOT_READY',
    });
    await runJobs();
    await expect(reportFileContent(deps)(scene.director, { id: queued.id })).resolves.toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    for (const reader of [scene.funder, scene.outsider]) {
      await expect(reportFileStatus(deps)(reader, { id: queued.id })).rejects.toMatchObject({
        code: 'REPORT_FILE_NOT_FOUND',
      });
      await expect(reportFileContent(deps)(reader, { id: queued.id })).rejects.toMatchObject({
        code: 'REPORT_FILE_NOT_FOUND',
      });
    }
  });

  it("produces a funder's file with the funder's view, which staff cannot take for theirs", async () => {
    const queued = await queueReportFile(deps)(scene.funder, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'pdf',
      lang: 'en',
    });
    await runJobs();
    const file = await reportFileContent(deps)(scene.funder, { id: queued.id });
    expect(textLines(file.body).join('\n')).toContain('hidden (small group)');
    await expect(reportFileContent(deps)(scene.coordinator, { id: queued.id })).rejects.toMatchObject({
      code: 'REPORT_FILE_NOT_FOUND',
    });
  });

  it('fails the file, without retrying, when its requester has lost access by the time it runs', async () => {
    const reader = scene.director;
    const queued = await queueReportFile(deps)(reader, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'csv',
    });
    await database.db
      .updateTable('memberships')
      .set({ role: 'counselor' })
      .where('user_id', '=', reader.actor.userId)
      .execute();
    try {
      await runJobs();
      const row = await database.db
        .selectFrom('report_files')
        .select(['status', 'error_code', 'bytes'])
        .where('id', '=', queued.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'failed', error_code: 'FORBIDDEN', bytes: null });
    } finally {
      await database.db
        .updateTable('memberships')
        .set({ role: 'director' })
        .where('user_id', '=', reader.actor.userId)
        .execute();
    }
  });

  it('refuses a reader who may not read the program, and an unknown template', async () => {
    await expect(
      queueReportFile(deps)(scene.outsider, {
        programId: scene.programId,
        template: 'impulser_steering',
        format: 'pdf',
      }),
    ).rejects.toMatchObject({ code: 'REPORT_PROGRAM_NOT_FOUND' });
    await expect(
      queueReportFile(deps)(scene.coordinator, {
        programId: scene.programId,
        template: 'nope_nope',
        format: 'pdf',
      }),
    ).rejects.toMatchObject({ code: 'REPORT_TEMPLATE_NOT_FOUND' });
  });

  it('purges files past their seven days every night', async () => {
    const queued = await queueReportFile(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'csv',
    });
    await runJobs();
    clock.advance(7 * 86_400_000 + 60_000);
    try {
      // Expired: no longer readable even before the purge runs.
      await expect(reportFileStatus(deps)(scene.coordinator, { id: queued.id })).rejects.toMatchObject({
        code: 'REPORT_FILE_NOT_FOUND',
      });
      await scheduleReportFilesPurge(deps);
      await runJobs();
      const left = await database.db
        .selectFrom('report_files')
        .select('id')
        .where('id', '=', queued.id)
        .execute();
      expect(left).toEqual([]);
    } finally {
      clock.set('2026-11-20T09:00:00Z');
    }
  });
});
