import { z } from 'zod';
import { closeLeadBody } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';
import { outreachRoles, requireOpen, visibleLead } from './lead-access.js';

/** Closes an open lead that did not lead to an enrolment, with why. */
export const closeLead = defineUseCase(
  closeLeadBody.extend({ leadId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    requireOpen(lead);
    if (input.outcomeOn < lead.metOn) throw outreachErrors.closedBeforeMeeting({ metOn: lead.metOn });
    await leadsRepository(trx).setOutcome(
      lead.id,
      actor.organizationId,
      { outcome: input.outcome, outcomeOn: input.outcomeOn, personId: null },
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.lead_close',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      requestId: ctx.requestId,
      details: { outcome: input.outcome },
    });
    return undefined;
  },
);
