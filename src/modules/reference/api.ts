/**
 * What other modules may ask of the reference module. A person's occupation is kept by its ESCO id;
 * its label is looked up in the reader's language each time it is shown, so that a French-speaking
 * colleague reads in French what a counselor picked while searching in English.
 */
import type { Executor } from '../../core/db/types.js';
import { occupationCrosswalks, titleIn } from './adapters/occupation-crosswalk-files.js';
import { occupationTitlesRepository } from './adapters/occupation-titles-repository.js';
import { referenceRepository } from './adapters/reference-repository.js';
import { type OccupationSex, occupationLabelFor } from './domain/occupation-label.js';
import { escoIdOf, occupationLanguageOf } from './domain/occupation-languages.js';
import { foldOccupationTitle } from './domain/occupation-titles.js';
import { occupationTitles as titlesOf } from './occupation-translation.js';

export type { OccupationSex } from './domain/occupation-label.js';
export { escoIdOf, occupationLanguageOf } from './domain/occupation-languages.js';

/** Names an occupation for a person of that sex; undefined when the id is not an ESCO occupation. */
export type OccupationNamer = (escoId: string | null | undefined, sex?: OccupationSex) => string | undefined;

/** One query for the occupations given; the namer answers in the locale's language (English otherwise). */
export async function occupationNamer(
  db: Executor,
  escoIds: readonly (string | null | undefined)[],
  locale: string,
): Promise<OccupationNamer> {
  const column = `label_${occupationLanguageOf(locale)}` as const;
  const ids = [...new Set(escoIds.filter((id): id is string => Boolean(id)).map(escoIdOf))];
  const rows = await referenceRepository(db).preferredLabels(ids);
  const preferred = new Map(rows.map((row) => [row.esco_id, row[column]]));
  return (escoId, sex) => {
    const label = escoId ? preferred.get(escoIdOf(escoId)) : undefined;
    return label === undefined ? undefined : occupationLabelFor(label, sex);
  };
}

export type { CrosswalkLink, OccupationGraphFacts } from './domain/occupation-graph.js';

/**
 * How occupations relate across ESCO's hierarchy and the ROME, O*NET-SOC and NOC crosswalks, for
 * matching and for the equivalents of an offer's occupation (no query: shipped files read once).
 */
export function occupationRelations() {
  const { graph, titles } = occupationCrosswalks();
  return {
    facts: graph.facts,
    related: graph.related,
    equivalents: graph.equivalents,
    escoIdsOf: graph.escoIdsOf,
    titleOf: (scheme: string, code: string, language: string) =>
      titleIn(titles.get(`${scheme}:${code}`), language),
  };
}

export type {
  EquivalenceCountry,
  EquivalenceRelation,
} from './domain/occupation-equivalence.js';
export type { OccupationRef, OccupationScheme } from './domain/occupation-titles.js';
export type { OccupationEquivalents, OccupationTitle } from './occupation-translation.js';
/**
 * `occupationTitles(db, refs, lang)`: the own title of occupations of any classification, in the order
 * given. `equivalentsIn(db, ref, country, lang)`: an occupation's equivalents in the classification of
 * FR, US or CA (null for a code no shipped classification has).
 */
export { equivalentsIn, occupationTitles } from './occupation-translation.js';

/**
 * ESCO occupations whose titles, in any language shipped, match what someone typed, best first: the
 * code and the occupation's own title in the reader's language (else English, else the title that
 * matched). Reference data only, for suggestions (the consortium front door's public form).
 */
export async function suggestEscoOccupations(
  db: Executor,
  query: { q: string; locale: string; limit: number },
): Promise<{ code: string; label: string }[]> {
  const search = foldOccupationTitle(query.q);
  if (search.length < 2) return [];
  const hits = await occupationTitlesRepository(db).search({ search, schemes: ['esco'], limit: query.limit });
  const titles = await titlesOf(db, hits, query.locale);
  return hits.map((hit, index) => ({ code: hit.code, label: titles[index]?.title ?? hit.label }));
}
