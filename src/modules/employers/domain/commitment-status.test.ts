import { describe, expect, it } from 'vitest';
import {
  type CommitmentStatus,
  commitmentStatuses,
  mayMoveCommitment,
  nextCommitmentStatuses,
  openCommitmentStatuses,
} from './commitment-status.js';

/** Every pair of statuses, decided by hand: the table the rule must match exactly. */
const allowed: Record<CommitmentStatus, CommitmentStatus[]> = {
  committed: ['in_progress', 'fulfilled', 'not_fulfilled', 'withdrawn'],
  in_progress: ['fulfilled', 'not_fulfilled', 'withdrawn'],
  fulfilled: ['in_progress'],
  not_fulfilled: ['in_progress'],
  withdrawn: [],
};

describe('commitment statuses', () => {
  it('decides each of the 25 moves as the table says', () => {
    for (const from of commitmentStatuses)
      for (const to of commitmentStatuses)
        expect(mayMoveCommitment(from, to), `${from} → ${to}`).toBe(allowed[from].includes(to));
  });

  it('never moves to the same status, never out of withdrawn, and never back to committed', () => {
    for (const status of commitmentStatuses) {
      expect(mayMoveCommitment(status, status)).toBe(false);
      expect(mayMoveCommitment('withdrawn', status)).toBe(false);
      expect(mayMoveCommitment(status, 'committed')).toBe(false);
    }
  });

  it('offers as next steps exactly the moves allowed, and reaches an end from every open status', () => {
    for (const from of commitmentStatuses) {
      expect([...nextCommitmentStatuses(from)]).toEqual(
        commitmentStatuses.filter((to) => mayMoveCommitment(from, to)),
      );
    }
    for (const open of openCommitmentStatuses)
      expect(nextCommitmentStatuses(open).some((to) => !openCommitmentStatuses.includes(to))).toBe(true);
  });
});
