import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consortiumPairCollector } from './duplicate-blocks.js';
import { mayReachThreshold, type ThresholdFacts } from './duplicate-score.js';

const organizations = ['org-a', 'org-b', 'org-c'];
const facts = fc.record({
  email: fc.constantFrom(null, 'x@example.test'),
  phone: fc.constant(null),
  birthDate: fc.constantFrom(null, '1990-03-04', '1990-04-03', '1971-11-30'),
  sex: fc.constantFrom(null, 'female', 'male'),
});
/** Files 0..n-1, each of an organization and with facts or none (a restricted file); blocks of them. */
const scene = fc.integer({ min: 2, max: 14 }).chain((n) =>
  fc.record({
    files: fc.array(fc.tuple(fc.constantFrom(...organizations), fc.option(facts, { nil: undefined })), {
      minLength: n,
      maxLength: n,
    }),
    blocks: fc.array(fc.uniqueArray(fc.nat(n - 1), { minLength: 2, maxLength: 6 }), { maxLength: 12 }),
  }),
);

describe("a consortium run's pairs", () => {
  it('hands each pair of two members once, whatever keys it shares, when its facts may reach the threshold', () => {
    fc.assert(
      fc.property(scene, ({ files, blocks }) => {
        const handed: string[] = [];
        const collector = consortiumPairCollector((first, second) => {
          const a = collector.fileOf(first);
          const b = collector.fileOf(second);
          handed.push(`${a.id}|${b.id}`);
        });
        files.forEach(([organizationId, fileFacts], i) => {
          if (fileFacts) collector.addFile(`file-${i}`, organizationId, fileFacts as ThresholdFacts);
        });
        for (const block of blocks)
          collector.addBlock(
            block.map((i) => files[i]![0]),
            block.map((i) => `file-${i}`),
          );
        // What it must be: every pair of two members in a block, the lower organization first.
        const met = new Set<string>();
        const kept = new Set<string>();
        for (const block of blocks)
          for (const x of block)
            for (const y of block) {
              const [a, b] = [files[x]!, files[y]!];
              if (a[0] >= b[0]) continue;
              met.add(`file-${x}|file-${y}`);
              if (a[1] && b[1] && mayReachThreshold(a[1] as ThresholdFacts, b[1] as ThresholdFacts))
                kept.add(`file-${x}|file-${y}`);
            }
        expect(handed.sort()).toEqual([...kept].sort());
        expect(collector.result()).toEqual({ compared: met.size, kept: kept.size });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps apart many pairs without mixing them up (the set grows as it goes)', () => {
    let handed = 0;
    const collector = consortiumPairCollector(() => handed++);
    const same = { email: 'x@example.test', phone: null, birthDate: null, sex: null };
    for (let i = 0; i < 600; i++) collector.addFile(`a-${i}`, 'org-a', same);
    for (let i = 0; i < 600; i++) collector.addFile(`b-${i}`, 'org-b', same);
    // 36,000 pairs, every one met again in a second pass (the other key they share).
    for (const pass of [0, 1])
      for (let i = 0; i < 600; i++)
        for (let j = 0; j < 600; j += 10)
          collector.addBlock(
            pass === 0 ? ['org-a', 'org-b'] : ['org-b', 'org-a'],
            pass === 0 ? [`a-${i}`, `b-${j}`] : [`b-${j}`, `a-${i}`],
          );
    expect(handed).toBe(600 * 60);
    expect(collector.result()).toEqual({ compared: 600 * 60, kept: 600 * 60 });
  });
});
