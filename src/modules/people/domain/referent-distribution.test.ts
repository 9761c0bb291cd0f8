import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributeReferents,
  distributionStrategies,
  type PersonToHandOver,
  type ReceivingColleague,
} from './referent-distribution.js';

const leaving = 'leaving-counselor';
const people = (n: number, from: string | null = leaving): PersonToHandOver[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `p${i}`, currentReferentUserId: from }));
const countBy = (handovers: { toUserId: string }[]) => {
  const counts = new Map<string, number>();
  for (const h of handovers) counts.set(h.toUserId, (counts.get(h.toUserId) ?? 0) + 1);
  return counts;
};

describe('handing people over to colleagues', () => {
  it('gives everyone to a single colleague, keeping who followed them before', () => {
    const handovers = distributeReferents(people(3), [{ userId: 'a', currentLoad: 40 }], 'even');
    expect(handovers).toEqual([
      { personId: 'p0', fromUserId: leaving, toUserId: 'a' },
      { personId: 'p1', fromUserId: leaving, toUserId: 'a' },
      { personId: 'p2', fromUserId: leaving, toUserId: 'a' },
    ]);
  });

  it('in turn: the same number to each, give or take one, whatever they already follow', () => {
    const colleagues = [
      { userId: 'a', currentLoad: 100 },
      { userId: 'b', currentLoad: 0 },
      { userId: 'c', currentLoad: 3 },
    ];
    const counts = countBy(distributeReferents(people(7), colleagues, 'even'));
    expect([counts.get('a'), counts.get('b'), counts.get('c')]).toEqual([3, 2, 2]);
  });

  it('least loaded: fills the lightest caseloads first, ties to the first listed', () => {
    const colleagues = [
      { userId: 'a', currentLoad: 10 },
      { userId: 'b', currentLoad: 7 },
      { userId: 'c', currentLoad: 12 },
    ];
    const handovers = distributeReferents(people(6), colleagues, 'leastLoaded');
    expect(handovers.map((h) => h.toUserId)).toEqual(['b', 'b', 'b', 'a', 'b', 'a']);
  });

  it('leaves people already followed by one of the colleagues where they are', () => {
    const mixed: PersonToHandOver[] = [
      { personId: 'p0', currentReferentUserId: 'a' },
      { personId: 'p1', currentReferentUserId: leaving },
      { personId: 'p2', currentReferentUserId: null },
    ];
    const handovers = distributeReferents(mixed, [{ userId: 'a', currentLoad: 1 }], 'even');
    expect(handovers).toEqual([
      { personId: 'p1', fromUserId: leaving, toUserId: 'a' },
      { personId: 'p2', fromUserId: null, toUserId: 'a' },
    ]);
  });

  it('hands nobody over when there is nobody to receive them, or nobody to hand over', () => {
    for (const strategy of distributionStrategies) {
      expect(distributeReferents(people(3), [], strategy)).toEqual([]);
      expect(distributeReferents([], [{ userId: 'a', currentLoad: 0 }], strategy)).toEqual([]);
    }
  });
});

const colleaguesArbitrary = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((userId) =>
        fc.nat({ max: 200 }).map((currentLoad): ReceivingColleague => ({ userId, currentLoad })),
      ),
    ),
  );
const peopleArbitrary = fc
  .array(fc.constantFrom<string | null>(null, leaving, 'a', 'b', 'z'), { maxLength: 200 })
  .map((referents) =>
    referents.map((currentReferentUserId, i) => ({ personId: `p${i}`, currentReferentUserId })),
  );

describe('handover properties', () => {
  it('each person who must move moves exactly once, to one of the colleagues, in the given order', () => {
    fc.assert(
      fc.property(
        peopleArbitrary,
        colleaguesArbitrary,
        fc.constantFrom(...distributionStrategies),
        (list, colleagues, s) => {
          const receiving = new Set(colleagues.map((c) => c.userId));
          const handovers = distributeReferents(list, colleagues, s);
          const mustMove = list.filter(
            (p) => p.currentReferentUserId === null || !receiving.has(p.currentReferentUserId),
          );
          expect(handovers.map((h) => h.personId)).toEqual(mustMove.map((p) => p.personId));
          for (const h of handovers) {
            expect(receiving.has(h.toUserId)).toBe(true);
            expect(h.toUserId).not.toBe(h.fromUserId);
          }
        },
      ),
    );
  });

  it('in turn, counts differ by at most one', () => {
    fc.assert(
      fc.property(peopleArbitrary, colleaguesArbitrary, (list, colleagues) => {
        const counts = countBy(distributeReferents(list, colleagues, 'even'));
        const values = colleagues.map((c) => counts.get(c.userId) ?? 0);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('least loaded never lets a receiving caseload end above the lightest one plus one', () => {
    fc.assert(
      fc.property(peopleArbitrary, colleaguesArbitrary, (list, colleagues) => {
        const counts = countBy(distributeReferents(list, colleagues, 'leastLoaded'));
        const finalLoads = colleagues.map((c) => c.currentLoad + (counts.get(c.userId) ?? 0));
        const lightest = Math.min(...finalLoads);
        colleagues.forEach((colleague, i) => {
          // A colleague who received someone ends at most one above the lightest caseload.
          if ((counts.get(colleague.userId) ?? 0) > 0)
            expect(finalLoads[i]!).toBeLessThanOrEqual(lightest + 1);
        });
      }),
    );
  });
});
