import { describe, expect, it } from 'vitest';
import { followUpAnswerBody } from '../../../contracts/outcomes.js';
import {
  bandBounds,
  emptyDraft,
  followUpPayload,
  followUpProblems,
  parseHours,
  wageBands,
} from './follow-up-form.js';
import { formatAmount } from './use-form-format.js';

describe('the follow-up form', () => {
  it('asks only whether they work and whether they train', () => {
    expect(followUpProblems(emptyDraft)).toEqual({ employed: 'chooseAnswer', inTraining: 'chooseAnswer' });
    expect(followUpProblems({ ...emptyDraft, employed: false, inTraining: false })).toEqual({});
  });

  it('reads hours typed with Arabic or Persian digits and a decimal comma', () => {
    expect(parseHours('35')).toBe(35);
    expect(parseHours('٣٥')).toBe(35);
    expect(parseHours('۳۵')).toBe(35);
    expect(parseHours('17,5')).toBe(17.5);
    expect(parseHours(' ')).toBeNull();
    expect(parseHours('beaucoup')).toBeNaN();
  });

  it('refuses hours outside 1–80 when they work, and ignores them when they do not', () => {
    const working = { ...emptyDraft, employed: true, inTraining: false };
    expect(followUpProblems({ ...working, hoursPerWeek: '90' })).toEqual({ hoursPerWeek: 'hoursInvalid' });
    expect(followUpProblems({ ...working, hoursPerWeek: 'x' })).toEqual({ hoursPerWeek: 'hoursInvalid' });
    expect(followUpProblems({ ...working, employed: false, hoursPerWeek: '90' })).toEqual({});
  });

  it('sends the job questions only for a job, the region only when asked, and the contract accepts it', () => {
    const draft = {
      employed: false,
      sameEmployer: true,
      contractType: 'permanent' as const,
      hoursPerWeek: '35',
      wageBand: '1500_1999' as const,
      inTraining: true,
      inRegion: true,
      satisfied: 4,
    };
    const notWorking = followUpPayload(draft, false);
    expect(notWorking).toEqual({
      employed: false,
      sameEmployer: null,
      contractType: null,
      hoursPerWeek: null,
      wageBand: null,
      inTraining: true,
      inRegion: null,
      satisfied: 4,
    });
    const working = followUpPayload({ ...draft, employed: true }, true);
    expect(working).toMatchObject({
      sameEmployer: true,
      hoursPerWeek: 35,
      wageBand: '1500_1999',
      inRegion: true,
    });
    expect(followUpAnswerBody.safeParse(notWorking).success).toBe(true);
    expect(followUpAnswerBody.safeParse(working).success).toBe(true);
  });

  it('reads every wage band’s bounds from its code', () => {
    expect(wageBands.map(bandBounds)).toEqual([
      { kind: 'none' },
      { kind: 'under', amount: 1000 },
      { kind: 'between', from: 1000, to: 1499 },
      { kind: 'between', from: 1500, to: 1999 },
      { kind: 'between', from: 2000, to: 2999 },
      { kind: 'atLeast', amount: 3000 },
    ]);
  });

  it('words the pay bands in the organization’s currency, in the form’s language', () => {
    // Louisville and St. Louis pay in dollars, Québec in Canadian dollars, France in euros.
    expect(formatAmount('en', 1500, 'USD')).toBe('$1,500');
    expect(formatAmount('fr', 1500, 'CAD')).toMatch(/^1\s500\s\$\s?CA$/);
    expect(formatAmount('fr', 1500, 'EUR')).toMatch(/^1\s500\s€$/);
    expect(formatAmount('ar-u-nu-latn', 1999, 'EUR')).toContain('1,999');
    expect(formatAmount('ar-u-nu-latn', 1999, 'EUR')).toContain('€');
    // A country without a currency listed: the amount alone, never a wrong currency.
    expect(formatAmount('en', 3000, null)).toBe('3,000');
  });
});
