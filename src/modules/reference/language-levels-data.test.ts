import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkLevels, cefrLevels, isValidLevel } from '../people/domain/file-vocabulary.js';

const load = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../reference-data/language_levels/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>[];

describe('language levels shipped in reference-data', () => {
  it('are the levels the file validates against', () => {
    expect(load('cefr_global_scale').map((r) => r.level)).toEqual([...cefrLevels]);
    expect(load('clb_levels').map((r) => r.clb_level)).toEqual([...benchmarkLevels]);
    expect(load('clb_levels').map((r) => r.nclc_level)).toEqual([...benchmarkLevels]);
  });

  it('only give test equivalencies on valid CLB/NCLC levels', () => {
    const rows = load('clb_nclc_test_equivalency');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(isValidLevel('clb', String(row.clb_or_nclc_level))).toBe(true);
  });
});
