/**
 * Where an employer's commitment stands. It starts `committed`; work under way makes it
 * `in_progress`; it ends `fulfilled`, `not_fulfilled` or `withdrawn` by the employer. A fulfilled or
 * unfulfilled commitment may be reopened (back to in progress: the count was wrong, the period
 * extended); a withdrawn one is final — a new commitment is recorded instead.
 */
export const commitmentStatuses = [
  'committed',
  'in_progress',
  'fulfilled',
  'not_fulfilled',
  'withdrawn',
] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

const moves: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  committed: ['in_progress', 'fulfilled', 'not_fulfilled', 'withdrawn'],
  in_progress: ['fulfilled', 'not_fulfilled', 'withdrawn'],
  fulfilled: ['in_progress'],
  not_fulfilled: ['in_progress'],
  withdrawn: [],
};

/** Whether a commitment may move from one status to another (never to the same one). */
export function mayMoveCommitment(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return moves[from].includes(to);
}

/** The statuses a commitment may move to next, in the order of the list. */
export function nextCommitmentStatuses(from: CommitmentStatus): readonly CommitmentStatus[] {
  return moves[from];
}

/** Commitments still to be honoured: counted as open on the directory's list. */
export const openCommitmentStatuses: readonly CommitmentStatus[] = ['committed', 'in_progress'];
