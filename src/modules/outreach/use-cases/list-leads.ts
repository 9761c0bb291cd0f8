import { z } from 'zod';
import { leadsQuery } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { namesOf, outreachRoles } from './lead-access.js';

/**
 * The organization's leads, open ones the least recently tried first (the next to call), closed ones
 * latest first. Names only, never contact details; audited as a read of a list (how many, no one named).
 */
export const listLeads = defineUseCase(
  leadsQuery.extend({ mine: z.boolean().default(false) }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const { items, total } = await leadsRepository(trx).list(actor.organizationId, {
      state: input.state,
      ...(input.source ? { source: input.source } : {}),
      ...(input.programId ? { programId: input.programId } : {}),
      ...(input.mine ? { assignedUserId: actor.userId } : {}),
      page: input.page,
      pageSize: input.pageSize,
    });
    const name = await namesOf(
      trx,
      items.map((i) => i.assignedUserId),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.leads_list',
      resourceType: 'outreach_lead',
      resourceId: null,
      requestId: ctx.requestId,
      details: { state: input.state, shown: items.length, total },
    });
    return {
      items: items.map((lead) => ({
        id: lead.id,
        programId: lead.programId,
        metOn: lead.metOn,
        source: lead.source,
        partnerKind: lead.partnerKind,
        partnerName: lead.partnerName,
        eventName: lead.eventName,
        givenName: lead.givenName,
        familyName: lead.familyName,
        assigned: name(lead.assignedUserId),
        outcome: lead.outcome,
        outcomeOn: lead.outcomeOn,
        personId: lead.personId,
        attempts: lead.attempts,
        lastAttemptAt: lead.lastAttemptAt ? new Date(lead.lastAttemptAt).toISOString() : null,
        anonymized: lead.anonymizedAt !== null,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total,
    };
  },
);
