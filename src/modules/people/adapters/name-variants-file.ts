import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { referenceDataFile } from '../../../core/reference-data.js';
import { type NameVariantEntry, type NameVariants, nameVariantsOf } from '../domain/name-variants.js';

/**
 * Reads the name-variant lists shipped in reference-data/name_variants (about 500 kB compressed, built by
 * scripts/build-name-variants.mjs) once per process: they change only with a new release of the lists.
 */
const file = (name: string) => referenceDataFile(`name_variants/${name}`);

/** Every token of the shipped lists with its Latin spellings, most frequent first. */
export function readNameVariantEntries(): NameVariantEntry[] {
  const entries: NameVariantEntry[] = [];
  for (const name of ['arabic_latin.tsv.gz', 'cyrillic_latin.tsv.gz']) {
    const lines = gunzipSync(readFileSync(file(name)))
      .toString('utf8')
      .split('\n')
      .slice(1);
    for (const line of lines) {
      const [token, spellings] = line.split('\t');
      if (!token || !spellings) continue;
      entries.push({ token, latin: spellings.split(' ').map((spelling) => spelling.split(':')[0]!) });
    }
  }
  return entries;
}

let loaded: NameVariants | null = null;

export function shippedNameVariants(): NameVariants {
  loaded ??= nameVariantsOf(readNameVariantEntries());
  return loaded;
}
