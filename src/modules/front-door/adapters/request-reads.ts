import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { openStates, requestColumns } from './request-columns.js';

export interface QueueFilter {
  ownerOrganizationId: string | null;
  assignedOrganizationId: string;
  programId: string | undefined;
  state: string;
}

/** The queue's rows for the filter, before their columns, order and page are chosen. */
function queue(db: Executor, filter: QueueFilter) {
  return (
    db
      .selectFrom('front_door_requests')
      .where((eb) =>
        eb.or([
          eb('assigned_organization_id', '=', filter.assignedOrganizationId),
          ...(filter.ownerOrganizationId ? [eb('organization_id', '=', filter.ownerOrganizationId)] : []),
        ]),
      )
      // An anonymized request names nobody and can no longer be worked: the figures still count it.
      .where('anonymized_at', 'is', null)
      .$if(filter.programId !== undefined, (q) => q.where('program_id', '=', filter.programId!))
      .$if(filter.state === 'open', (q) => q.where('state', 'in', openStates))
      .$if(filter.state !== 'open' && filter.state !== 'all', (q) => q.where('state', '=', filter.state))
  );
}

/** The reads of requests: one, the queue's page, the loads, the funnel's facts, a person's export. */
export function requestReads(db: Executor) {
  return {
    /** Open requests assigned to each of these organizations in the program. */
    async openAssignedCounts(programId: string, organizationIds: readonly string[]) {
      if (organizationIds.length === 0) return new Map<string, number>();
      const rows = await db
        .selectFrom('front_door_requests')
        .select(['assigned_organization_id as organizationId', (eb) => eb.fn.countAll<string>().as('count')])
        .where('program_id', '=', programId)
        .where('state', '=', 'assigned')
        .where('assigned_organization_id', 'in', organizationIds)
        .groupBy('assigned_organization_id')
        .execute();
      return new Map(rows.map((r) => [r.organizationId as string, Number(r.count)]));
    },

    async find(id: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async findForUpdate(id: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    /**
     * A page of the queue as an organization sees it: every request of the consortia it coordinates
     * (`owned`) and those assigned to it, newest first, with how many there are in all.
     */
    async list(filter: QueueFilter, page: { page: number; pageSize: number }) {
      // One after the other: the two reads share the use case's transaction (one connection).
      const counted = await queue(db, filter)
        .select((eb) => eb.fn.countAll<string>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await queue(db, filter)
        .select(requestColumns)
        .orderBy('received_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { rows, total: Number(counted.total) };
    },

    /** Requests received in [from, to] (UTC days) assigned to, or when unassigned owned by, these organizations. */
    async funnelFacts(organizationIds: readonly string[], from: string, to: string) {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom('front_door_requests')
        .select([
          'id as requestId',
          sql<string>`to_char(received_at at time zone 'UTC', 'YYYY-MM-DD')`.as('receivedOn'),
          'consortium_id as consortiumId',
          'assigned_organization_id as assignedOrganizationId',
          'person_id as personId',
          'household_size as householdSize',
        ])
        .where(sql<boolean>`(received_at at time zone 'UTC')::date between ${from}::date and ${to}::date`)
        .where((eb) =>
          eb.or([
            eb('assigned_organization_id', 'in', organizationIds),
            eb.and([
              eb('assigned_organization_id', 'is', null),
              eb('organization_id', 'in', organizationIds),
            ]),
          ]),
        )
        .orderBy('received_at')
        .orderBy('id')
        .execute();
    },

    /** The requests that became this file (the person's export). */
    async ofPerson(organizationId: string, personId: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('person_id', '=', personId)
        .where('assigned_organization_id', '=', organizationId)
        .orderBy('received_at')
        .execute();
    },
  };
}
