/**
 * Occupations that translate: one search across ESCO, ROME, O*NET-SOC and NOC 2021 in every language
 * they have titles in, the title of any occupation in the reader's language, and the equivalents of
 * an occupation in the classification of the country where the person lives now. Reference data only
 * (no person's data): callers check who may ask. `api.ts` exposes the last two to other modules.
 */
import type { Executor } from '../../core/db/types.js';
import { occupationCrosswalks } from './adapters/occupation-crosswalk-files.js';
import { occupationTitlesRepository } from './adapters/occupation-titles-repository.js';
import { referenceRepository } from './adapters/reference-repository.js';
import {
  bridgesOf,
  type EquivalenceCountry,
  type EquivalenceRelation,
  equivalentsThrough,
  schemeOfCountry,
} from './domain/occupation-equivalence.js';
import type { ClassificationScheme, CrosswalkRelation } from './domain/occupation-graph.js';
import { occupationLabelFor } from './domain/occupation-label.js';
import {
  foldOccupationTitle,
  type OccupationRef,
  type OccupationScheme,
  type TitleLanguage,
  titleLanguageOf,
} from './domain/occupation-titles.js';

const keyOf = (ref: OccupationRef) => `${ref.scheme}:${ref.code}`;

export interface OccupationTitle extends OccupationRef {
  /** The classification's own title in the reader's language, else English, else French; null if unknown. */
  title: string | null;
}

/** The titles of these occupations, in the order given (one query). */
export async function occupationTitles(
  db: Executor,
  refs: readonly OccupationRef[],
  lang: string,
): Promise<OccupationTitle[]> {
  const language = titleLanguageOf(lang);
  const unique = [...new Map(refs.map((ref) => [keyOf(ref), ref])).values()];
  const rows = await occupationTitlesRepository(db).preferredTitles(unique);
  const byKey = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const key = keyOf(row);
    byKey.set(key, (byKey.get(key) ?? new Map()).set(row.lang, row.label));
  }
  return refs.map((ref) => {
    const titles = byKey.get(keyOf(ref));
    const label = titles?.get(language) ?? titles?.get('en') ?? titles?.get('fr') ?? null;
    return {
      scheme: ref.scheme,
      code: ref.code,
      title: label === null ? null : ref.scheme === 'esco' ? occupationLabelFor(label, null) : label,
    };
  });
}

/** Whether the job is regulated where the classification applies, when its data says so. */
function regulatedOf(ref: OccupationRef, regulatedEu: ReadonlyMap<string, boolean>): boolean | null {
  if (ref.scheme === 'esco') return regulatedEu.get(ref.code) ?? null;
  return occupationCrosswalks().titles.get(keyOf(ref))?.regulated ?? null;
}

let escoTitles: Promise<Map<string, Partial<Record<TitleLanguage, string>>>> | null = null;

/**
 * ESCO's own titles in every language, read from the database once per process: reference data a
 * migration loads, the same in every database (like the crosswalk files kept in memory), so that a
 * search needs no second statement to name the ESCO occupations national codes map to.
 */
function escoOwnTitles(db: Executor) {
  escoTitles ??= occupationTitlesRepository(db)
    .allPreferredTitles('esco')
    .then((rows) => {
      const byCode = new Map<string, Partial<Record<TitleLanguage, string>>>();
      for (const row of rows) byCode.set(row.code, { ...byCode.get(row.code), [row.lang]: row.label });
      return byCode;
    })
    .catch((error: unknown) => {
      escoTitles = null;
      throw error;
    });
  return escoTitles;
}

export interface OccupationSearchHit extends OccupationRef {
  matchedLabel: string;
  matchedLang: TitleLanguage;
  title: string | null;
  /** ROME: regulated in France; ESCO: an EU sectoral profession; null where the data does not say. */
  regulated: boolean | null;
  /** For a national code, the ESCO occupations it maps to, strongest first (at most five). */
  esco: { escoId: string; title: string | null; relation: CrosswalkRelation }[];
  score: number;
}

/**
 * Occupations of every classification (or those asked) whose titles in any language (or the one
 * asked) match the text: whole title, then its beginning, a word's beginning, then a resemblance.
 */
export async function searchAcrossClassifications(
  db: Executor,
  query: {
    q: string;
    lang?: TitleLanguage | undefined;
    schemes?: readonly OccupationScheme[] | undefined;
    locale: string;
    limit: number;
  },
): Promise<OccupationSearchHit[]> {
  const search = foldOccupationTitle(query.q);
  if (search.length < 2) return [];
  const hits = await occupationTitlesRepository(db).search({
    search,
    schemes: query.schemes,
    lang: query.lang,
    limit: query.limit,
  });
  const { graph } = occupationCrosswalks();
  const escoOf = new Map(
    hits
      .filter((hit) => hit.scheme !== 'esco')
      .map((hit) => [keyOf(hit), graph.escoIdsOf(hit.scheme as ClassificationScheme, hit.code).slice(0, 5)]),
  );
  const language = titleLanguageOf(query.locale);
  const own = (scheme: OccupationScheme, titles: Partial<Record<TitleLanguage, string>>) => {
    const label = titles[language] ?? titles.en ?? titles.fr ?? null;
    return label === null ? null : scheme === 'esco' ? occupationLabelFor(label, null) : label;
  };
  const titles = new Map(hits.map((hit) => [keyOf(hit), own(hit.scheme, hit.ownTitles)]));
  // The ESCO occupations national codes map to: their titles come from memory (read once per process).
  const linked = [...escoOf.values()].flatMap((links) => links.map((link) => link.escoId));
  if (linked.length > 0) {
    const esco = await escoOwnTitles(db);
    for (const escoId of linked)
      if (!titles.has(`esco:${escoId}`)) titles.set(`esco:${escoId}`, own('esco', esco.get(escoId) ?? {}));
  }
  return hits.map((hit) => ({
    scheme: hit.scheme,
    code: hit.code,
    matchedLabel: hit.label,
    matchedLang: hit.lang,
    title: titles.get(keyOf(hit)) ?? null,
    regulated:
      hit.scheme === 'esco'
        ? hit.regulatedEu
        : (occupationCrosswalks().titles.get(keyOf(hit))?.regulated ?? null),
    esco: (escoOf.get(keyOf(hit)) ?? []).map((link) => ({
      escoId: link.escoId,
      title: titles.get(`esco:${link.escoId}`) ?? null,
      relation: link.relation,
    })),
    score: hit.tier + (hit.fuzzy ? 0 : 1),
  }));
}

export interface OccupationEquivalents {
  source: OccupationTitle & { regulated: boolean | null; iscoCodes: string[] };
  country: EquivalenceCountry;
  scheme: ClassificationScheme;
  equivalents: {
    scheme: ClassificationScheme;
    code: string;
    title: string | null;
    relation: EquivalenceRelation;
    /** In France, ROME's "emploi réglementé"; in the US and Canada null: the reference data does not say. */
    regulated: boolean | null;
    /** The ESCO occupations the translation goes through, with their ISCO group and EU regulation. */
    through: { escoId: string; title: string | null; iscoCode: string | null; regulatedEu: boolean | null }[];
  }[];
}

/** At most this many equivalents: past them the relations are broad matches of a whole family. */
const equivalentsShown = 20;

/**
 * The equivalents of an occupation (any classification) in the classification of the country (ROME
 * in France, O*NET-SOC in the US, NOC 2021 in Canada), through ESCO; null for a code no classification
 * shipped has.
 */
export async function equivalentsIn(
  db: Executor,
  ref: OccupationRef,
  country: EquivalenceCountry,
  lang: string,
): Promise<OccupationEquivalents | null> {
  const [sourceTitle] = await occupationTitles(db, [ref], lang);
  if (!sourceTitle || sourceTitle.title === null) return null;
  const { graph, titles } = occupationCrosswalks();
  const target = schemeOfCountry[country];
  const linked = ref.scheme === 'esco' ? [] : graph.escoIdsOf(ref.scheme, ref.code);
  const bridges = bridgesOf(ref, linked);
  const found = equivalentsThrough(ref, bridges, graph.equivalents, target).slice(0, equivalentsShown);
  const escoIds = [...new Set([...bridges.map((b) => b.escoId), ...found.flatMap((f) => f.throughEscoIds)])];
  const facts = new Map(
    (await referenceRepository(db).occupationFacts(escoIds)).map((fact) => [fact.escoId, fact]),
  );
  const named = new Map(
    (
      await occupationTitles(
        db,
        [...found, ...escoIds.map((code) => ({ scheme: 'esco' as const, code }))],
        lang,
      )
    ).map((title) => [keyOf(title), title.title]),
  );
  return {
    source: {
      ...sourceTitle,
      regulated: regulatedOf(ref, new Map([...facts.values()].map((f) => [f.escoId, f.regulatedEu]))),
      iscoCodes: [...new Set(bridges.flatMap((b) => facts.get(b.escoId)?.iscoCode ?? []))].sort(),
    },
    country,
    scheme: target,
    equivalents: found.map((equivalent) => ({
      scheme: equivalent.scheme,
      code: equivalent.code,
      title: named.get(keyOf(equivalent)) ?? null,
      relation: equivalent.relation,
      regulated: target === 'rome' ? (titles.get(keyOf(equivalent))?.regulated ?? null) : null,
      through: equivalent.throughEscoIds.map((escoId) => ({
        escoId,
        title: named.get(`esco:${escoId}`) ?? null,
        iscoCode: facts.get(escoId)?.iscoCode ?? null,
        regulatedEu: facts.get(escoId)?.regulatedEu ?? null,
      })),
    })),
  };
}
