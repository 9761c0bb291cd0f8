import { describe, expect, it } from 'vitest';
import { householdMemberRelations, inverseRelation } from './household.js';

describe('relations within a household', () => {
  it('turns a child into a parent and back, and keeps the symmetric ones', () => {
    expect(inverseRelation('child')).toBe('parent');
    expect(inverseRelation('parent')).toBe('child');
    expect(inverseRelation('spouse')).toBe('spouse');
    expect(inverseRelation('sibling')).toBe('sibling');
    expect(inverseRelation('other')).toBe('other');
  });

  it('is its own inverse for every relation', () => {
    for (const relation of householdMemberRelations)
      expect(inverseRelation(inverseRelation(relation))).toBe(relation);
  });
});
