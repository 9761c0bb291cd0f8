import { z } from 'zod';
import { enrolmentBody } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { eligibilityFacts } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { programErrors } from '../errors.js';
import { visibleProgram } from './program-access.js';
import { decideEnrolment, recordEnrolment } from './record-enrolment.js';

/** Counselors enrol; referents, coordinators and directors too, and only they may override the rules. */
export const enrolmentRoles = ['counselor', 'program_referent', 'coordinator', 'director'] as const;

export const enrolPersonInput = enrolmentBody.extend({ programId: z.uuid() });

/**
 * Evaluates every rule on the person's file at the enrolment date and keeps that evaluation with the
 * enrolment. A person who does not meet the rules is refused with the reasons, unless an allowed role
 * writes why they should be enrolled anyway (kept and audited).
 */
export const enrolPerson = defineUseCase(
  enrolPersonInput,
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, enrolmentRoles);
    const program = await visibleProgram(trx, actor, input.programId);
    if (program.status !== 'active') throw programErrors.programNotOpen();
    const facts = await eligibilityFacts(trx, deps.keyRing, input.personId, actor.organizationId);
    if (!facts) throw programErrors.personNotFound();
    if (await programsRepository(trx).openEnrolment(program.id, input.personId)) {
      throw programErrors.alreadyEnrolled();
    }
    // Without a day given, the enrolment is dated today where the organization works, not in UTC.
    const enrolledOn = input.enrolledOn ?? (await organizationsApi(trx).todayOf(actor.organizationId, now));
    const evaluation = evaluateEligibility(program.rules, facts, enrolledOn);
    const { presented, overridden } = decideEnrolment(evaluation, input, actor, ctx.locale);
    const scope = { trx, now, newId, audit, timeline, requestId: ctx.requestId, keyRing: deps.keyRing };
    const id = await recordEnrolment(scope, actor, {
      program,
      facts,
      evaluation,
      overridden,
      request: input,
    });
    return { id, eligibility: presented, overridden };
  },
);
