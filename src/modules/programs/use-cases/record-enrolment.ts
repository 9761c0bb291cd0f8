import type { z } from 'zod';
import type { enrolmentBody } from '../../../contracts/programs.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import { type Actor, hasRole } from '../../../core/auth/actor.js';
import { eligibilityOverrideRoles } from '../../../core/auth/roles.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import type { Locale } from '../../../core/i18n/locale.js';
import type { IdGenerator } from '../../../core/ids.js';
import { onDay, type TimelinePublisher } from '../../../core/timeline/timeline.js';
import type { EligibilityFacts } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import type { EligibilityEvaluation } from '../domain/eligibility.js';
import { programErrors } from '../errors.js';
import { sealEligibilitySnapshot } from './eligibility-snapshot.js';
import { presentEligibility } from './present-eligibility.js';

type EnrolmentRequest = Omit<z.output<typeof enrolmentBody>, 'personId'>;

/**
 * Whether the enrolment may go ahead: eligible, or not but overridden by a role that may, with its
 * written justification. Otherwise it throws the refusal with every rule explained — before the
 * caller writes anything.
 */
export function decideEnrolment(
  evaluation: EligibilityEvaluation,
  request: EnrolmentRequest,
  actor: Actor,
  locale: Locale,
): { presented: ReturnType<typeof presentEligibility>; overridden: boolean } {
  const presented = presentEligibility(evaluation, locale);
  const overridden = evaluation.verdict !== 'eligible';
  if (overridden) {
    if (!request.override) {
      const error =
        evaluation.verdict === 'incomplete' ? programErrors.eligibilityIncomplete : programErrors.notEligible;
      throw error({}, presented);
    }
    if (!hasRole(actor, eligibilityOverrideRoles)) throw programErrors.overrideNotAllowed();
  }
  return { presented, overridden };
}

export interface EnrolmentScope {
  trx: Executor;
  now: Date;
  newId: IdGenerator;
  audit: AuditWriter;
  timeline: TimelinePublisher;
  requestId: string;
  keyRing: KeyRing | undefined;
}

/**
 * Writes an enrolment decided by `decideEnrolment`, with its sealed evaluation, its timeline events
 * and its audit entry, in the caller's transaction (enrolment of a registered person, or the intake).
 */
export async function recordEnrolment(
  scope: EnrolmentScope,
  actor: Actor,
  enrolment: {
    program: { id: string; nameFr: string; nameEn: string };
    facts: EligibilityFacts;
    evaluation: EligibilityEvaluation;
    overridden: boolean;
    request: EnrolmentRequest;
  },
): Promise<string> {
  const { program, facts, evaluation, overridden, request } = enrolment;
  const id = scope.newId();
  await programsRepository(scope.trx).insertEnrolment({
    id,
    organizationId: actor.organizationId,
    programId: program.id,
    personId: facts.personId,
    householdKey: facts.householdKey,
    enrolledOn: evaluation.onDate,
    intakeSource: request.intake.source,
    intakePartnerOrganizationId: request.intake.partnerOrganizationId ?? null,
    intakeNote: request.intake.note ?? null,
    verdict: evaluation.verdict,
    // The evaluation repeats the status and dates it observed: kept sealed, like the file.
    snapshot: sealEligibilitySnapshot(scope.keyRing, id, evaluation),
    overrideJustification: overridden ? (request.override?.justification ?? null) : null,
    enrolledBy: actor.userId,
    now: scope.now,
    countingKey: facts.countingKey,
  });
  const event = {
    organizationId: actor.organizationId,
    personId: facts.personId,
    ...onDay(evaluation.onDate),
    module: 'programs',
    resourceType: 'enrolment',
    resourceId: id,
    data: { programNameFr: program.nameFr, programNameEn: program.nameEn },
    recordedBy: actor.userId,
  };
  await scope.timeline.publish({ ...event, kind: 'enrolment.started' });
  // The override is a decision of its own; its justification stays in the enrolment, not here.
  if (overridden) await scope.timeline.publish({ ...event, kind: 'enrolment.overridden' });
  await scope.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: overridden ? 'enrolment.override' : 'enrolment.create',
    resourceType: 'enrolment',
    resourceId: id,
    personId: facts.personId,
    requestId: scope.requestId,
    details: { programId: program.id, verdict: evaluation.verdict, intakeSource: request.intake.source },
  });
  return id;
}
