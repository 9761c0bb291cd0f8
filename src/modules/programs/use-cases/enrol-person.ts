import { z } from 'zod';
import { enrolmentBody } from '../../../contracts/programs.js';
import { hasRole, requireActor, requireRole } from '../../../core/auth/actor.js';
import { eligibilityOverrideRoles } from '../../../core/auth/roles.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { eligibilityFacts } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { programErrors } from '../errors.js';
import { sealEligibilitySnapshot } from './eligibility-snapshot.js';
import { presentEligibility } from './present-eligibility.js';
import { visibleProgram } from './program-access.js';

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
    const repo = programsRepository(trx);
    if (await repo.openEnrolment(program.id, input.personId)) throw programErrors.alreadyEnrolled();

    const enrolledOn = input.enrolledOn ?? now.toISOString().slice(0, 10);
    const evaluation = evaluateEligibility(program.rules, facts, enrolledOn);
    const presented = presentEligibility(evaluation, ctx.locale);
    const overridden = evaluation.verdict !== 'eligible';
    if (overridden) {
      if (!input.override) {
        const error =
          evaluation.verdict === 'incomplete'
            ? programErrors.eligibilityIncomplete
            : programErrors.notEligible;
        throw error({}, presented);
      }
      if (!hasRole(actor, eligibilityOverrideRoles)) throw programErrors.overrideNotAllowed();
    }
    const id = newId();
    await repo.insertEnrolment({
      id,
      organizationId: actor.organizationId,
      programId: program.id,
      personId: input.personId,
      householdKey: facts.householdKey,
      enrolledOn,
      intakeSource: input.intake.source,
      intakePartnerOrganizationId: input.intake.partnerOrganizationId ?? null,
      intakeNote: input.intake.note ?? null,
      verdict: evaluation.verdict,
      // The evaluation repeats the status and dates it observed: kept sealed, like the file.
      snapshot: sealEligibilitySnapshot(deps.keyRing, id, evaluation),
      overrideJustification: overridden ? (input.override?.justification ?? null) : null,
      enrolledBy: actor.userId,
      now,
    });
    const event = {
      organizationId: actor.organizationId,
      personId: input.personId,
      ...onDay(enrolledOn),
      module: 'programs',
      resourceType: 'enrolment',
      resourceId: id,
      data: { programNameFr: program.nameFr, programNameEn: program.nameEn },
      recordedBy: actor.userId,
    };
    await timeline.publish({ ...event, kind: 'enrolment.started' });
    // The override is a decision of its own; its justification stays in the enrolment, not here.
    if (overridden) await timeline.publish({ ...event, kind: 'enrolment.overridden' });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: overridden ? 'enrolment.override' : 'enrolment.create',
      resourceType: 'enrolment',
      resourceId: id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { programId: program.id, verdict: evaluation.verdict, intakeSource: input.intake.source },
    });
    return { id, eligibility: presented, overridden };
  },
);
