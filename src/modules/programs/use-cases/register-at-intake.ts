import { intakeBody } from '../../../contracts/intake.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { draftEligibilityFacts, registerPerson } from '../../people/api.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { programErrors } from '../errors.js';
import { enrolmentRoles } from './enrol-person.js';
import { visibleProgram } from './program-access.js';
import { decideEnrolment, recordEnrolment } from './record-enrolment.js';

export const registerAtIntakeInput = intakeBody;

/**
 * The guided intake, in one transaction: the program's rules are evaluated on what was typed before
 * anything is written, and a refusal (not eligible without an allowed override, program closed,
 * invalid file) leaves nothing behind — no file, no consent, no enrolment. Then the person's file is
 * opened with the consent given at the interview, and the person enrolled with the evaluation kept.
 */
export const registerAtIntake = defineUseCase(registerAtIntakeInput, async (scope) => {
  const { input, ctx, trx, now, deps } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, input.enrolment ? enrolmentRoles : personDataRoles);
  const decided = input.enrolment
    ? await (async (request) => {
        const program = await visibleProgram(trx, actor, request.programId);
        if (program.status !== 'active') throw programErrors.programNotOpen();
        const onDate = request.enrolledOn ?? (await organizationsApi(trx).todayOf(actor.organizationId, now));
        const draftFacts = draftEligibilityFacts(input.person, actor.organizationId);
        const evaluation = evaluateEligibility(program.rules, draftFacts, onDate);
        return { program, request, evaluation, ...decideEnrolment(evaluation, request, actor, ctx.locale) };
      })(input.enrolment)
    : undefined;

  const purposes = ['program_data_processing' as const, ...input.consent.otherPurposes];
  const consents = [
    ...input.person.consents,
    ...[...new Set(purposes)].map((purpose) => ({
      purpose,
      partnerOrganizationIds: [],
      partnerConsortiumIds: [],
      // A purpose ticked at intake names no partner: it shares nothing until a consent names one.
      covers: [],
      givenOn: input.consent.givenOn,
    })),
  ];
  const tools = { ...scope, requestId: ctx.requestId, keyRing: deps.keyRing };
  const { id: personId } = await registerPerson(tools, actor, { ...input.person, consents });
  if (!decided) return { personId, enrolmentId: null, eligibility: null, overridden: false };

  const facts = draftEligibilityFacts(input.person, actor.organizationId, personId);
  const enrolmentId = await recordEnrolment(tools, actor, {
    program: decided.program,
    facts,
    evaluation: decided.evaluation,
    overridden: decided.overridden,
    request: decided.request,
  });
  return { personId, enrolmentId, eligibility: decided.presented, overridden: decided.overridden };
});
