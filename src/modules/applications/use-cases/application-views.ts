import type { z } from 'zod';
import type { applicationView } from '../../../contracts/applications.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { employerSummary } from '../../employers/api.js';
import { offerSummary } from '../../offers/api.js';
import { personSummary } from '../../people/api.js';
import { type ApplicationRecord, applicationsRepository } from '../adapters/applications-repository.js';
import { applicationMoves, type RefusalReasonCode, refusalReasonOf } from '../domain/application-state.js';

export type ApplicationView = z.output<typeof applicationView>;

const iso = (at: Date) => new Date(at).toISOString();

function refusalOf(reason: string | null, by: 'employer' | 'person' | null) {
  if (!reason || !by) return null;
  return {
    reason: reason as RefusalReasonCode,
    by,
    sharedWithPerson: refusalReasonOf(reason)?.sharedWithPerson ?? false,
  };
}

/**
 * The applications as the screens show them: the person, the offer and its employer named, the history
 * and the comments with their authors' names. Reads each person, offer and employer once.
 */
export async function applicationViews(
  db: Executor,
  organizationId: string,
  applications: readonly ApplicationRecord[],
): Promise<ApplicationView[]> {
  if (applications.length === 0) return [];
  const repo = applicationsRepository(db);
  const ids = applications.map((a) => a.id);
  const [moves, comments] = await Promise.all([repo.movesOf(ids), repo.commentsOf(ids)]);
  const unique = <T>(values: T[]) => [...new Set(values)];
  const people = new Map(
    await Promise.all(
      unique(applications.map((a) => a.personId)).map(
        async (id) => [id, await personSummary(db, id, organizationId)] as const,
      ),
    ),
  );
  const offers = new Map(
    await Promise.all(
      unique(applications.map((a) => a.offerId)).map(
        async (id) => [id, await offerSummary(db, id, organizationId)] as const,
      ),
    ),
  );
  const employers = new Map(
    await Promise.all(
      unique(applications.map((a) => a.employerId)).map(
        async (id) => [id, await employerSummary(db, id, organizationId)] as const,
      ),
    ),
  );
  const names = await accountsApi(db).displayNames([
    ...applications.map((a) => a.proposedBy),
    ...moves.map((m) => m.recordedBy),
    ...comments.map((c) => c.authorUserId),
  ]);
  const who = (userId: string) => ({ userId, name: names.get(userId) ?? null });
  return applications.map((a) => {
    const person = people.get(a.personId);
    return {
      id: a.id,
      person: { id: a.personId, givenName: person?.givenName ?? '', familyName: person?.familyName ?? '' },
      offer: { id: a.offerId, title: offers.get(a.offerId)?.title ?? '' },
      employer: { id: a.employerId, name: employers.get(a.employerId)?.name ?? '' },
      state: a.state,
      nextStates: [...applicationMoves[a.state]],
      refusal: refusalOf(a.refusalReason, a.refusedBy),
      placementId: a.placementId,
      hiredOn: a.hiredOn,
      proposedBy: who(a.proposedBy),
      createdAt: iso(a.createdAt),
      stateChangedAt: iso(a.stateChangedAt),
      moves: moves
        .filter((m) => m.applicationId === a.id)
        .map((m) => ({
          id: m.id,
          from: m.fromState,
          to: m.toState,
          onDate: m.occurredOn,
          refusal: refusalOf(m.refusalReason, m.refusedBy),
          note: m.note,
          recordedBy: who(m.recordedBy),
          recordedAt: iso(m.recordedAt),
        })),
      comments: comments
        .filter((c) => c.applicationId === a.id)
        .map((c) => ({ id: c.id, body: c.body, author: who(c.authorUserId), createdAt: iso(c.createdAt) })),
      fromMergedFile: null,
    };
  });
}
