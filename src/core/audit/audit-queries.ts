import type { Executor } from '../db/types.js';
import './tables.js';

export interface AuditFilter {
  organizationId: string;
  personId?: string;
  actorUserId?: string;
  action?: string;
  /** The record the events touched (a consent: the reads it allowed). */
  resourceId?: string;
  from?: Date;
  to?: Date;
}

/** Events where the organization acted or whose records were touched. */
export async function listAuditEvents(db: Executor, filter: AuditFilter, page: number, pageSize: number) {
  const base = db
    .selectFrom('audit_events')
    .where((eb) =>
      eb.or([
        eb('organization_id', '=', filter.organizationId),
        eb('subject_organization_id', '=', filter.organizationId),
      ]),
    )
    .$if(filter.personId !== undefined, (q) => q.where('person_id', '=', filter.personId!))
    .$if(filter.actorUserId !== undefined, (q) => q.where('actor_user_id', '=', filter.actorUserId!))
    .$if(filter.action !== undefined, (q) => q.where('action', 'like', `${filter.action}%`))
    .$if(filter.resourceId !== undefined, (q) => q.where('resource_id', '=', filter.resourceId!))
    .$if(filter.from !== undefined, (q) => q.where('occurred_at', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('occurred_at', '<', filter.to!));
  const [items, total] = await Promise.all([
    base
      .select([
        'id',
        'occurred_at as occurredAt',
        'actor_user_id as actorUserId',
        'organization_id as organizationId',
        'subject_organization_id as subjectOrganizationId',
        'action',
        'resource_type as resourceType',
        'resource_id as resourceId',
        'person_id as personId',
        'request_id as requestId',
        'details',
        'chain_index as chainIndex',
      ])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
