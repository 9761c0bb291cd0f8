import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import '../../../core/timeline/tables.js';
import type { TimelinePosition, TimelineReader } from '../domain/reading.js';

/**
 * Whose events, read by whom: the organization's own events of one person — with those of the files
 * merged into theirs, when given — as the reader may see them.
 */
export interface TimelineScope {
  organizationId: string;
  personId: string;
  /** Files of the organization merged into this one (merges in force): their events are read too. */
  mergedPersonIds?: readonly string[];
  reader: TimelineReader;
}

export interface TimelineFilters {
  modules: readonly string[];
  kinds: readonly string[];
  from?: Date;
  to?: Date;
}

export interface TimelineRow {
  id: string;
  /** The file the event was published on: the person's own, or a file merged into it. */
  personId: string;
  occurredAt: Date;
  allDay: boolean;
  module: string;
  kind: string;
  resourceType: string;
  resourceId: string | null;
  sensitive: boolean;
  restrictedTo: string[] | null;
  data: Record<string, string | number | boolean | null>;
  recordedBy: string | null;
}

type Events = ExpressionBuilder<Database, 'timeline_events'>;

/** The same rule as `mayRead`, in SQL, so that a page holds only what the reader may see. */
function visibleTo(eb: Events, scope: TimelineScope) {
  const { reader } = scope;
  return eb.and([
    eb('organization_id', '=', scope.organizationId),
    scope.mergedPersonIds && scope.mergedPersonIds.length > 0
      ? eb('person_id', 'in', [scope.personId, ...scope.mergedPersonIds])
      : eb('person_id', '=', scope.personId),
    ...(reader.seesSensitive ? [] : [eb('sensitive', '=', false)]),
    eb.or([
      eb('restricted_to', 'is', null),
      eb('recorded_by', '=', reader.userId),
      sql<boolean>`restricted_to @> ${JSON.stringify([reader.userId])}::jsonb`,
    ]),
  ]);
}

function matching(eb: Events, filters: TimelineFilters) {
  return eb.and([
    ...(filters.modules.length > 0 ? [eb('module', 'in', filters.modules)] : []),
    ...(filters.kinds.length > 0 ? [eb('kind', 'in', filters.kinds)] : []),
    ...(filters.from ? [eb('occurred_at', '>=', filters.from)] : []),
    ...(filters.to ? [eb('occurred_at', '<', filters.to)] : []),
  ]);
}

const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function timelineRepository(db: Executor) {
  return {
    /** One page newest first: after `after` when given (keyset), else skipping `offset` events. */
    async page(
      scope: TimelineScope,
      filters: TimelineFilters,
      limit: number,
      position: { after: TimelinePosition } | { offset: number },
    ): Promise<TimelineRow[]> {
      let query = db
        .selectFrom('timeline_events')
        .select([
          'id',
          'person_id as personId',
          'occurred_at as occurredAt',
          'all_day as allDay',
          'module',
          'kind',
          'resource_type as resourceType',
          'resource_id as resourceId',
          'sensitive',
          'restricted_to as restrictedTo',
          'data',
          'recorded_by as recordedBy',
        ])
        .where((eb) => visibleTo(eb, scope))
        .where((eb) => matching(eb, filters))
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if ('after' in position) {
        const { occurredAt, id } = position.after;
        query = query.where((eb) => eb(eb.refTuple('occurred_at', 'id'), '<', eb.tuple(occurredAt, id)));
      } else if (position.offset > 0) {
        query = query.offset(position.offset);
      }
      const rows = await query.execute();
      return rows.map((r) => ({
        ...r,
        occurredAt: new Date(r.occurredAt),
        restrictedTo: parsed<string[] | null>(r.restrictedTo),
        data: parsed<TimelineRow['data']>(r.data),
      }));
    },

    async count(scope: TimelineScope, filters: TimelineFilters): Promise<number> {
      const row = await db
        .selectFrom('timeline_events')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where((eb) => visibleTo(eb, scope))
        .where((eb) => matching(eb, filters))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** How many events each module has for the person, as the reader may see them. */
    async countsByModule(scope: TimelineScope): Promise<{ module: string; count: number }[]> {
      const rows = await db
        .selectFrom('timeline_events')
        .select((eb) => ['module', eb.fn.countAll<string | number>().as('count')])
        .where((eb) => visibleTo(eb, scope))
        .groupBy('module')
        .orderBy('module')
        .execute();
      return rows.map((r) => ({ module: r.module, count: Number(r.count) }));
    },
  };
}
