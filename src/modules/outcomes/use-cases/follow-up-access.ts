import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { type FollowUpRecord, followUpsRepository } from '../adapters/follow-ups-repository.js';
import { ruleInForce } from '../domain/classify-exit.js';
import { addDays } from '../domain/dates.js';
import { defaultUnreachableAfterAttempts, type FollowUpAnswer } from '../domain/vocabulary.js';
import { outcomeErrors } from '../errors.js';

/** A follow-up may be answered (or the form sent) from this many days before it falls due. */
export const earlyAnswerDays = 14;

/** A follow-up of the organization whose person it still follows, locked for the change; else not found. */
export async function requireFollowUp(db: Executor, actor: Actor, id: string): Promise<FollowUpRecord> {
  const followUp = await followUpsRepository(db).find(id, actor.organizationId, true);
  if (!followUp || !(await personSummary(db, followUp.personId, actor.organizationId)))
    throw outcomeErrors.followUpNotFound();
  return followUp;
}

/** Open for an answer: pending, or unreachable (a late answer still tells what became of the person). */
export function requireOpen(followUp: FollowUpRecord, today: string) {
  if (followUp.status === 'answered' || followUp.status === 'cancelled') throw outcomeErrors.followUpClosed();
  if (today < addDays(followUp.dueOn, -earlyAnswerDays)) throw outcomeErrors.followUpNotDue();
}

/** How many unanswered attempts make the moment unreachable: the rule version that decided the exit. */
export async function unreachableAfter(db: Executor, followUp: FollowUpRecord): Promise<number> {
  const [exit] = await exitsRepository(db).currentExitsOf([followUp.enrolmentId]);
  if (!exit) return defaultUnreachableAfterAttempts;
  const versions = await exitsRepository(db).ruleVersions(followUp.programId);
  return ruleInForce(versions, exit.exitOn)?.rule.unreachableAfterAttempts ?? defaultUnreachableAfterAttempts;
}

export function normalizedAnswer(body: {
  employed: boolean;
  sameEmployer?: boolean | null;
  contractType?: FollowUpAnswer['contractType'] | null;
  hoursPerWeek?: number | null;
  wageBand?: FollowUpAnswer['wageBand'] | null;
  inTraining: boolean;
  inRegion?: boolean | null;
  satisfied?: number | null;
}): FollowUpAnswer {
  // Facts of a job mean nothing without one: they are dropped rather than stored against "not employed".
  const job = body.employed;
  return {
    employed: body.employed,
    sameEmployer: job ? (body.sameEmployer ?? null) : null,
    contractType: job ? (body.contractType ?? null) : null,
    hoursPerWeek: job ? (body.hoursPerWeek ?? null) : null,
    wageBand: job ? (body.wageBand ?? null) : null,
    inTraining: body.inTraining,
    inRegion: body.inRegion ?? null,
    satisfied: (body.satisfied ?? null) as FollowUpAnswer['satisfied'],
  };
}
