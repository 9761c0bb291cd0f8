/**
 * Person-name spellings across scripts (reference-data/name_variants, mined from Wikidata labels): the
 * Latin spellings of an Arabic or Cyrillic name token, most frequent first, and, the other way, the
 * tokens a Latin spelling is known for — so that "Jurij" and "Yuriy" are both read as юрий. Pure: the
 * file is read by `adapters/name-variants-file.ts`, tests and the evaluation build their own.
 */
export interface NameVariantEntry {
  /** A name token in Arabic or Cyrillic script, lower case. */
  token: string;
  /** Its Latin spellings, lower case, most frequent first. */
  latin: readonly string[];
}

export interface NameVariants {
  /** The Latin spellings of a token in another script (empty when unknown). */
  latinOf(token: string): readonly string[];
  /** The tokens in other scripts a Latin spelling is known for (empty when none). */
  sourcesOf(latin: string): readonly string[];
}

/** Spellings kept per token: beyond the fifth, Wikidata's spellings are rare and often another name. */
const spellingsPerToken = 5;
/** A Latin spelling shared by more tokens than this is too common to say which name it is ("ali", "a"). */
const sourcesPerSpelling = 6;

export function nameVariantsOf(entries: Iterable<NameVariantEntry>): NameVariants {
  const byToken = new Map<string, readonly string[]>();
  const bySpelling = new Map<string, string[]>();
  for (const entry of entries) {
    const latin = entry.latin.slice(0, spellingsPerToken);
    byToken.set(entry.token, latin);
    for (const spelling of latin) {
      if (spelling.length < 3) continue;
      const sources = bySpelling.get(spelling) ?? [];
      if (sources.length <= sourcesPerSpelling) sources.push(entry.token);
      bySpelling.set(spelling, sources);
    }
  }
  const none: readonly string[] = [];
  return {
    latinOf: (token) => byToken.get(token) ?? none,
    sourcesOf: (latin) => {
      const sources = bySpelling.get(latin);
      return sources && sources.length <= sourcesPerSpelling ? sources : none;
    },
  };
}

export const noNameVariants: NameVariants = nameVariantsOf([]);
