import { z } from 'zod';
import { attemptBody } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';
import { outreachRoles, requireOpen, visibleLead } from './lead-access.js';

/** One attempt to reach an open lead, on or after the day they were met (in the organization's zone). */
export const recordAttempt = defineUseCase(
  attemptBody.extend({ leadId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    requireOpen(lead);
    const attemptedAt = new Date(input.attemptedAt);
    const zone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
    if (dayInZone(attemptedAt, zone) < lead.metOn)
      throw outreachErrors.attemptBeforeMeeting({ metOn: lead.metOn });
    const id = newId();
    await leadsRepository(trx).insertAttempt({
      id,
      leadId: lead.id,
      organizationId: actor.organizationId,
      attemptedAt,
      channel: input.channel,
      reached: input.reached,
      note: input.note ?? null,
      recordedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.attempt_record',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      requestId: ctx.requestId,
      details: { channel: input.channel, reached: input.reached },
    });
    return { id };
  },
);
