import type { ColumnType, JSONColumnType } from 'kysely';

export interface TimelineEventsTable {
  id: string;
  /** The organization whose staff may see the event: the one that owns the record it speaks of. */
  organization_id: string;
  person_id: string;
  /** When it happened in the person's story (an appointment's start, a payment's date), not when it was written. */
  occurred_at: Date;
  /** Dated by its day only (`occurred_at` is then that day at 12:00 UTC). */
  all_day: ColumnType<boolean, boolean | undefined, never>;
  /** The publishing module: `people`, `programs`, `plans`, `follow-up`, `sessions`, `loan-fund`, `documents`… */
  module: string;
  /** Stable and namespaced by the module: `person.registered`, `enrolment.started`, `appointment.held`… */
  kind: string;
  resource_type: string;
  resource_id: string | null;
  /** Only roles that may see sensitive data (see `sensitiveDataRoles`) see a sensitive event. */
  sensitive: boolean;
  /** Staff who may see a restricted event (a confidential note): its author and these users only. */
  restricted_to: JSONColumnType<string[] | null, string | null, string | null>;
  /** What the timeline shows, already chosen by the module: titles, statuses, dates — never sensitive values. */
  data: JSONColumnType<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

declare module '../db/types.js' {
  interface Database {
    timeline_events: TimelineEventsTable;
  }
}
