import type { CriterionOutcome } from './criteria.js';

/**
 * How close two occupations are, from the strongest relation to none. ESCO's own hierarchy comes
 * first (the same occupation, one the other specialises, or two specialisations of the same one), then
 * the national classifications the crosswalks link it to (ROME, O*NET-SOC, NOC), then ISCO groups.
 */
export interface OccupationFacts {
  escoId: string | null;
  /** ISCO-08 unit group (4 digits) of the ESCO occupation. */
  iscoCode: string | null;
  /** ESCO occupations (their ids) this one specialises, nearest first. */
  broaderIds: readonly string[];
  /** Codes of the crosswalks, prefixed by scheme: 'rome:J1506', 'onet:29-1141.00', 'noc:31301'. */
  crosswalkCodes: readonly string[];
  label: string | null;
}

export interface PersonOccupation extends OccupationFacts {
  /** Where the person's occupation comes from: a target in the plan, or work they did. */
  source: 'plan_target' | 'experience';
}

export const occupationRelations = [
  'same',
  'hierarchy',
  'crosswalk',
  'isco_unit_group',
  'isco_minor_group',
  'unrelated',
] as const;
export type OccupationRelation = (typeof occupationRelations)[number];

export const relationFit: Record<OccupationRelation, number> = {
  same: 1,
  hierarchy: 0.8,
  crosswalk: 0.7,
  isco_unit_group: 0.6,
  isco_minor_group: 0.3,
  unrelated: 0,
};

export function occupationRelation(a: OccupationFacts, b: OccupationFacts): OccupationRelation {
  if (a.escoId && a.escoId === b.escoId) return 'same';
  if (
    (a.escoId && b.broaderIds.includes(a.escoId)) ||
    (b.escoId && a.broaderIds.includes(b.escoId)) ||
    (a.broaderIds.length > 0 && a.broaderIds[0] === b.broaderIds[0])
  )
    return 'hierarchy';
  const codes = new Set(a.crosswalkCodes);
  if (b.crosswalkCodes.some((code) => codes.has(code))) return 'crosswalk';
  if (a.iscoCode && b.iscoCode && a.iscoCode.length === 4 && a.iscoCode === b.iscoCode)
    return 'isco_unit_group';
  if (a.iscoCode && b.iscoCode && a.iscoCode.slice(0, 3) === b.iscoCode.slice(0, 3) && a.iscoCode.length >= 3)
    return 'isco_minor_group';
  return 'unrelated';
}

/**
 * The best relation between the offer's occupation and any of the person's. A target in the plan wins
 * a tie over past experience, because it is what the person and the counselor chose to aim for.
 */
export function occupationFit(
  offer: OccupationFacts | null,
  person: readonly PersonOccupation[],
): CriterionOutcome {
  if (!offer || (!offer.escoId && !offer.iscoCode)) return { criterion: 'occupation', notApplicable: true };
  if (person.length === 0)
    return { criterion: 'occupation', fit: null, reason: 'occupation_unknown', params: {} };
  let best: { relation: OccupationRelation; occupation: PersonOccupation } | null = null;
  for (const occupation of person) {
    const relation = occupationRelation(offer, occupation);
    const better =
      !best ||
      relationFit[relation] > relationFit[best.relation] ||
      (relationFit[relation] === relationFit[best.relation] &&
        occupation.source === 'plan_target' &&
        best.occupation.source !== 'plan_target');
    if (better) best = { relation, occupation };
  }
  const { relation, occupation } = best as { relation: OccupationRelation; occupation: PersonOccupation };
  return {
    criterion: 'occupation',
    fit: relationFit[relation],
    reason: `occupation_${relation}`,
    params: { source: occupation.source, personOccupation: occupation.label ?? '' },
  };
}
