import { auditWriter } from '../../core/audit/audit-log.js';
import type { RequestContext } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors.js';
import {
  enqueueJob,
  type JobHandlers,
  type RunningJob,
  scheduleDailyJob,
} from '../../core/jobs/job-queue.js';
import { dayInZone } from '../../core/time-zone.js';
import { timelinePublisher } from '../../core/timeline/timeline.js';
import type { Deps } from '../../core/use-case.js';
import { accountsApi } from '../accounts/api.js';
import { organizationsApi } from '../organizations/api.js';
import { addDays } from '../outcomes/domain/dates.js';
import { reportFilesRepository } from './adapters/report-files-repository.js';
import { formatDay } from './adapters/report-pdf-format.js';
import { subscriptionsRepository } from './adapters/subscriptions-repository.js';
import { previousPeriod } from './domain/report-period.js';
import { reportErrors } from './errors.js';
import { computeProgramReport } from './use-cases/program-report.js';
import { reportAccess, resolveTemplate } from './use-cases/report-access.js';
import { renderReportFile } from './use-cases/report-file.js';
import {
  actorOfUser,
  produceAttempts,
  produceReportFileKind,
  queueFile,
  reportFileMaxBytes,
} from './use-cases/report-files.js';
import { nextRunAfter, periodKindOf } from './use-cases/subscriptions.js';
import { subscriptionMail } from './use-cases/subscriptions-mail.js';

export const purgeReportFilesKind = 'reports.purge-files';
export const subscriptionSweepKind = 'reports.subscription-sweep';
export const subscriptionMailKind = 'reports.subscription-mail';
const purgeHourUtc = 2;
const sweepHourUtc = 6;

const utcDay = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

export function scheduleReportFilesPurge(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, purgeReportFilesKind, purgeHourUtc, day);
}

export function scheduleSubscriptionSweep(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, subscriptionSweepKind, sweepHourUtc, day);
}

const jobContext = (actor: RequestContext['actor'], kind: string): RequestContext => ({
  actor,
  requestId: `job:${kind}`,
  locale: actor?.locale ?? 'fr',
  ip: null,
});

/** Called after each step of a file's production (the tests read its progress there). */
export type ProgressObserver = (step: 'running' | 'read' | 'rendered' | 'done') => Promise<void>;

/**
 * Produces a queued report file for whoever asked, as the reader they are now (role, membership,
 * program access checked again): running at 5 %, 60 % once the records are read and the report
 * computed, 90 % once rendered, then done with its bytes (or failed with an error code: access lost,
 * too large, or the last attempt failing). Idempotent: a file done or failed is left alone.
 */
export async function produceReportFile(
  deps: Deps,
  payload: Record<string, unknown>,
  job: Pick<RunningJob, 'attempts'>,
  observe: ProgressObserver = async () => {},
): Promise<void> {
  const fileId = String(payload.fileId);
  const organizationId = String(payload.organizationId);
  const repo = reportFilesRepository(deps.db);
  const file = await repo.find(fileId);
  if (!file || file.organizationId !== organizationId || file.status === 'done' || file.status === 'failed')
    return;
  await repo.progress(fileId, organizationId, { status: 'running', progress: 5 });
  await observe('running');
  try {
    const actor = await actorOfUser(deps.db, file.requestedBy, organizationId);
    if (!actor) throw reportErrors.fileNotFound();
    const ctx = jobContext(actor, produceReportFileKind);
    const now = deps.clock.now();
    const input = {
      programId: file.programId,
      template: file.templateRef,
      ...(file.periodFrom !== null && { from: file.periodFrom }),
      ...(file.periodTo !== null && { to: file.periodTo }),
      ...(file.fundId !== null && { fundId: file.fundId }),
    };
    const { result, access } = await deps.db.transaction().execute((trx) =>
      computeProgramReport({
        input,
        ctx,
        trx,
        now,
        newId: deps.newId,
        audit: auditWriter(trx, () => now, deps.newId),
        timeline: timelinePublisher(trx, () => now, deps.newId),
        deps,
      }),
    );
    await repo.progress(fileId, organizationId, { status: 'running', progress: 60 });
    await observe('read');
    const rendered = await renderReportFile(result, file.format, file.language ?? undefined);
    await repo.progress(fileId, organizationId, { status: 'running', progress: 90 });
    await observe('rendered');
    if (rendered.body.length > reportFileMaxBytes)
      throw reportErrors.fileTooLarge({ megabytes: reportFileMaxBytes / 1024 / 1024 });
    await deps.db.transaction().execute(async (trx) => {
      const at = deps.clock.now();
      await reportFilesRepository(trx).done(fileId, organizationId, {
        filename: rendered.filename,
        bytes: rendered.body,
        audience: result.audience,
        language: rendered.language,
        at,
      });
      await auditWriter(trx, () => at, deps.newId).record({
        actorUserId: actor.userId,
        organizationId,
        subjectOrganizationId: access.program.organizationId,
        action: 'reports.file',
        resourceType: 'program',
        resourceId: file.programId,
        requestId: ctx.requestId,
        details: {
          template: file.templateRef,
          format: file.format,
          from: result.period.from,
          to: result.period.to,
          queued: true,
        },
      });
    });
    await observe('done');
  } catch (error) {
    const permanent = error instanceof AppError;
    if (permanent || job.attempts >= produceAttempts) {
      await repo.failed(
        fileId,
        organizationId,
        permanent ? error.code : 'REPORT_FILE_FAILED',
        deps.clock.now(),
      );
      // A refusal is the answer, not a failure of the job: it is not retried.
      if (permanent) return;
    } else await repo.progress(fileId, organizationId, { status: 'queued', progress: 0 });
    throw error;
  }
}

/** Every night: files past their seven days are deleted, bytes and all. */
async function purgeReportFiles(deps: Deps): Promise<void> {
  await reportFilesRepository(deps.db).purgeExpired(deps.clock.now());
  await scheduleReportFilesPurge(deps, addDays(utcDay(deps), 1));
}

/**
 * Every morning, each subscription whose day has come (in its organization's zone): the period just
 * ended (month or quarter) is queued as a file for each recipient still on the organization's staff
 * and still reading the program, and each gets a message, in their language, with a link to the
 * report page behind the login — never a figure. The subscription moves to its next run in the same
 * transaction, so that a run is sent once; a backlog (the server stopped for weeks) sends the latest
 * period only. Each message is a job of its own, enqueued in that transaction and sent after it commits:
 * a mail server failing on one recipient neither undoes the run nor sends the others twice.
 */
async function sweepSubscriptions(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const utcToday = utcDay(deps);
  const due = await subscriptionsRepository(deps.db).dueBy(addDays(utcToday, 1));
  const organizations = await organizationsApi(deps.db).listOrganizations([
    ...new Set(due.map((s) => s.organizationId)),
  ]);
  const zones = new Map(organizations.map((o) => [o.id, o.timeZone]));
  for (const candidate of due) {
    const today = dayInZone(now, zones.get(candidate.organizationId) ?? 'UTC');
    if (candidate.nextRunOn > today) continue;
    await deps.db.transaction().execute(async (trx) => {
      const repo = subscriptionsRepository(trx);
      const subscription = await repo.find(candidate.id, candidate.organizationId);
      if (!subscription?.active || subscription.nextRunOn !== candidate.nextRunOn) return;
      let next = nextRunAfter(subscription.cadence, subscription.nextRunOn);
      while (next <= today) next = nextRunAfter(subscription.cadence, next);
      const period = previousPeriod(periodKindOf(subscription.cadence), addDays(next, -1));
      if (!(await repo.advance(subscription, today, next))) return;
      const staff = new Set(
        (await organizationsApi(trx).staffOfOrganization(subscription.organizationId)).map((m) => m.userId),
      );
      const mailboxes = await accountsApi(trx).mailboxes(
        subscription.recipients.filter((id) => staff.has(id)),
      );
      let sent = 0;
      for (const [userId, mailbox] of mailboxes) {
        const actor = await actorOfUser(trx, userId, subscription.organizationId);
        if (!actor) continue;
        const ctx = jobContext(actor, subscriptionSweepKind);
        const access = await reportAccess(trx, ctx, subscription.programId, now).catch(() => null);
        const template = access
          ? await resolveTemplate(trx, access, subscription.templateRef).catch(() => null)
          : null;
        if (!access || !template) continue;
        const fileId = await queueFile(trx, deps.newId, now, {
          organizationId: subscription.organizationId,
          requestedBy: userId,
          programId: subscription.programId,
          templateRef: subscription.templateRef,
          period,
          fundId: null,
          format: subscription.format,
          language: subscription.language,
          subscriptionId: subscription.id,
        });
        const language = actor.locale === 'en' ? 'en' : 'fr';
        const link = new URL(
          `/programs/${subscription.programId}/reports/${encodeURIComponent(subscription.templateRef)}`,
          deps.publicUrl,
        );
        link.searchParams.set('from', period.from);
        link.searchParams.set('to', period.to);
        link.searchParams.set('file', fileId);
        const mail = subscriptionMail(language, {
          recipientName: mailbox.displayName,
          templateName: template.definition.name[language],
          programName: language === 'fr' ? access.program.nameFr : access.program.nameEn,
          from: formatDay(period.from, language),
          to: formatDay(period.to, language),
          cadence: subscription.cadence,
          link: link.toString(),
        });
        await enqueueJob(trx, {
          id: deps.newId(),
          kind: subscriptionMailKind,
          payload: { to: mailbox.email, ...mail, organizationId: subscription.organizationId },
          runAt: now,
          now,
          dedupeKey: `${subscriptionMailKind}:${subscription.id}:${period.from}:${userId}`,
        });
        sent += 1;
      }
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: subscription.organizationId,
        action: 'reports.subscription_run',
        resourceType: 'report_subscription',
        resourceId: subscription.id,
        requestId: `job:${subscriptionSweepKind}`,
        details: { from: period.from, to: period.to, recipients: subscription.recipients.length, sent },
      });
    });
  }
  await scheduleSubscriptionSweep(deps, addDays(utcToday, 1));
}

/**
 * One subscription message, as the sweep wrote it (a staff member's address, a link, no figure); a
 * failure is retried by the queue, for this recipient only.
 */
async function sendSubscriptionMail(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  await deps.mailer.send({
    to: String(payload.to),
    subject: String(payload.subject),
    text: String(payload.text),
    organizationId: String(payload.organizationId),
  });
}

export const reportJobHandlers: JobHandlers = {
  [produceReportFileKind]: (deps, payload, job) => produceReportFile(deps, payload, job),
  [purgeReportFilesKind]: purgeReportFiles,
  [subscriptionSweepKind]: sweepSubscriptions,
  [subscriptionMailKind]: sendSubscriptionMail,
};
