import type { Executor } from '../../../core/db/types.js';
import type { ReportFilesTable } from './tables.js';
import './tables.js';

export interface ReportFileRow {
  id: string;
  organizationId: string;
  requestedBy: string;
  programId: string;
  templateRef: string;
  periodFrom: string | null;
  periodTo: string | null;
  fundId: string | null;
  format: ReportFilesTable['format'];
  language: 'fr' | 'en' | null;
  audience: 'staff' | 'funder' | null;
  status: ReportFilesTable['status'];
  progress: number;
  filename: string | null;
  sizeBytes: number | null;
  errorCode: string | null;
  subscriptionId: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'requested_by as requestedBy',
  'program_id as programId',
  'template_ref as templateRef',
  'period_from as periodFrom',
  'period_to as periodTo',
  'fund_id as fundId',
  'format',
  'language',
  'audience',
  'status',
  'progress',
  'filename',
  'size_bytes as sizeBytes',
  'error_code as errorCode',
  'subscription_id as subscriptionId',
  'created_at as createdAt',
  'finished_at as finishedAt',
  'expires_at as expiresAt',
] as const;

/** Report files produced in the background; the bytes are read only when downloaded. */
export function reportFilesRepository(db: Executor) {
  return {
    find(id: string): Promise<ReportFileRow | undefined> {
      return db.selectFrom('report_files').select(columns).where('id', '=', id).executeTakeFirst();
    },
    async bytesOf(id: string, organizationId: string): Promise<Buffer | null> {
      const row = await db
        .selectFrom('report_files')
        .select('bytes')
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      return row?.bytes ? Buffer.from(row.bytes) : null;
    },
    async insert(row: {
      id: string;
      organizationId: string;
      requestedBy: string;
      programId: string;
      templateRef: string;
      period: { from: string; to: string } | null;
      fundId: string | null;
      format: ReportFilesTable['format'];
      language: 'fr' | 'en' | null;
      subscriptionId: string | null;
      at: Date;
      expiresAt: Date;
    }): Promise<void> {
      await db
        .insertInto('report_files')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          requested_by: row.requestedBy,
          program_id: row.programId,
          template_ref: row.templateRef,
          period_from: row.period?.from ?? null,
          period_to: row.period?.to ?? null,
          fund_id: row.fundId,
          format: row.format,
          language: row.language,
          audience: null,
          status: 'queued',
          progress: 0,
          filename: null,
          bytes: null,
          size_bytes: null,
          error_code: null,
          subscription_id: row.subscriptionId,
          created_at: row.at,
          finished_at: null,
          expires_at: row.expiresAt,
        })
        .execute();
    },
    /** Moves a file along while it is produced; never back from done or failed. */
    async progress(
      id: string,
      organizationId: string,
      change: { status: 'running' | 'queued'; progress: number },
    ): Promise<void> {
      await db
        .updateTable('report_files')
        .set({ status: change.status, progress: change.progress })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .where('status', 'in', ['queued', 'running'])
        .execute();
    },
    async done(
      id: string,
      organizationId: string,
      file: {
        filename: string;
        bytes: Buffer;
        audience: 'staff' | 'funder';
        language: 'fr' | 'en';
        at: Date;
      },
    ): Promise<void> {
      await db
        .updateTable('report_files')
        .set({
          status: 'done',
          progress: 100,
          filename: file.filename,
          bytes: file.bytes,
          size_bytes: file.bytes.length,
          audience: file.audience,
          language: file.language,
          finished_at: file.at,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    async failed(id: string, organizationId: string, errorCode: string, at: Date): Promise<void> {
      await db
        .updateTable('report_files')
        .set({ status: 'failed', error_code: errorCode, finished_at: at, bytes: null })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .where('status', '!=', 'done')
        .execute();
    },
    /** Deletes the files past their expiry; returns how many. */
    async purgeExpired(now: Date): Promise<number> {
      const deleted = await db
        .deleteFrom('report_files')
        .where('expires_at', '<=', now)
        .returning('id')
        .execute();
      return deleted.length;
    },
  };
}
