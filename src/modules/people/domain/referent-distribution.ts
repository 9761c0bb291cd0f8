/**
 * How people are handed over to colleagues in one go (a counselor leaves, a caseload is rebalanced).
 * `even`: in turn, so that every colleague receives the same number, give or take one.
 * `leastLoaded`: each person goes to whoever follows the fewest people at that moment, counting those
 * already handed over, so that caseloads end as level as possible.
 */
export const distributionStrategies = ['even', 'leastLoaded'] as const;
export type DistributionStrategy = (typeof distributionStrategies)[number];

export interface PersonToHandOver {
  personId: string;
  currentReferentUserId: string | null;
}

export interface ReceivingColleague {
  userId: string;
  /** People this colleague already follows before the handover. */
  currentLoad: number;
}

export interface Handover {
  personId: string;
  fromUserId: string | null;
  toUserId: string;
}

/**
 * Who receives whom. People already followed by one of the colleagues stay with them (no handover for
 * them); ties go to the colleague listed first, so the outcome depends only on the inputs' order.
 */
export function distributeReferents(
  people: readonly PersonToHandOver[],
  colleagues: readonly ReceivingColleague[],
  strategy: DistributionStrategy,
): Handover[] {
  if (colleagues.length === 0) return [];
  const receiving = new Set(colleagues.map((c) => c.userId));
  const moving = people.filter(
    (p) => p.currentReferentUserId === null || !receiving.has(p.currentReferentUserId),
  );
  if (strategy === 'even') {
    return moving.map((person, index) => ({
      personId: person.personId,
      fromUserId: person.currentReferentUserId,
      toUserId: colleagues[index % colleagues.length]!.userId,
    }));
  }
  const load = colleagues.map((c) => c.currentLoad);
  return moving.map((person) => {
    let chosen = 0;
    for (let i = 1; i < load.length; i++) if (load[i]! < load[chosen]!) chosen = i;
    load[chosen] = load[chosen]! + 1;
    return {
      personId: person.personId,
      fromUserId: person.currentReferentUserId,
      toUserId: colleagues[chosen]!.userId,
    };
  });
}
