import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';
import { outreachRoles, requireOpen, visibleLead } from './lead-access.js';

const dayOf = (value: string | Date) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * Links an open lead to the file opened at intake. The lead counts as enrolled on the day of the
 * person's first enrolment with the organization since the lead was met (in the lead's program when it
 * names one); without such an enrolment it stays open. The person's timeline shows where they came from.
 */
export const convertLead = defineUseCase(
  z.object({ leadId: z.uuid(), personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    requireOpen(lead);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw outreachErrors.personNotFound();
    const enrolments = await enrolmentsOfPeople(trx, actor.organizationId, [input.personId]);
    const enrolledOn = enrolments
      .filter((e) => lead.programId === null || e.programId === lead.programId)
      .map((e) => dayOf(e.enrolledOn))
      .filter((day) => day >= lead.metOn)
      .sort()[0];
    if (!enrolledOn) throw outreachErrors.notEnrolled();
    await leadsRepository(trx).setOutcome(
      lead.id,
      actor.organizationId,
      { outcome: 'enrolled', outcomeOn: enrolledOn, personId: input.personId },
      now,
    );
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: input.personId,
      occurredAt: new Date(`${lead.metOn}T12:00:00Z`),
      allDay: true,
      module: 'outreach',
      kind: 'outreach.lead_converted',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      data: { source: lead.source, partnerKind: lead.partnerKind, enrolledOn },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.lead_convert',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return { outcomeOn: enrolledOn };
  },
);
