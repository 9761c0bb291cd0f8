import { describe, expect, it } from 'vitest';
import { languageLevelAtEntry } from './language-at-entry.js';

describe('the working language’s level at entry', () => {
  it('takes the best level tested by the day of entry, in the working language', () => {
    expect(
      languageLevelAtEntry(
        [
          { language: 'fr', scale: 'cefr', level: 'A2', testedOn: '2026-01-01' },
          { language: 'fr', scale: 'cefr', level: 'B2', testedOn: '2026-06-01' },
          { language: 'en', scale: 'cefr', level: 'C1', testedOn: null },
          { language: 'fr', scale: 'nclc', level: '6', testedOn: null },
        ],
        ['fr'],
        '2026-03-01',
      ),
    ).toBe('B1');
  });

  it('has no level when none was recorded or the record cannot be read', () => {
    expect(languageLevelAtEntry([], ['fr'], '2026-03-01')).toBeNull();
    expect(
      languageLevelAtEntry(
        [{ language: 'fr', scale: 'cefr', level: 'Z9', testedOn: null }],
        ['fr'],
        '2026-03-01',
      ),
    ).toBeNull();
    expect(
      languageLevelAtEntry(
        [{ language: 'fr', scale: 'clb', level: '12', testedOn: null }],
        ['fr'],
        '2026-03-01',
      ),
    ).toBe('C2');
  });
});
