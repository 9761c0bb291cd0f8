import { mayReachThreshold, type ThresholdFacts } from './duplicate-score.js';

/** A file's dense number times this, plus the other's: one pair as one number (below 2^53). */
const pairBase = 2 ** 26;

/** A growing list of numbers in one typed array: millions of pairs without millions of objects. */
function numberList() {
  let values = new Float64Array(1 << 16);
  let length = 0;
  return {
    push(value: number) {
      if (length === values.length) {
        const grown = new Float64Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[length++] = value;
    },
    /** The distinct values, sorted. */
    distinct(): Float64Array {
      const sorted = values.subarray(0, length).sort();
      let kept = 0;
      for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
      return sorted.subarray(0, kept);
    },
  };
}

export interface PairOfMembers {
  firstOrganizationId: string;
  first: string;
  secondOrganizationId: string;
  second: string;
}

/**
 * The pairs of a consortium's batch run, gathered from the blocks of files sharing a key (read in key
 * order, a page at a time): a pair is two files of two different members (the lower organization id
 * first), counted once however many keys they share. Each pair is checked against the threshold's bound
 * as it is met (`mayReachThreshold`, with the files' facts given beforehand); only the pairs that may
 * reach it are kept to be scored. Files without facts (restricted, anonymized, merged away) are counted
 * in pairs but never kept.
 */
export function consortiumPairCollector() {
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const organizations: string[] = [];
  const facts: (ThresholdFacts | undefined)[] = [];
  const numbered = (id: string, organizationId: string) => {
    let n = numberOf.get(id);
    if (n === undefined) {
      n = ids.length;
      if (n >= pairBase) throw new Error('Too many files for one batch run');
      numberOf.set(id, n);
      ids.push(id);
      organizations.push(organizationId);
      facts.push(undefined);
    }
    return n;
  };
  const met = numberList();
  const kept = numberList();
  const decode = (code: number): PairOfMembers => {
    const first = Math.floor(code / pairBase);
    const second = code - first * pairBase;
    return {
      firstOrganizationId: organizations[first]!,
      first: ids[first]!,
      secondOrganizationId: organizations[second]!,
      second: ids[second]!,
    };
  };
  return {
    /** What the bound compares of a file that may be scored. */
    addFile(id: string, organizationId: string, fileFacts: ThresholdFacts) {
      facts[numbered(id, organizationId)] = fileFacts;
    },
    /** The files sharing one key (parallel lists). */
    addBlock(organizationIds: readonly string[], personIds: readonly string[]) {
      const block = personIds.map((id, i) => numbered(id, organizationIds[i]!));
      for (let i = 0; i < block.length; i++)
        for (let j = i + 1; j < block.length; j++) {
          const x = block[i]!;
          const y = block[j]!;
          const [a, b] =
            organizations[x]! < organizations[y]!
              ? [x, y]
              : organizations[y]! < organizations[x]!
                ? [y, x]
                : [-1, -1];
          if (a < 0) continue;
          const code = a * pairBase + b;
          met.push(code);
          const factsA = facts[a];
          const factsB = facts[b];
          if (factsA && factsB && mayReachThreshold(factsA, factsB)) kept.push(code);
        }
    },
    /** How many distinct pairs were met, and those that may reach the threshold. */
    result(): { compared: number; toScore: PairOfMembers[] } {
      return { compared: met.distinct().length, toScore: Array.from(kept.distinct(), decode) };
    },
  };
}
