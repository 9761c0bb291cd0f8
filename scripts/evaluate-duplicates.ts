/**
 * `npm run eval:duplicates`: precision, recall and F1 of the duplicate rule (people/domain/duplicate-score.ts
 * with the blocking keys of duplicate-keys.ts) on the cross-script test set built from the name-variant
 * lists and on the FEBRL record-linkage data, tuning and held-out parts apart (docs/duplicates.md).
 *   --pairs=N     pairs of each kind (same person, different people) per script (default 2000)
 *   --tune        also prints F1 by threshold on the tuning parts (what the threshold was chosen on)
 */
import { duplicateWeights } from '../src/modules/people/domain/duplicate-score.js';
import {
  crossScriptSet,
  evaluateAll,
  evaluationSeed,
  febrlParts,
  febrlRecords,
} from './duplicates/evaluation.js';
import { evaluatePairs, evaluateRecords, type Figures } from './duplicates/metrics.js';

const args = process.argv.slice(2);
const pairsPerScript = Number(args.find((a) => a.startsWith('--pairs='))?.slice(8) ?? 2000);
const started = performance.now();
const pct = (n: number) => `${(n * 100).toFixed(1)} %`.padStart(7);

console.log(
  `| set | part | precision | recall | F1 | TP | FP | FN | of which not blocked | pairs compared |`,
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { set, part, figures: f } of evaluateAll(pairsPerScript))
  console.log(
    `| ${set} | ${part} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${f.truePositives} | ${f.falsePositives} | ${f.falseNegatives} | ${f.missedByBlocking} | ${f.comparedPairs} |`,
  );

if (args.includes('--tune')) {
  const pairs = crossScriptSet('tuning', pairsPerScript);
  const tuningFebrl = febrlParts.filter((p) => p.part === 'tuning').map((p) => febrlRecords(p.sets));
  console.log('\nF1 on the tuning parts by threshold (cross-script, then each tuning FEBRL set):');
  for (let threshold = 3; threshold <= 9; threshold += 0.5) {
    const weights = { ...duplicateWeights, threshold };
    const f = (figures: Figures) => `${(figures.f1 * 100).toFixed(1)}`.padStart(6);
    console.log(
      `  ${threshold.toFixed(1).padStart(4)}: ${f(evaluatePairs(pairs, weights))}${tuningFebrl.map((r) => f(evaluateRecords(r, weights))).join('')}`,
    );
  }
}
console.log(
  `\nthreshold ${duplicateWeights.threshold}, seed ${evaluationSeed}, ${pairsPerScript} pairs of each kind per script; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
