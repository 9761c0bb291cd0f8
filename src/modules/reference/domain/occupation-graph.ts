/**
 * How occupations relate across classifications: ESCO's own hierarchy, and the crosswalks to ROME
 * (France), O*NET-SOC (United States) and NOC 2021 (Canada). Built once from the shipped reference
 * files; pure lookups afterwards, so matching can compare thousands of offers without a query each.
 */

export const classificationSchemes = ['rome', 'onet', 'noc'] as const;
export type ClassificationScheme = (typeof classificationSchemes)[number];

/**
 * SKOS relations read as "the ESCO occupation <relation> the national code", strongest first.
 * `viaOnet`: NOC reaches ESCO only through O*NET, by a crosswalk that is not an official one.
 */
export const crosswalkRelations = [
  'exactMatch',
  'closeMatch',
  'narrowMatch',
  'broadMatch',
  'viaOnet',
] as const;
export type CrosswalkRelation = (typeof crosswalkRelations)[number];

export interface CrosswalkLink {
  scheme: ClassificationScheme;
  code: string;
  relation: CrosswalkRelation;
}

export interface OccupationGraphData {
  iscoOf: ReadonlyMap<string, string>;
  broaderOf: ReadonlyMap<string, string>;
  linksOf: ReadonlyMap<string, readonly CrosswalkLink[]>;
}

/** Only these say that two occupations are the same job; broad matches span whole families. */
const closeRelations: ReadonlySet<CrosswalkRelation> = new Set(['exactMatch', 'closeMatch']);

export interface OccupationGraphFacts {
  escoId: string;
  iscoCode: string | null;
  /** Nearest first. */
  broaderIds: string[];
  /** Codes the occupation is the same job as, prefixed by scheme ('rome:F1106'). */
  crosswalkCodes: string[];
}

export function occupationGraph(data: OccupationGraphData) {
  const narrowerOf = new Map<string, string[]>();
  for (const [child, parent] of data.broaderOf)
    narrowerOf.set(parent, [...(narrowerOf.get(parent) ?? []), child]);
  const byCode = new Map<string, string[]>();
  const escoOf = new Map<string, { escoId: string; relation: CrosswalkRelation }[]>();
  const byIsco = new Map<string, string[]>();
  for (const [id, links] of data.linksOf)
    for (const link of links) {
      const key = `${link.scheme}:${link.code}`;
      const known = escoOf.get(key) ?? [];
      known.push({ escoId: id, relation: link.relation });
      escoOf.set(key, known);
    }
  for (const [id, links] of data.linksOf)
    for (const link of links)
      if (closeRelations.has(link.relation)) {
        const key = `${link.scheme}:${link.code}`;
        byCode.set(key, [...(byCode.get(key) ?? []), id]);
      }
  for (const [id, isco] of data.iscoOf) byIsco.set(isco, [...(byIsco.get(isco) ?? []), id]);

  function broaderIds(escoId: string): string[] {
    const chain: string[] = [];
    let current = data.broaderOf.get(escoId);
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = data.broaderOf.get(current);
    }
    return chain;
  }

  function crosswalkCodes(escoId: string): string[] {
    return (data.linksOf.get(escoId) ?? [])
      .filter((link) => closeRelations.has(link.relation))
      .map((link) => `${link.scheme}:${link.code}`);
  }

  return {
    has: (escoId: string) => data.iscoOf.has(escoId),

    facts(escoId: string): OccupationGraphFacts {
      return {
        escoId,
        iscoCode: data.iscoOf.get(escoId) ?? null,
        broaderIds: broaderIds(escoId),
        crosswalkCodes: crosswalkCodes(escoId),
      };
    },

    /** The national codes of an occupation, strongest relation first within each scheme. */
    equivalents(escoId: string): CrosswalkLink[] {
      return [...(data.linksOf.get(escoId) ?? [])].sort(
        (a, b) =>
          classificationSchemes.indexOf(a.scheme) - classificationSchemes.indexOf(b.scheme) ||
          crosswalkRelations.indexOf(a.relation) - crosswalkRelations.indexOf(b.relation) ||
          a.code.localeCompare(b.code),
      );
    },

    /**
     * The ESCO occupations a national code is linked to, strongest relation first (the relation read
     * as "the ESCO occupation <relation> the code").
     */
    escoIdsOf(scheme: ClassificationScheme, code: string): { escoId: string; relation: CrosswalkRelation }[] {
      return [...(escoOf.get(`${scheme}:${code}`) ?? [])].sort(
        (a, b) =>
          crosswalkRelations.indexOf(a.relation) - crosswalkRelations.indexOf(b.relation) ||
          a.escoId.localeCompare(b.escoId),
      );
    },

    /**
     * Every occupation a matching could relate to this one at all (itself, its ancestors and their
     * descendants, the occupations sharing a close national code, and those of its ISCO minor group):
     * the candidates a search for offers starts from, before any score.
     */
    related(escoId: string): Set<string> {
      const related = new Set<string>([escoId]);
      const top = [escoId, ...broaderIds(escoId)];
      const stack = [...top];
      while (stack.length > 0) {
        const id = stack.pop() as string;
        related.add(id);
        for (const child of narrowerOf.get(id) ?? []) if (!related.has(child)) stack.push(child);
      }
      for (const code of crosswalkCodes(escoId)) for (const id of byCode.get(code) ?? []) related.add(id);
      const isco = data.iscoOf.get(escoId);
      if (isco)
        for (const [group, ids] of byIsco)
          if (group.slice(0, 3) === isco.slice(0, 3)) for (const id of ids) related.add(id);
      return related;
    },
  };
}

export type OccupationGraph = ReturnType<typeof occupationGraph>;
