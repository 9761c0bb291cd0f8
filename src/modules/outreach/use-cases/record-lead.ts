import { leadBody } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachRoles } from './lead-access.js';
import { leadFieldsOf } from './lead-fields.js';

/** A person met or signalled, before any file: only what it takes to reach them. Audited (no values). */
export const recordLead = defineUseCase(leadBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, outreachRoles);
  const fields = await leadFieldsOf(trx, actor, input);
  const id = newId();
  await leadsRepository(trx).insert({
    ...fields,
    id,
    organizationId: actor.organizationId,
    createdBy: actor.userId,
    now,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'outreach.lead_record',
    resourceType: 'outreach_lead',
    resourceId: id,
    requestId: ctx.requestId,
    details: {
      source: fields.source,
      programId: fields.programId,
      forColleague: fields.assignedUserId !== actor.userId,
    },
  });
  return { id };
});
