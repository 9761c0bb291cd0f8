import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../../web/components/country-codes.js';
import { categoryOf, nationalityGroupOf, unknownCategory } from './breakdown.js';
import { categoryLabel } from './category-labels.js';
import { reportRecord } from './report-records.fixture.js';

describe('nationality and its world region', () => {
  it("groups a nationality into its UN M49 sub-region, as the people's countries of origin fall", () => {
    expect(nationalityGroupOf('SY')).toBe('145'); // Syria: Western Asia
    expect(nationalityGroupOf('AF')).toBe('034'); // Afghanistan: Southern Asia
    expect(nationalityGroupOf('SD')).toBe('015'); // Sudan: Northern Africa
    expect(nationalityGroupOf('ER')).toBe('014'); // Eritrea: Eastern Africa
    expect(nationalityGroupOf('CI')).toBe('011'); // Côte d'Ivoire: Western Africa
    expect(nationalityGroupOf('UA')).toBe('151'); // Ukraine: Eastern Europe
    expect(nationalityGroupOf('HT')).toBe('029'); // Haiti: Caribbean
    expect(nationalityGroupOf('FR')).toBe('155'); // France: Western Europe
  });

  it('says "unknown" when no nationality is recorded or the code is not a country', () => {
    expect(nationalityGroupOf(null)).toBe(unknownCategory);
    expect(nationalityGroupOf('ZZ')).toBe(unknownCategory);
    expect(nationalityGroupOf('EU')).toBe(unknownCategory);
  });

  it('knows the world region of every country people can choose in the file', () => {
    expect(countryCodes.filter((code) => nationalityGroupOf(code) === unknownCategory)).toEqual([]);
  });

  it('is coarser than the nationality: the same nationality always falls in the same region', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), fc.constantFrom(...countryCodes), (a, b) => {
        const [ra, rb] = [
          reportRecord({ personId: 'a', nationality: a }),
          reportRecord({ personId: 'b', nationality: b }),
        ];
        const sameCountry = categoryOf(ra, 'nationality', 2026) === categoryOf(rb, 'nationality', 2026);
        const sameRegion =
          categoryOf(ra, 'nationality_group', 2026) === categoryOf(rb, 'nationality_group', 2026);
        return !sameCountry || sameRegion;
      }),
    );
  });

  it('names regions and countries in the reader’s language', () => {
    const none = new Map<string, string>();
    expect(categoryLabel('nationality_group', '145', 'fr', none)).toBe('Asie de l’Ouest');
    expect(categoryLabel('nationality_group', '014', 'en', none)).toBe('Eastern Africa');
    expect(categoryLabel('nationality', 'SY', 'fr', none)).toBe('Syrie');
  });
});
