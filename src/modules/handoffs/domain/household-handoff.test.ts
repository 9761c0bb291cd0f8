import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdRelation } from '../../people/domain/household.js';
import { householdAtReceiver, waitingReminderDue } from './household-handoff.js';

const family = {
  mainContactPersonId: 'amal',
  members: [
    { personId: 'amal', relation: 'main' as const },
    { personId: 'karim', relation: 'spouse' as const },
    { personId: 'nour', relation: 'child' as const },
  ],
};

describe('a household re-formed at the receiver', () => {
  it('keeps the main contact and the relations when the main contact is handed over', () => {
    expect(householdAtReceiver(family, 'amal', ['nour'])).toEqual({
      ok: true,
      person: 'main',
      members: [{ personId: 'nour', relation: 'child' }],
    });
    expect(householdAtReceiver(family, 'karim', ['amal', 'nour', 'amal'])).toEqual({
      ok: true,
      person: 'spouse',
      members: [
        { personId: 'amal', relation: 'main' },
        { personId: 'nour', relation: 'child' },
      ],
    });
  });

  it('makes the person proposed the main contact when the main contact stays behind', () => {
    expect(householdAtReceiver(family, 'karim', ['nour'])).toEqual({
      ok: true,
      person: 'main',
      members: [{ personId: 'nour', relation: 'other' }],
    });
  });

  it('refuses someone who is not a member of the household, or the person proposed twice', () => {
    expect(householdAtReceiver(family, 'amal', ['stranger'])).toEqual({ ok: false, notMember: 'stranger' });
    expect(householdAtReceiver(family, 'amal', ['amal'])).toEqual({ ok: false, notMember: 'amal' });
    expect(householdAtReceiver(family, 'stranger', [])).toEqual({ ok: false, notMember: 'stranger' });
  });

  it('always gives the re-formed household exactly one main contact', () => {
    const relations: HouseholdRelation[] = ['spouse', 'child', 'parent', 'sibling', 'other'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...relations), { minLength: 0, maxLength: 6 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (others, proposedIndex, chosenIndexes) => {
          const members = [
            { personId: 'p0', relation: 'main' as HouseholdRelation },
            ...others.map((relation, i) => ({ personId: `p${i + 1}`, relation })),
          ];
          const proposed = `p${proposedIndex % members.length}`;
          const chosen = chosenIndexes.map((i) => `p${i % members.length}`).filter((id) => id !== proposed);
          const result = householdAtReceiver({ mainContactPersonId: 'p0', members }, proposed, chosen);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const all = [result.person, ...result.members.map((m) => m.relation)];
          expect(all.filter((r) => r === 'main')).toHaveLength(1);
          expect(result.members).toHaveLength(new Set(chosen).size);
        },
      ),
    );
  });
});

describe('the reminder of a proposal that waits', () => {
  const waiting = { status: 'proposed', proposedOn: '2026-06-01', remindedAt: null };
  it('is due from the seventh day, once, and only while the proposal waits', () => {
    expect(waitingReminderDue(waiting, '2026-06-07')).toBe(false);
    expect(waitingReminderDue(waiting, '2026-06-08')).toBe(true);
    expect(waitingReminderDue(waiting, '2026-07-30')).toBe(true);
    expect(
      waitingReminderDue({ ...waiting, remindedAt: new Date('2026-06-08T06:00:00Z') }, '2026-06-20'),
    ).toBe(false);
    for (const status of ['accepted', 'declined', 'withdrawn'])
      expect(waitingReminderDue({ ...waiting, status }, '2026-07-30')).toBe(false);
    expect(waitingReminderDue(waiting, '2026-06-04', 3)).toBe(true);
  });
});
