import { z } from 'zod';
import { checkEligibilityBody } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { eligibilityFacts } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { programErrors } from '../errors.js';
import { presentEligibility } from './present-eligibility.js';
import { visibleProgram } from './program-access.js';

export const checkEligibilityInput = checkEligibilityBody.extend({ programId: z.uuid() });

/** A dry run for the intake wizard: every rule with what was found; nothing but the audit entry is written. */
export const checkEligibility = defineUseCase(
  checkEligibilityInput,
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const program = await visibleProgram(trx, actor, input.programId);
    const facts = await eligibilityFacts(trx, deps.keyRing, input.personId, actor.organizationId);
    if (!facts) throw programErrors.personNotFound();
    const onDate = input.onDate ?? (await organizationsApi(trx).todayOf(actor.organizationId, now));
    const evaluation = evaluateEligibility(program.rules, facts, onDate);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: facts.organizationId,
      action: 'person.eligibility_check',
      resourceType: 'program',
      resourceId: program.id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { verdict: evaluation.verdict },
    });
    // The enrolment would be refused as a duplicate whatever the rules say: the check says so first.
    const alreadyEnrolled = Boolean(await programsRepository(trx).openEnrolment(program.id, input.personId));
    return { ...presentEligibility(evaluation, ctx.locale), alreadyEnrolled };
  },
);
