import { intakeEligibilityCheckBody } from '../../../contracts/intake.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { draftEligibilityFacts } from '../../people/api.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { presentEligibility } from './present-eligibility.js';
import { visibleProgram } from './program-access.js';

/**
 * The intake form's check, before anything is saved: every rule of the program evaluated on what was
 * typed, exactly as the intake will evaluate it. Writes nothing — not even an audit entry, since no
 * stored file is read: the facts come with the request and leave with the answer.
 */
export const checkIntakeEligibility = defineUseCase(
  intakeEligibilityCheckBody,
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const program = await visibleProgram(trx, actor, input.programId);
    const onDate = input.onDate ?? (await organizationsApi(trx).todayOf(actor.organizationId, now));
    const evaluation = evaluateEligibility(
      program.rules,
      draftEligibilityFacts(input.person, actor.organizationId),
      onDate,
    );
    return { ...presentEligibility(evaluation, ctx.locale), alreadyEnrolled: false };
  },
);
