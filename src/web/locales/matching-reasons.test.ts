import { describe, expect, it } from 'vitest';
import { matchCriteria } from '../../modules/matching/domain/criteria.js';
import { matchReasonCodes } from '../../modules/matching/domain/wishes-fit.js';
import { matchingEn } from './matching.en.js';
import { matchingFr } from './matching.fr.js';

describe('matching texts', () => {
  it('word every reason code and every criterion in English and French', () => {
    for (const texts of [matchingEn, matchingFr]) {
      expect(Object.keys(texts.reasons).sort()).toEqual([...matchReasonCodes].sort());
      expect(Object.keys(texts.criterion).sort()).toEqual([...matchCriteria].sort());
    }
  });
});
