import type { Executor } from '../db/types.js';
import './tables.js';

/**
 * One dated event of a person's story. Modules publish these in the transaction of the change they
 * describe, so the timeline never reads their tables and never shows what did not happen.
 */
export interface TimelineEvent {
  organizationId: string;
  personId: string;
  occurredAt: Date;
  /**
   * The fact has a date but no time of day (an enrolment, a decision on a given day): `occurredAt` is
   * then that date at 12:00 UTC (see `onDay`), and the timeline shows the date alone.
   */
  allDay?: boolean;
  module: string;
  kind: string;
  resourceType: string;
  resourceId: string | null;
  /** Shown only to roles that may see sensitive data. Defaults to false. */
  sensitive?: boolean;
  /** A confidential record: only these staff (its author included) see the event at all. */
  restrictedTo?: readonly string[] | null;
  /** Display facts for the event's label (title, status, program name…): never sensitive values or free text. */
  data?: Record<string, string | number | boolean | null>;
  recordedBy: string | null;
}

export interface TimelinePublisher {
  publish(event: TimelineEvent): Promise<void>;
  /** Several events of one change (a file opened with its items) in one statement, in this order. */
  publishMany(events: readonly TimelineEvent[]): Promise<void>;
}

export function timelinePublisher(
  executor: Executor,
  now: () => Date,
  newId: () => string,
): TimelinePublisher {
  const row = (event: TimelineEvent) => ({
    id: newId(),
    organization_id: event.organizationId,
    person_id: event.personId,
    occurred_at: event.occurredAt,
    all_day: event.allDay ?? false,
    module: event.module,
    kind: event.kind,
    resource_type: event.resourceType,
    resource_id: event.resourceId,
    sensitive: event.sensitive ?? false,
    restricted_to: event.restrictedTo ? JSON.stringify(event.restrictedTo) : null,
    data: JSON.stringify(event.data ?? {}),
    recorded_by: event.recordedBy,
    recorded_at: now(),
  });
  return {
    async publish(event) {
      await executor.insertInto('timeline_events').values(row(event)).execute();
    },
    async publishMany(events) {
      if (events.length > 0) await executor.insertInto('timeline_events').values(events.map(row)).execute();
    },
  };
}

/**
 * When and how to date an event known by its calendar day ('YYYY-MM-DD'). Noon UTC stays on that day
 * in every time zone our organizations work in, so the day shown and the order of the day hold.
 */
export function onDay(date: string): { occurredAt: Date; allDay: true } {
  return { occurredAt: new Date(`${date}T12:00:00Z`), allDay: true };
}
