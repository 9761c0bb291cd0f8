import type { UseCaseScope } from '../../../core/use-case.js';
import { enrolInSeries } from './enrol-participant.js';

/**
 * Enrols one person in a series within the caller's transaction (the caseload's enrolment of several
 * people): the same checks, seat counting under the series lock, waitlist, invitation, timeline and
 * audit as `enrolParticipant`. A refusal throws the sessions module's error, as the route would answer.
 */
export function enrolPersonWithin(
  scope: Pick<UseCaseScope<unknown>, 'ctx' | 'trx' | 'now' | 'newId' | 'audit' | 'timeline'>,
  seriesId: string,
  personId: string,
): Promise<{ id: string; status: 'enrolled' | 'waitlisted' }> {
  return enrolInSeries({ ...scope, input: { seriesId, personId } });
}
