/** The applications module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { applicationsRepository } from './adapters/applications-repository.js';
import { reasonForPerson } from './domain/application-state.js';

/**
 * The person's applications as they may read them: the offer, each step with its day, and a refusal's
 * reason only when it may be shared with the person (the catalogue's `sharedWithPerson`). Comments and
 * notes are the professionals' working notes about the application: included, as every note of the file.
 */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repo = applicationsRepository(db);
  const applications = await repo.ofPerson(organizationId, personId);
  const ids = applications.map((a) => a.id);
  const [moves, comments] = await Promise.all([repo.movesOf(ids), repo.commentsOf(ids)]);
  return {
    applications: applications.map((a) => ({
      id: a.id,
      offerId: a.offerId,
      employerId: a.employerId,
      state: a.state,
      refusedBy: a.refusedBy,
      refusalReason: a.refusalReason ? reasonForPerson(a.refusalReason) : null,
      hiredOn: a.hiredOn,
      createdAt: new Date(a.createdAt).toISOString(),
      moves: moves
        .filter((m) => m.applicationId === a.id)
        .map((m) => ({ from: m.fromState, to: m.toState, on: m.occurredOn, note: m.note })),
      comments: comments
        .filter((c) => c.applicationId === a.id)
        .map((c) => ({ body: c.body, createdAt: new Date(c.createdAt).toISOString() })),
    })),
  };
}

/**
 * The applications stay (offer, steps, days: what the organization's figures count) but lose the notes
 * of their moves and their comments, which may name the person or their affairs. Returns the rows changed.
 */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return applicationsRepository(db).clearTextsOfPerson(organizationId, personId);
}
