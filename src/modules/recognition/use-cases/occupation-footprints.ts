import { occupationRelations } from '../../reference/api.js';
import type { OccupationFootprint } from '../domain/employed-in-field.js';

const closeRelations = new Set(['exactMatch', 'closeMatch']);
const unitGroup = (isco: string | null | undefined) => (isco && isco.length >= 4 ? [isco.slice(0, 4)] : []);

/**
 * What an occupation of any classification stands on, from the shipped crosswalks: an ESCO occupation,
 * itself, its ISCO-08 unit group and the national codes that are the same job; a national code, itself,
 * the ESCO occupations the crosswalk calls the same job (else every one it links) and their unit groups.
 */
export function footprintOf(ref: { scheme: string; code: string }): OccupationFootprint {
  const relations = occupationRelations();
  if (ref.scheme === 'esco') {
    const facts = relations.facts(ref.code);
    return { escoIds: [ref.code], iscoUnits: unitGroup(facts.iscoCode), codes: facts.crosswalkCodes };
  }
  const linked = relations.escoIdsOf(ref.scheme as 'rome' | 'onet' | 'noc', ref.code);
  const same = linked.filter((link) => closeRelations.has(link.relation));
  const escoIds = (same.length > 0 ? same : linked).map((link) => link.escoId);
  return {
    escoIds,
    iscoUnits: [...new Set(escoIds.flatMap((id) => unitGroup(relations.facts(id).iscoCode)))],
    codes: [`${ref.scheme}:${ref.code}`],
  };
}

/** A contract's occupation: its ESCO occupation when named, and the ISCO code it was recorded with. */
export function footprintOfJob(job: { escoId: string | null; iscoCode: string | null }): OccupationFootprint {
  const fromEsco = job.escoId ? footprintOf({ scheme: 'esco', code: job.escoId }) : null;
  return {
    escoIds: fromEsco?.escoIds ?? [],
    iscoUnits: [...new Set([...(fromEsco?.iscoUnits ?? []), ...unitGroup(job.iscoCode)])],
    codes: fromEsco?.codes ?? [],
  };
}
