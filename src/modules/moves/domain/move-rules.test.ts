import { describe, expect, it } from 'vitest';
import { householdSize, moveProblems } from './move-rules.js';

describe('what a move may say', () => {
  const base = {
    movedOn: '2026-05-01',
    today: '2026-06-01',
    enrolledOn: '2026-01-10',
    memberPersonIds: ['p1', 'p2'],
    householdMemberIds: ['p1', 'p2', 'p3'],
  };

  it('accepts a move that happened, after the enrolment, of members of the household', () => {
    expect(moveProblems(base)).toEqual([]);
    expect(moveProblems({ ...base, movedOn: base.today, enrolledOn: null })).toEqual([]);
    expect(moveProblems({ ...base, movedOn: base.enrolledOn! })).toEqual([]);
  });

  it('names every problem at once', () => {
    expect(moveProblems({ ...base, movedOn: '2026-06-02' })).toEqual(['in_future']);
    expect(moveProblems({ ...base, movedOn: '2026-01-09' })).toEqual(['before_enrolment']);
    expect(moveProblems({ ...base, memberPersonIds: ['p1', 'stranger'] })).toEqual([
      'member_not_in_household',
    ]);
    expect(
      moveProblems({ ...base, movedOn: '2027-01-01', enrolledOn: '2027-02-01', memberPersonIds: ['x'] }),
    ).toEqual(['in_future', 'before_enrolment', 'member_not_in_household']);
  });

  it('counts members once and adds the dependants without a file', () => {
    expect(householdSize(['p1', 'p2', 'p1'], 3)).toBe(5);
    expect(householdSize([], 0)).toBe(0);
  });
});
