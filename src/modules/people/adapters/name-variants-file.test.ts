import { describe, expect, it } from 'vitest';
import { readNameVariantEntries, shippedNameVariants } from './name-variants-file.js';

describe('the name-variant lists shipped in reference-data', () => {
  it('holds the Arabic and Cyrillic names with their usual Latin spellings, read once', () => {
    const variants = shippedNameVariants();
    expect(variants.latinOf('محمد').slice(0, 2)).toEqual(['mohamed', 'mohammed']);
    expect(variants.latinOf('юрий')).toContain('jurij');
    expect(variants.sourcesOf('yuriy')).toContain('юрий');
    expect(variants.latinOf('zzz')).toEqual([]);
    expect(shippedNameVariants()).toBe(variants);
    expect(readNameVariantEntries().length).toBeGreaterThan(50_000);
  });
});
