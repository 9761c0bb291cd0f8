import { z } from 'zod';
import { listAuditEvents } from '../../../core/audit/audit-queries.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { auditRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';

export const browseAuditInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
  personId: z.uuid().optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const dayAfter = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000);

/** Administrators read who did what in their organization; reading the log is itself recorded. */
export const browseAudit = defineUseCase(browseAuditInput, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, auditRoles);
  const { items, total } = await listAuditEvents(
    trx,
    {
      organizationId: actor.organizationId,
      personId: input.personId,
      actorUserId: input.actorUserId,
      action: input.action,
      from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
      to: input.to ? dayAfter(input.to) : undefined,
    },
    input.page,
    input.pageSize,
  );
  const names = await accountsApi(trx).displayNames(
    items.flatMap((i) => (i.actorUserId ? [i.actorUserId] : [])),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'audit.browse',
    resourceType: 'audit_log',
    resourceId: null,
    personId: input.personId ?? null,
    requestId: ctx.requestId,
    details: { filters: Object.keys(input).filter((k) => !['page', 'pageSize'].includes(k)) },
  });
  return {
    items: items.map((i) => ({
      id: i.id,
      occurredAt: new Date(i.occurredAt).toISOString(),
      actorUserId: i.actorUserId,
      actorName: i.actorUserId ? (names.get(i.actorUserId) ?? null) : null,
      organizationId: i.organizationId,
      subjectOrganizationId: i.subjectOrganizationId,
      action: i.action,
      resourceType: i.resourceType,
      resourceId: i.resourceId,
      personId: i.personId,
      requestId: i.requestId,
      details: (typeof i.details === 'string' ? JSON.parse(i.details) : i.details) as Record<string, unknown>,
      sealed: i.chainIndex !== null,
    })),
    page: input.page,
    pageSize: input.pageSize,
    total,
  };
});
