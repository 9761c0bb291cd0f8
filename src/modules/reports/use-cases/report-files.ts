import { z } from 'zod';
import type { Actor, RequestContext } from '../../../core/auth/actor.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { enqueueJob } from '../../../core/jobs/job-queue.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ReportFileRow, reportFilesRepository } from '../adapters/report-files-repository.js';
import { reportErrors } from '../errors.js';
import { reportPeriod } from './compute-report.js';
import { reportInput } from './program-report.js';
import { reportAccess, resolveTemplate } from './report-access.js';
import { reportFileFormats } from './report-file.js';

export const produceReportFileKind = 'reports.produce-file';
/** A produced file is kept this long for download, then purged. */
export const reportFileLifetimeDays = 7;
/** Beyond this a file is not kept (a report is a few hundred kilobytes; this is a runaway). */
export const reportFileMaxBytes = 20 * 1024 * 1024;
/** Attempts of the job before the file is marked failed. */
export const produceAttempts = 3;

const dayMs = 86_400_000;

/**
 * Who asked for a file, as the actor they are now in the file's organization (role and consortia of
 * today), or null when they are no longer a member or their account is disabled.
 */
export async function actorOfUser(
  db: Executor,
  userId: string,
  organizationId: string,
): Promise<Actor | null> {
  const organizations = organizationsApi(db);
  const [memberships, consortia, mailboxes] = await Promise.all([
    organizations.membershipsOfUser(userId),
    organizations.consortiaOfOrganization(organizationId),
    accountsApi(db).mailboxes([userId]),
  ]);
  const membership = memberships.find((m) => m.organizationId === organizationId);
  const account = mailboxes.get(userId);
  if (!membership || !account) return null;
  const organization = await organizations.findOrganization(organizationId);
  return {
    userId,
    sessionId: 'job',
    displayName: account.displayName,
    organizationId,
    role: membership.role as Role,
    consortiumIds: consortia.map((c) => c.id),
    coordinatedConsortiumIds: consortia
      .filter((c) => c.coordinatingOrganizationId === organizationId)
      .map((c) => c.id),
    locale: organization?.defaultLocale === 'en' ? 'en' : 'fr',
  };
}

/** Creates a queued file and its job, in the caller's transaction. */
export async function queueFile(
  db: Executor,
  newId: () => string,
  now: Date,
  file: {
    organizationId: string;
    requestedBy: string;
    programId: string;
    templateRef: string;
    period: { from: string; to: string } | null;
    fundId: string | null;
    format: (typeof reportFileFormats)[number];
    language: 'fr' | 'en' | null;
    subscriptionId: string | null;
  },
): Promise<string> {
  const id = newId();
  await reportFilesRepository(db).insert({
    id,
    ...file,
    at: now,
    expiresAt: new Date(now.getTime() + reportFileLifetimeDays * dayMs),
  });
  await enqueueJob(db, {
    id: newId(),
    kind: produceReportFileKind,
    // Ids only: the job reads the file's row.
    payload: { fileId: id, organizationId: file.organizationId },
    runAt: now,
    now,
    dedupeKey: `${produceReportFileKind}:${id}`,
    maxAttempts: produceAttempts,
  });
  return id;
}

export const queueReportFileInput = reportInput.extend({
  format: z.enum(reportFileFormats),
  lang: z.enum(['fr', 'en']).optional(),
});

/**
 * Queues a report's file, produced in the background for the caller (`reports.produce-file`): access
 * to the program and the template are checked now, and again when it runs and when it is downloaded.
 */
export const queueReportFile = defineUseCase(
  queueReportFileInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    const template = await resolveTemplate(trx, access, input.template);
    const period = reportPeriod(template, input, access.today);
    const id = await queueFile(trx, newId, now, {
      organizationId: access.actor.organizationId,
      requestedBy: access.actor.userId,
      programId: access.program.id,
      templateRef: template.ref,
      period,
      fundId: input.fundId ?? null,
      format: input.format,
      language: input.lang ?? null,
      subscriptionId: null,
    });
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.program.organizationId,
      action: 'reports.file_queued',
      resourceType: 'report_file',
      resourceId: id,
      requestId: ctx.requestId,
      details: { template: template.ref, format: input.format, from: period.from, to: period.to },
    });
    return presentFile((await reportFilesRepository(trx).find(id))!);
  },
);

/**
 * A file its reader may still read: the caller's organization's, asked by the caller or read by a
 * colleague who reads the same report (the program today, and the same view: a funder never reads a
 * staff file, nor staff a file made while they were a funder). Anything else is not found.
 */
async function readableFile(
  trx: Executor,
  ctx: RequestContext,
  id: string,
  now: Date,
): Promise<ReportFileRow> {
  const actor = requireActor(ctx);
  // A role that never reads figures is refused as such; beyond that, what it may not read is not found.
  requireRole(actor, figuresRoles);
  const file = await reportFilesRepository(trx).find(id);
  if (!file || file.organizationId !== actor.organizationId || file.expiresAt <= now)
    throw reportErrors.fileNotFound();
  const access = await reportAccess(trx, ctx, file.programId, now).catch(() => null);
  if (!access) throw reportErrors.fileNotFound();
  const audience = actor.role === 'funder' ? 'funder' : 'staff';
  if (file.requestedBy !== actor.userId && file.audience !== audience) throw reportErrors.fileNotFound();
  if (file.audience !== null && file.audience !== audience) throw reportErrors.fileNotFound();
  return file;
}

export function presentFile(file: ReportFileRow) {
  return {
    id: file.id,
    programId: file.programId,
    template: file.templateRef,
    period: file.periodFrom && file.periodTo ? { from: file.periodFrom, to: file.periodTo } : null,
    format: file.format,
    language: file.language,
    status: file.status,
    progress: file.progress,
    filename: file.filename,
    sizeBytes: file.sizeBytes,
    errorCode: file.errorCode,
    createdAt: file.createdAt.toISOString(),
    finishedAt: file.finishedAt?.toISOString() ?? null,
    expiresAt: file.expiresAt.toISOString(),
  };
}

const fileIdInput = z.object({ id: z.uuid() });

/** A queued file's status and progress. */
export const reportFileStatus = defineUseCase(fileIdInput, async ({ input, ctx, trx, now }) =>
  presentFile(await readableFile(trx, ctx, input.id, now)),
);

const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** A produced file's bytes, access checked again; audited as the report's file is. */
export const reportFileContent = defineUseCase(fileIdInput, async ({ input, ctx, trx, now, audit }) => {
  const file = await readableFile(trx, ctx, input.id, now);
  if (file.status !== 'done') throw reportErrors.fileNotReady();
  const body = await reportFilesRepository(trx).bytesOf(file.id, file.organizationId);
  if (!body) throw reportErrors.fileNotReady();
  const actor = requireActor(ctx);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: file.organizationId,
    action: 'reports.file_download',
    resourceType: 'report_file',
    resourceId: file.id,
    requestId: ctx.requestId,
    details: { template: file.templateRef, format: file.format, from: file.periodFrom, to: file.periodTo },
  });
  return { filename: file.filename ?? `report.${file.format}`, body, contentType: mediaTypes[file.format] };
});
