import { duplicateKeysOf } from '../../src/modules/people/domain/duplicate-keys.js';
import { personNamesOf } from '../../src/modules/people/domain/duplicate-names.js';
import {
  type ComparablePerson,
  type DuplicateWeights,
  duplicateWeights,
  scoreReadPeople,
} from '../../src/modules/people/domain/duplicate-score.js';
import type { NameVariants } from '../../src/modules/people/domain/name-variants.js';

/** A person read once for many comparisons, with the blocking keys the database would hold. */
export interface ReadPerson {
  person: ComparablePerson;
  names: ReturnType<typeof personNamesOf>;
  keys: string[];
}

export function readPerson(person: ComparablePerson, variants: NameVariants): ReadPerson {
  const names = personNamesOf(person, variants);
  return { person, names, keys: duplicateKeysOf(person, names) };
}

export const shareAKey = (a: ReadPerson, b: ReadPerson) => a.keys.some((key) => b.keys.includes(key));

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** True pairs that share no blocking key: never compared, whatever the rule. */
  missedByBlocking: number;
  comparedPairs: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function figuresOf(counts: Counts): Figures {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Labelled pairs (the cross-script set): predicted a duplicate when they share a key and score enough. */
export function evaluatePairs(
  pairs: readonly { a: ReadPerson; b: ReadPerson; same: boolean }[],
  weights: DuplicateWeights = duplicateWeights,
): Figures {
  const counts: Counts = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    missedByBlocking: 0,
    comparedPairs: 0,
  };
  for (const { a, b, same } of pairs) {
    const blocked = shareAKey(a, b);
    if (blocked) counts.comparedPairs++;
    else if (same) counts.missedByBlocking++;
    const predicted = blocked && scoreReadPeople(a, b, weights).possibleDuplicate;
    if (predicted && same) counts.truePositives++;
    else if (predicted) counts.falsePositives++;
    else if (same) counts.falseNegatives++;
  }
  return figuresOf(counts);
}

/**
 * A file of records with their true identity (FEBRL): every pair sharing a key is scored, as the batch
 * run would; a true pair that shares none counts as missed.
 */
export function evaluateRecords(
  records: readonly { identity: string; read: ReadPerson; side?: 'a' | 'b' }[],
  weights: DuplicateWeights = duplicateWeights,
): Figures {
  const byKey = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of record.read.keys) {
      const list = byKey.get(key) ?? [];
      list.push(index);
      byKey.set(key, list);
    }
  });
  const linkage = records.some((record) => record.side !== undefined);
  const comparable = (i: number, j: number) => !linkage || records[i]!.side !== records[j]!.side;
  const compared = new Set<number>();
  const counts: Counts = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    missedByBlocking: 0,
    comparedPairs: 0,
  };
  for (const list of byKey.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        const pair = i * records.length + j;
        if (!comparable(i, j) || compared.has(pair)) continue;
        compared.add(pair);
        counts.comparedPairs++;
        const same = records[i]!.identity === records[j]!.identity;
        const predicted = scoreReadPeople(records[i]!.read, records[j]!.read, weights).possibleDuplicate;
        if (predicted && same) counts.truePositives++;
        else if (predicted) counts.falsePositives++;
        else if (same) counts.falseNegatives++;
      }
  // True pairs never compared.
  const groups = new Map<string, number[]>();
  records.forEach((record, index) => {
    const list = groups.get(record.identity) ?? [];
    list.push(index);
    groups.set(record.identity, list);
  });
  for (const list of groups.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        if (!comparable(i, j) || compared.has(i * records.length + j)) continue;
        counts.missedByBlocking++;
        counts.falseNegatives++;
      }
  return figuresOf(counts);
}
