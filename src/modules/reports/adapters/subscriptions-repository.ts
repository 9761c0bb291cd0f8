import type { Executor } from '../../../core/db/types.js';
import type { ReportSubscriptionsTable } from './tables.js';
import './tables.js';

export interface SubscriptionRow {
  id: string;
  organizationId: string;
  programId: string;
  templateRef: string;
  cadence: ReportSubscriptionsTable['cadence'];
  recipients: string[];
  format: ReportSubscriptionsTable['format'];
  language: 'fr' | 'en';
  createdBy: string;
  createdAt: Date;
  nextRunOn: string;
  lastRunOn: string | null;
  active: boolean;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'program_id as programId',
  'template_ref as templateRef',
  'cadence',
  'recipients',
  'format',
  'language',
  'created_by as createdBy',
  'created_at as createdAt',
  'next_run_on as nextRunOn',
  'last_run_on as lastRunOn',
  'active',
] as const;

export function subscriptionsRepository(db: Executor) {
  return {
    find(id: string, organizationId: string): Promise<SubscriptionRow | undefined> {
      return db
        .selectFrom('report_subscriptions')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },
    ofProgram(programId: string, organizationId: string): Promise<SubscriptionRow[]> {
      return db
        .selectFrom('report_subscriptions')
        .select(columns)
        .where('program_id', '=', programId)
        .where('organization_id', '=', organizationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    /** Active subscriptions whose next run is on or before `day` (every organization). */
    dueBy(day: string): Promise<SubscriptionRow[]> {
      return db
        .selectFrom('report_subscriptions')
        .select(columns)
        .where('active', '=', true)
        .where('next_run_on', '<=', day)
        .orderBy('next_run_on')
        .orderBy('id')
        .execute();
    },
    async insert(row: Omit<SubscriptionRow, 'lastRunOn' | 'active'>): Promise<void> {
      await db
        .insertInto('report_subscriptions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          template_ref: row.templateRef,
          cadence: row.cadence,
          recipients: JSON.stringify(row.recipients),
          format: row.format,
          language: row.language,
          created_by: row.createdBy,
          created_at: row.createdAt,
          next_run_on: row.nextRunOn,
          last_run_on: null,
          cancelled_by: null,
          cancelled_at: null,
        })
        .execute();
    },
    async cancel(id: string, organizationId: string, userId: string, at: Date): Promise<void> {
      await db
        .updateTable('report_subscriptions')
        .set({ active: false, cancelled_by: userId, cancelled_at: at })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /**
     * Moves a due subscription to its next run; false when another sweep did it first (or it was
     * cancelled meanwhile), so that a run is sent once.
     */
    async advance(sub: SubscriptionRow, ranOn: string, nextRunOn: string): Promise<boolean> {
      const updated = await db
        .updateTable('report_subscriptions')
        .set({ next_run_on: nextRunOn, last_run_on: ranOn })
        .where('id', '=', sub.id)
        .where('organization_id', '=', sub.organizationId)
        .where('next_run_on', '=', sub.nextRunOn)
        .where('active', '=', true)
        .returning('id')
        .execute();
      return updated.length === 1;
    },
  };
}
