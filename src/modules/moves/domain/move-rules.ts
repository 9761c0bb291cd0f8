/** Where the household lives on arrival: whether the move is settled or still fragile. */
export const housingKinds = [
  'rented',
  'bought',
  'employer_provided',
  'temporary',
  'with_family',
  'not_yet',
] as const;
export type HousingKind = (typeof housingKinds)[number];

/** What brings the household's income on arrival: the track the plan chose, or still looking. */
export const arrivalActivities = ['job', 'business', 'studies', 'job_search', 'other'] as const;
export type ArrivalActivity = (typeof arrivalActivities)[number];

export const moveStatuses = ['recorded', 'cancelled'] as const;
export type MoveStatus = (typeof moveStatuses)[number];

/** Why a move cannot be recorded as typed, as a stable code the web app words. */
export type MoveProblem = 'in_future' | 'before_enrolment' | 'member_not_in_household';

/**
 * A move is recorded once it happened (a planned arrival belongs to the plan), never before the
 * enrolment it ends, and it names only members of the household it moves.
 */
export function moveProblems(move: {
  movedOn: string;
  today: string;
  enrolledOn: string | null;
  memberPersonIds: readonly string[];
  householdMemberIds: readonly string[];
}): MoveProblem[] {
  const problems: MoveProblem[] = [];
  if (move.movedOn > move.today) problems.push('in_future');
  if (move.enrolledOn !== null && move.movedOn < move.enrolledOn) problems.push('before_enrolment');
  const household = new Set(move.householdMemberIds);
  if (move.memberPersonIds.some((id) => !household.has(id))) problems.push('member_not_in_household');
  return problems;
}

/** The household's size on the move: its members with a file and the dependants without one. */
export function householdSize(memberPersonIds: readonly string[], dependants: number): number {
  return new Set(memberPersonIds).size + dependants;
}
