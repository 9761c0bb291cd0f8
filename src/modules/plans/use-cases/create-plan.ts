import { z } from 'zod';
import { createPlanBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planErrors } from '../errors.js';
import { followedPerson, planRoles } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { planFieldColumns } from './plan-fields.js';

/** Starts a person's plan (for a program or not), as a draft until the person signs it off. */
export const createPlan = defineUseCase(
  createPlanBody.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    await followedPerson(trx, actor, input.personId);
    const repo = plansRepository(trx);
    const programId = input.programId ?? null;
    // A plan for a program is one the person is (or was) enrolled in by this organization.
    if (programId !== null) {
      const enrolments = await enrolmentsOfPeople(trx, actor.organizationId, [input.personId]);
      if (!enrolments.some((e) => e.programId === programId)) throw planErrors.notEnrolled();
    }
    if (await repo.openPlanExists(actor.organizationId, input.personId, programId))
      throw planErrors.planExists();
    const { personId: _person, programId: _program, ...fields } = input;
    const { columns, names } = planFieldColumns(fields);
    const id = newId();
    await repo.insertPlan({
      target_job_titles: '[]',
      barriers: '[]',
      courses: '[]',
      experience_opportunities: '[]',
      credential_requirements: '[]',
      local_employers: '[]',
      contacts: '[]',
      ...columns,
      id,
      organization_id: actor.organizationId,
      person_id: input.personId,
      program_id: programId,
      status: 'draft',
      language: input.language,
      revision: 1,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await repo.insertChange({
      id: newId(),
      plan_id: id,
      organization_id: actor.organizationId,
      person_id: input.personId,
      changed_at: now,
      changed_by: actor.userId,
      entity: 'plan',
      entity_id: id,
      action: 'created',
      fields: JSON.stringify(names),
      from_status: null,
      to_status: 'draft',
      label: null,
      revision: 1,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.create',
      resourceType: 'plan',
      resourceId: id,
      personId: input.personId,
      details: { fields: names, program: programId !== null },
    });
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: input.personId,
      occurredAt: now,
      module: 'plans',
      kind: 'plan.created',
      resourceType: 'plan',
      resourceId: id,
      data: { targetField: input.targetField ?? null },
      recordedBy: actor.userId,
    });
    return { id };
  },
);
