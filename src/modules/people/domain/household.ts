import { householdRelations } from './file-vocabulary.js';

/**
 * A household of files (migration 0060): people the organization follows, each with a file of their
 * own, around a main contact. Each member's relation is to the main contact, who is `main`.
 */
export const householdMemberRelations = householdRelations;
export type HouseholdMemberRelation = (typeof householdMemberRelations)[number];
export type HouseholdRelation = 'main' | HouseholdMemberRelation;

/**
 * The relation the former main contact has to the new one, given the new one's relation to the
 * former: a spouse's spouse, a child's parent. The other members keep the relation recorded.
 */
export function inverseRelation(relation: HouseholdMemberRelation): HouseholdMemberRelation {
  switch (relation) {
    case 'child':
      return 'parent';
    case 'parent':
      return 'child';
    default:
      return relation;
  }
}
