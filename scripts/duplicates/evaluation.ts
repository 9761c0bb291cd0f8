import { readNameVariantEntries } from '../../src/modules/people/adapters/name-variants-file.js';
import { type DuplicateWeights, duplicateWeights } from '../../src/modules/people/domain/duplicate-score.js';
import { nameVariantsOf } from '../../src/modules/people/domain/name-variants.js';
import { crossScriptPairs, type Part, partOf } from './cross-script-set.js';
import { type FebrlSet, readFebrl } from './febrl.js';
import { evaluatePairs, evaluateRecords, type Figures, readPerson } from './metrics.js';

/** The seed of the cross-script set and of its split: changing it is changing the test set. */
export const evaluationSeed = 2026;

export interface EvaluationRow {
  set: string;
  part: Part;
  figures: Figures;
}

let entries: ReturnType<typeof readNameVariantEntries> | null = null;
const shipped = () => {
  entries ??= readNameVariantEntries();
  return entries;
};

/** The cross-script pairs of one part, read with the shipped lists or with the tuning part's names only. */
export function crossScriptSet(
  part: Part,
  pairsPerScript: number,
  lists: 'shipped' | 'tuning names only' = 'shipped',
) {
  const all = shipped();
  const variants = nameVariantsOf(
    lists === 'shipped' ? all : all.filter((e) => partOf(e.token, evaluationSeed) === 'tuning'),
  );
  return crossScriptPairs(all, { seed: evaluationSeed, part, pairsPerScript }).map((pair) => ({
    ...pair,
    a: readPerson(pair.a, variants),
    b: readPerson(pair.b, variants),
  }));
}

/** FEBRL data sets 1 and 2 are tuned on; 3 and the 4a × 4b linkage are held out. */
export const febrlParts: { sets: FebrlSet[]; name: string; part: Part }[] = [
  { sets: ['1'], name: 'FEBRL dataset 1 (dedup, 1,000 records)', part: 'tuning' },
  { sets: ['2'], name: 'FEBRL dataset 2 (dedup, 5,000 records)', part: 'tuning' },
  { sets: ['3'], name: 'FEBRL dataset 3 (dedup, 5,000 records)', part: 'held-out' },
  { sets: ['4a', '4b'], name: 'FEBRL dataset 4a × 4b (linkage, 5,000 × 5,000)', part: 'held-out' },
];

export function febrlRecords(sets: FebrlSet[]) {
  const variants = nameVariantsOf(shipped());
  return sets.flatMap((set) => readFebrl(set, variants));
}

export function evaluateAll(
  pairsPerScript: number,
  weights: DuplicateWeights = duplicateWeights,
): EvaluationRow[] {
  const rows: EvaluationRow[] = [];
  for (const part of ['tuning', 'held-out'] as const) {
    const pairs = crossScriptSet(part, pairsPerScript);
    for (const script of ['arabic', 'cyrillic'] as const)
      rows.push({
        set: `cross-script ${script}↔Latin`,
        part,
        figures: evaluatePairs(
          pairs.filter((p) => p.script === script),
          weights,
        ),
      });
    rows.push({ set: 'cross-script, both scripts', part, figures: evaluatePairs(pairs, weights) });
  }
  rows.push({
    set: 'cross-script, names not in the lists',
    part: 'held-out',
    figures: evaluatePairs(crossScriptSet('held-out', pairsPerScript, 'tuning names only'), weights),
  });
  for (const { sets, name, part } of febrlParts)
    rows.push({ set: name, part, figures: evaluateRecords(febrlRecords(sets), weights) });
  return rows;
}
