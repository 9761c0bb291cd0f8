import type { Updateable } from 'kysely';
import { z } from 'zod';
import { updateStepBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import type { PlanStepsTable } from '../adapters/tables.js';
import { checkEvidenceDocument, planRoles, writableStep } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';

/** Changes what a step says (title, due date, actor) or its evidence; its status moves elsewhere. */
export const updateStep = defineUseCase(
  z.intersection(updateStepBody, z.object({ stepId: z.uuid() })),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const { step, plan } = await writableStep(trx, actor, input.stepId);
    await checkEvidenceDocument(trx, plan, input.evidenceDocumentId);
    const values: Updateable<PlanStepsTable> = {};
    if (input.title !== undefined) values.title = input.title;
    if (input.dueOn !== undefined) values.due_on = input.dueOn;
    if (input.actor !== undefined) {
      values.actor = input.actor;
      values.partner_name = input.actor === 'partner' ? (input.partnerName ?? null) : null;
    } else if (input.partnerName !== undefined && step.actor === 'partner' && input.partnerName)
      values.partner_name = input.partnerName;
    if (input.evidenceNote !== undefined) values.evidence_note = input.evidenceNote || null;
    if (input.evidenceDocumentId !== undefined) values.evidence_document_id = input.evidenceDocumentId;
    const fields = Object.keys(input).filter(
      (k) => k !== 'stepId' && input[k as keyof typeof input] !== undefined,
    );
    if (fields.length === 0 || Object.keys(values).length === 0)
      return { id: step.id, revision: plan.revision };
    await plansRepository(trx).updateStep(step.id, values);
    const revision = await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'step',
      entityId: step.id,
      action: 'updated',
      fields,
      label: input.title ?? step.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.step_update',
      resourceType: 'plan_step',
      resourceId: step.id,
      personId: plan.person_id,
      details: { fields },
    });
    return { id: step.id, revision };
  },
);
