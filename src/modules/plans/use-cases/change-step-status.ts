import type { Updateable } from 'kysely';
import { z } from 'zod';
import { stepStatusBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import type { PlanStepsTable } from '../adapters/tables.js';
import { moveStep } from '../domain/step-status.js';
import { planErrors } from '../errors.js';
import { checkEvidenceDocument, planRoles, writableStep } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange, todayOf } from './plan-changes.js';

const timelineKinds = {
  in_progress: 'plan.step_started',
  done: 'plan.step_done',
  abandoned: 'plan.step_abandoned',
  planned: 'plan.step_reopened',
} as const;

/**
 * Moves a step along its lifecycle on the day it happened, with the reason for abandoning and any
 * evidence (a note, a document's id). The history keeps each dated move from → to.
 */
export const changeStepStatus = defineUseCase(
  stepStatusBody.extend({ stepId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const { step, plan } = await writableStep(trx, actor, input.stepId);
    await checkEvidenceDocument(trx, plan, input.evidenceDocumentId);
    const today = await todayOf(trx, actor.organizationId, now);
    const moved = moveStep(
      {
        status: step.status,
        startedOn: step.started_on,
        doneOn: step.done_on,
        abandonedOn: step.abandoned_on,
        abandonedReason: step.abandoned_reason,
      },
      input.status,
      { onDate: input.onDate ?? today, today, reason: input.reason },
    );
    if (!moved.ok) {
      if (moved.problem === 'reason_required') throw planErrors.reasonRequired();
      if (moved.problem === 'date_in_future') throw planErrors.dateInFuture();
      throw planErrors.transitionNotAllowed({ from: step.status, to: input.status });
    }
    const values: Updateable<PlanStepsTable> = {
      status: moved.dates.status,
      started_on: moved.dates.startedOn,
      done_on: moved.dates.doneOn,
      abandoned_on: moved.dates.abandonedOn,
      abandoned_reason: moved.dates.abandonedReason,
      status_changed_at: now,
    };
    if (input.evidenceNote) values.evidence_note = input.evidenceNote;
    if (input.evidenceDocumentId) values.evidence_document_id = input.evidenceDocumentId;
    await plansRepository(trx).updateStep(step.id, values);
    const revision = await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'step',
      entityId: step.id,
      action: 'status_changed',
      fields: [
        'status',
        ...(input.evidenceNote ? ['evidenceNote'] : []),
        ...(input.evidenceDocumentId ? ['evidenceDocumentId'] : []),
      ],
      fromStatus: step.status,
      toStatus: input.status,
      label: step.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.step_status',
      resourceType: 'plan_step',
      resourceId: step.id,
      personId: plan.person_id,
      details: {
        from: step.status,
        to: input.status,
        evidence: Boolean(input.evidenceNote || input.evidenceDocumentId),
      },
    });
    const onDate = input.onDate ?? today;
    await timeline.publish({
      organizationId: plan.organization_id,
      personId: plan.person_id,
      ...onDay(onDate),
      module: 'plans',
      kind:
        input.status === 'in_progress' && step.status === 'done'
          ? 'plan.step_reopened'
          : timelineKinds[input.status],
      resourceType: 'plan_step',
      resourceId: step.id,
      data: { title: step.title },
      recordedBy: actor.userId,
    });
    return { id: step.id, revision, status: input.status };
  },
);
