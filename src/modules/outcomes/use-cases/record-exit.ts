import { z } from 'zod';
import { recordExitBody } from '../../../contracts/outcomes.js';
import type { Actor } from '../../../core/auth/actor.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { closeEnrolment, enrolmentForExit } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { followedUpAfter, followUpSchedule } from '../domain/exit-facts.js';
import { outcomeErrors } from '../errors.js';
import { classifiedExit, exitRecordOf } from './classify.js';
import { exitActor } from './exit-access.js';
import { checkedExitFacts } from './exit-input.js';
import { publishExitEvent } from './exit-timeline.js';

export const recordExitInput = recordExitBody.extend({ enrolmentId: z.uuid() });
export type RecordExitInput = z.output<typeof recordExitInput>;

/** The calling use case's transaction and tools: the exit commits or fails with it. */
export type ExitWritingScope = Pick<UseCaseScope<unknown>, 'trx' | 'now' | 'newId' | 'audit' | 'timeline'> & {
  requestId: string;
};

/**
 * An enrolment ends with its exit: the outcome from the catalogue, its date and evidence, classified
 * by the program's rule version in force that day (kept with the exit), the enrolment closed, and the
 * follow-ups after exit scheduled at the rule's moments — all in one transaction.
 */
export const recordExit = defineUseCase(recordExitInput, async (scope) => {
  const actor = exitActor(scope.ctx, true);
  return recordExitWithin({ ...scope, requestId: scope.ctx.requestId }, actor, scope.input);
});

/**
 * The exit written inside another module's use case (a household's move ends its enrolment with
 * "moved to a region"); the actor has been checked by the caller as one who records exits.
 */
export async function recordExitWithin(scope: ExitWritingScope, actor: Actor, input: RecordExitInput) {
  const { trx, now, newId, audit, timeline } = scope;
  const enrolment = await enrolmentForExit(trx, input.enrolmentId);
  if (!enrolment || enrolment.organizationId !== actor.organizationId)
    throw outcomeErrors.enrolmentNotFound();
  if (enrolment.status !== 'enrolled') throw outcomeErrors.enrolmentEnded();
  const scopeOfExit = {
    organizationId: enrolment.organizationId,
    personId: enrolment.personId,
    programId: enrolment.programId,
    enrolledOn: enrolment.enrolledOn,
  };
  const facts = await checkedExitFacts(trx, input, scopeOfExit);
  const classified = await classifiedExit(trx, scopeOfExit, facts);
  const { facts: completed, classification, followUpMonths } = classified;
  const id = newId();
  await exitsRepository(trx).insertExit(
    exitRecordOf(
      id,
      {
        organizationId: enrolment.organizationId,
        enrolmentId: enrolment.id,
        programId: enrolment.programId,
        personId: enrolment.personId,
      },
      classified,
      { note: input.note ?? null, recordedBy: actor.userId, recordedAt: now },
    ),
    null,
  );
  await closeEnrolment(trx, timeline, enrolment, {
    status: 'exited',
    endedOn: completed.exitOn,
    reason: null,
    recordedBy: actor.userId,
    silent: true,
  });
  const schedule = followedUpAfter(completed.outcome)
    ? followUpSchedule(completed.exitOn, followUpMonths)
    : [];
  await followUpsRepository(trx).insertMany(
    schedule.map((moment) => ({
      id: newId(),
      organizationId: enrolment.organizationId,
      enrolmentId: enrolment.id,
      programId: enrolment.programId,
      personId: enrolment.personId,
      ...moment,
    })),
    now,
  );
  await publishExitEvent(
    timeline,
    'exit.recorded',
    {
      id,
      organizationId: enrolment.organizationId,
      personId: enrolment.personId,
      exitOn: completed.exitOn,
      outcome: completed.outcome,
    },
    { programNameFr: enrolment.programNameFr, programNameEn: enrolment.programNameEn },
    actor.userId,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'exit.record',
    resourceType: 'exit',
    resourceId: id,
    personId: enrolment.personId,
    requestId: scope.requestId,
    details: {
      enrolmentId: enrolment.id,
      outcome: completed.outcome,
      evidence: completed.evidence.kind,
      verdict: classification.verdict,
      ruleVersion: classification.ruleVersion,
      followUps: schedule.length,
    },
  });
  return { id, verdict: classification.verdict, ruleVersion: classification.ruleVersion };
}
