import { describe, expect, it } from 'vitest';
import { runProgress } from './run-progress.js';

const running = { status: 'running' as const, readKeys: 0, totalKeys: 0, scoredPairs: 0, comparedPairs: 0 };

describe('a duplicate run’s progress', () => {
  it('moves while the key blocks are read, then while the pairs are scored', () => {
    expect(runProgress({ ...running, status: 'queued', phase: null })).toEqual({
      phase: 'waiting',
      percent: 0,
    });
    expect(
      runProgress({ ...running, phase: 'reading_keys', readKeys: 1_250_000, totalKeys: 5_000_000 }),
    ).toEqual({ phase: 'reading_keys', percent: 25 });
    expect(
      runProgress({
        ...running,
        phase: 'scoring',
        readKeys: 5_000_000,
        totalKeys: 5_000_000,
        scoredPairs: 3,
        comparedPairs: 4,
      }),
    ).toEqual({ phase: 'scoring', percent: 75 });
  });

  it('shows 0 % of nothing to read, and never more than 100 %', () => {
    expect(runProgress({ ...running, phase: 'reading_keys' })).toEqual({ phase: 'reading_keys', percent: 0 });
    expect(runProgress({ ...running, phase: 'reading_keys', readKeys: 12, totalKeys: 10 }).percent).toBe(100);
  });
});
