/**
 * How an occupation of one classification reaches the classification of the country where the person
 * lives now: through ESCO, the only classification every shipped crosswalk touches (ESCO–ROME,
 * ESCO–O*NET, and NOC through O*NET). Pure: the crosswalk lookups are passed in.
 */
import { type ClassificationScheme, type CrosswalkLink, crosswalkRelations } from './occupation-graph.js';
import type { OccupationRef } from './occupation-titles.js';

/** The classification employers and regulators use in each country Passerelle's data covers. */
export const equivalenceCountries = ['FR', 'US', 'CA'] as const;
export type EquivalenceCountry = (typeof equivalenceCountries)[number];
export const schemeOfCountry: Record<EquivalenceCountry, ClassificationScheme> = {
  FR: 'rome',
  US: 'onet',
  CA: 'noc',
};

export function isEquivalenceCountry(country: string | null | undefined): country is EquivalenceCountry {
  return (equivalenceCountries as readonly string[]).includes(country ?? '');
}

/** `same`: the occupation is already a code of that classification. Then strongest first. */
export const equivalenceRelations = ['same', ...crosswalkRelations] as const;
export type EquivalenceRelation = (typeof equivalenceRelations)[number];

/** Two hops are as strong as the weaker ("exactMatch" then "broadMatch" is a broad match). */
export function weaker(a: EquivalenceRelation, b: EquivalenceRelation): EquivalenceRelation {
  return equivalenceRelations.indexOf(a) >= equivalenceRelations.indexOf(b) ? a : b;
}

export interface Bridge {
  escoId: string;
  relation: EquivalenceRelation;
}

/**
 * The ESCO occupations a code stands on: itself for an ESCO occupation; for a national code, those the
 * crosswalk says are the same job (exact or close match) when there are any, else all it links.
 */
export function bridgesOf(source: OccupationRef, linkedEsco: readonly Bridge[]): Bridge[] {
  if (source.scheme === 'esco') return [{ escoId: source.code, relation: 'same' }];
  const close = linkedEsco.filter((link) => link.relation === 'exactMatch' || link.relation === 'closeMatch');
  return close.length > 0 ? close : [...linkedEsco];
}

export interface EquivalentCode {
  scheme: ClassificationScheme;
  code: string;
  /** The weaker hop of the strongest path; `viaOnet` when a hop is the unofficial NOC–O*NET crosswalk. */
  relation: EquivalenceRelation;
  /** The ESCO occupations the strongest paths go through (none for `same`). */
  throughEscoIds: string[];
}

/**
 * The codes of the target classification the source reaches through its bridges: strongest relation
 * first, then those more bridges reach, then by code.
 */
export function equivalentsThrough(
  source: OccupationRef,
  bridges: readonly Bridge[],
  linksOf: (escoId: string) => readonly CrosswalkLink[],
  target: ClassificationScheme,
): EquivalentCode[] {
  if (source.scheme === target)
    return [{ scheme: target, code: source.code, relation: 'same', throughEscoIds: [] }];
  const found = new Map<string, EquivalentCode>();
  for (const bridge of bridges)
    for (const link of linksOf(bridge.escoId)) {
      if (link.scheme !== target) continue;
      const relation = weaker(bridge.relation, link.relation);
      const known = found.get(link.code);
      const rank = equivalenceRelations.indexOf(relation);
      if (!known || rank < equivalenceRelations.indexOf(known.relation))
        found.set(link.code, { scheme: target, code: link.code, relation, throughEscoIds: [bridge.escoId] });
      else if (
        rank === equivalenceRelations.indexOf(known.relation) &&
        !known.throughEscoIds.includes(bridge.escoId)
      )
        known.throughEscoIds.push(bridge.escoId);
    }
  return [...found.values()].sort(
    (a, b) =>
      equivalenceRelations.indexOf(a.relation) - equivalenceRelations.indexOf(b.relation) ||
      b.throughEscoIds.length - a.throughEscoIds.length ||
      a.code.localeCompare(b.code),
  );
}
