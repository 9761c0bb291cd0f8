import { z } from 'zod';
import { defineRoute, isoDate, paged, pageQuery } from './define.js';
import { plainText } from './primitives.js';

export const auditEventView = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  subjectOrganizationId: z.uuid().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  personId: z.uuid().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  sealed: z.boolean(),
});

export const listAuditRoute = defineRoute({
  operationId: 'listAudit',
  method: 'GET',
  path: '/api/audit',
  policy: 'session',
  summary: "Audit log of the organization's actions and records (administrators)",
  tags: ['audit'],
  query: pageQuery.extend({
    personId: z.uuid().optional(),
    actorUserId: z.uuid().optional(),
    action: plainText().max(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  }),
  response: paged(auditEventView),
});

export const verifyAuditRoute = defineRoute({
  operationId: 'verifyAudit',
  method: 'POST',
  path: '/api/audit/verify',
  policy: 'session',
  summary: 'Seal pending events and verify the whole hash chain (administrators)',
  tags: ['audit'],
  response: z.object({
    ok: z.boolean(),
    checked: z.number().int(),
    unsealed: z.number().int(),
    firstBrokenIndex: z.number().int().nullable(),
    reason: z.string().nullable(),
  }),
});
