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

/**
 * A set of pairs (as numbers below 2^53) in one typed array, open addressing: millions of pairs met as
 * a run reads, each kept once, without millions of objects.
 */
function pairSet() {
  let slots = new Float64Array(1 << 16).fill(-1);
  let size = 0;
  const slotOf = (table: Float64Array, value: number) => {
    const mask = table.length - 1;
    let slot =
      (Math.imul(value % pairBase, 0x9e3779b1) ^ Math.imul(Math.floor(value / pairBase), 0x85ebca6b)) & mask;
    while (table[slot] !== -1 && table[slot] !== value) slot = (slot + 1) & mask;
    return slot;
  };
  return {
    /** Adds the pair; false when it was there already. */
    add(value: number): boolean {
      if (2 * (size + 1) > slots.length) {
        const grown = new Float64Array(slots.length * 2).fill(-1);
        for (const old of slots) if (old !== -1) grown[slotOf(grown, old)] = old;
        slots = grown;
      }
      const slot = slotOf(slots, value);
      if (slots[slot] === value) return false;
      slots[slot] = value;
      size++;
      return true;
    },
    get size() {
      return size;
    },
  };
}

/**
 * The pairs of a consortium's batch run, gathered from the blocks of files sharing a key (read in key
 * order, a page at a time): a pair is two files of two different members (the lower organization id
 * first), counted once however many keys they share. Each pair is checked against the threshold's bound
 * as it is first met (`mayReachThreshold`, with the files' facts given beforehand), and handed to
 * `onKept` (as the two files' numbers) when it may reach it, so that it can be scored while the run
 * reads on. Files without facts (restricted, anonymized, merged away) are counted in pairs but never kept.
 */
export function consortiumPairCollector(onKept: (first: number, second: number) => void) {
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
  const kept = pairSet();
  return {
    /** What the bound compares of a file that may be scored; answers the file's number. */
    addFile(id: string, organizationId: string, fileFacts: ThresholdFacts): number {
      const n = numbered(id, organizationId);
      facts[n] = fileFacts;
      return n;
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
          if (factsA && factsB && mayReachThreshold(factsA, factsB) && kept.add(code)) onKept(a, b);
        }
    },
    /** A file's id and organization, by its number. */
    fileOf(n: number): { id: string; organizationId: string } {
      return { id: ids[n]!, organizationId: organizations[n]! };
    },
    /** How many distinct pairs were met, and how many of them were kept (handed to `onKept`). */
    result(): { compared: number; kept: number } {
      return { compared: met.distinct().length, kept: kept.size };
    },
  };
}
