import { rateOf } from './measure.js';
import type { OutcomeRecord } from './records.js';
import { defaultFollowUpMonths } from './vocabulary.js';

export interface FollowUpMoment {
  months: number;
  /** Follow-ups of that moment due by `asOf` (cancelled ones left out). */
  due: number;
  answered: number;
  unreachable: number;
  /** Due and still waiting for an answer. */
  pending: number;
  /** Not yet due: in none of the other counts. */
  notYetDue: number;
  /** Employed among those answered. */
  employedShare: number | null;
  /** With the same employer among those answered who are employed and said whether. */
  sameEmployerShare: number | null;
  members: {
    due: string[];
    answered: string[];
    unreachable: string[];
    pending: string[];
    employed: string[];
  };
}

/**
 * The situation at each follow-up moment after exit (3, 6, 12, 18 months by default), over the
 * follow-ups of the records given (the caller chooses them, e.g. exits of a period). Ids are
 * enrolment ids: a follow-up belongs to an enrolment. An answer given after `asOf` is not known yet;
 * its follow-up counts as pending. Shares are over answers, never over all due: an unreachable person
 * is not assumed unemployed here (the exit measures decide that on their own terms).
 */
export function followUpSituation(
  records: readonly OutcomeRecord[],
  options: { asOf: string; moments?: readonly number[] },
): FollowUpMoment[] {
  const sorted = [...records].sort((a, b) => (a.enrolmentId < b.enrolmentId ? -1 : 1));
  return (options.moments ?? defaultFollowUpMonths).map((months) => {
    const members: FollowUpMoment['members'] = {
      due: [],
      answered: [],
      unreachable: [],
      pending: [],
      employed: [],
    };
    let notYetDue = 0;
    let sameEmployer = 0;
    let saidEmployer = 0;
    for (const record of sorted) {
      for (const followUp of record.followUps) {
        if (followUp.months !== months || followUp.status === 'cancelled') continue;
        const answer =
          followUp.status === 'answered' &&
          followUp.answeredOn !== null &&
          followUp.answeredOn <= options.asOf
            ? followUp.answer
            : null;
        if (followUp.dueOn > options.asOf && answer === null) {
          notYetDue += 1;
          continue;
        }
        const id = record.enrolmentId;
        members.due.push(id);
        if (answer !== null) {
          members.answered.push(id);
          if (answer.employed) {
            members.employed.push(id);
            if (answer.sameEmployer !== null) {
              saidEmployer += 1;
              if (answer.sameEmployer) sameEmployer += 1;
            }
          }
        } else if (followUp.status === 'unreachable') members.unreachable.push(id);
        else members.pending.push(id);
      }
    }
    return {
      months,
      due: members.due.length,
      answered: members.answered.length,
      unreachable: members.unreachable.length,
      pending: members.pending.length,
      notYetDue,
      employedShare: rateOf(members.employed.length, members.answered.length),
      sameEmployerShare: rateOf(sameEmployer, saidEmployer),
      members,
    };
  });
}
