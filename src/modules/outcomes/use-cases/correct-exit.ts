import { z } from 'zod';
import { correctExitBody } from '../../../contracts/outcomes.js';
import { defineUseCase } from '../../../core/use-case.js';
import { enrolmentForExit, moveEnrolmentEnd } from '../../programs/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { followUpsRepository } from '../adapters/follow-ups-repository.js';
import { followedUpAfter, followUpSchedule } from '../domain/exit-facts.js';
import { outcomeErrors } from '../errors.js';
import { classifiedExit, exitRecordOf } from './classify.js';
import { exitActor } from './exit-access.js';
import { checkedExitFacts } from './exit-input.js';
import { publishExitEvent } from './exit-timeline.js';

export const correctExitInput = correctExitBody.extend({ exitId: z.uuid() });

/**
 * A correction is a new version of the exit: the old one stays, marked superseded with the reason, so
 * the history shows what was believed and when. The new version is classified afresh under the rule
 * in force on its (possibly corrected) date; the enrolment's end and the pending follow-ups move with
 * it, answered ones stay as they were.
 */
export const correctExit = defineUseCase(
  correctExitInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = exitActor(ctx, true);
    const exits = exitsRepository(trx);
    const previous = await exits.currentExit(input.exitId, actor.organizationId);
    if (!previous) throw outcomeErrors.exitNotFound();
    if (previous.supersededAt) throw outcomeErrors.exitSuperseded();
    const enrolment = await enrolmentForExit(trx, previous.enrolmentId);
    if (!enrolment) throw outcomeErrors.exitNotFound();
    const scope = {
      organizationId: previous.organizationId,
      personId: previous.personId,
      programId: previous.programId,
      enrolledOn: enrolment.enrolledOn,
    };
    const facts = await checkedExitFacts(trx, input, scope);
    const classified = await classifiedExit(trx, scope, facts);
    const { facts: completed, classification, followUpMonths } = classified;
    const id = newId();
    // The old version steps aside first: one current exit per enrolment (a unique index says so).
    await exits.supersede(previous.id, id, now);
    await exits.insertExit(
      exitRecordOf(
        id,
        {
          organizationId: previous.organizationId,
          enrolmentId: previous.enrolmentId,
          programId: previous.programId,
          personId: previous.personId,
        },
        classified,
        { note: input.note ?? null, recordedBy: actor.userId, recordedAt: now },
      ),
      input.correctionReason,
    );
    if (completed.exitOn !== previous.exitOn)
      await moveEnrolmentEnd(trx, previous.enrolmentId, completed.exitOn);

    const followUps = followUpsRepository(trx);
    const wanted = followedUpAfter(completed.outcome)
      ? followUpSchedule(completed.exitOn, followUpMonths)
      : [];
    const existing = await followUps.ofEnrolment(previous.enrolmentId);
    for (const followUp of existing) {
      if (followUp.status !== 'pending') continue;
      const moment = wanted.find((w) => w.months === followUp.months);
      if (!moment) await followUps.update(followUp.id, { status: 'cancelled' }, now);
      else if (moment.dueOn !== followUp.dueOn)
        await followUps.update(followUp.id, { dueOn: moment.dueOn }, now);
    }
    await followUps.insertMany(
      wanted
        .filter((w) => !existing.some((e) => e.months === w.months))
        .map((moment) => ({
          id: newId(),
          organizationId: previous.organizationId,
          enrolmentId: previous.enrolmentId,
          programId: previous.programId,
          personId: previous.personId,
          ...moment,
        })),
      now,
    );
    await publishExitEvent(
      timeline,
      'exit.corrected',
      {
        id,
        organizationId: previous.organizationId,
        personId: previous.personId,
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
      action: 'exit.correct',
      resourceType: 'exit',
      resourceId: id,
      personId: previous.personId,
      requestId: ctx.requestId,
      details: {
        previousExitId: previous.id,
        outcome: completed.outcome,
        previousOutcome: previous.outcome,
        verdict: classification.verdict,
        previousVerdict: previous.verdict,
        ruleVersion: classification.ruleVersion,
      },
    });
    return { id, verdict: classification.verdict, ruleVersion: classification.ruleVersion };
  },
);
