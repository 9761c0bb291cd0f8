import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionFit, isApplicable } from './criteria.js';
import { type LanguageLevel, languageFit } from './language-fit.js';

const cefr = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const level = (over: Partial<LanguageLevel>): LanguageLevel => ({
  language: 'fr',
  scale: 'cefr',
  level: 'B1',
  skill: 'overall',
  ...over,
});
const fitOf = (outcome: ReturnType<typeof languageFit>) => (outcome as CriterionFit).fit;

describe('languageFit', () => {
  it('is not asked when the offer requires no language', () => {
    expect(isApplicable(languageFit(null, [level({})]))).toBe(false);
  });

  it('compares every CEFR level with every required CEFR level', () => {
    for (const [i, has] of cefr.entries())
      for (const [j, required] of cefr.entries()) {
        const outcome = languageFit({ language: 'fr', scale: 'cefr', level: required }, [
          level({ level: has }),
        ]);
        expect(fitOf(outcome)).toBe(i >= j ? 1 : j - i === 1 ? 0.5 : 0);
        expect((outcome as CriterionFit).params.approximate).toBe(false);
      }
  });

  it('compares CLB with NCLC directly and with CEFR approximately', () => {
    const clb7 = [level({ language: 'en', scale: 'clb', level: '7' })];
    expect(fitOf(languageFit({ language: 'en', scale: 'nclc', level: '7' }, clb7))).toBe(1);
    expect(fitOf(languageFit({ language: 'en', scale: 'clb', level: '9' }, clb7))).toBe(0.5);
    expect(fitOf(languageFit({ language: 'en', scale: 'clb', level: '10' }, clb7))).toBe(0);
    const vsCefr = languageFit({ language: 'en', scale: 'cefr', level: 'B2' }, clb7) as CriterionFit;
    expect(vsCefr).toMatchObject({ fit: 1, params: { approximate: true } });
  });

  it('takes the weakest assessed skill when no overall level exists', () => {
    const skills = [level({ skill: 'speaking', level: 'B2' }), level({ skill: 'writing', level: 'A2' })];
    expect(languageFit({ language: 'fr', scale: 'cefr', level: 'B1' }, skills)).toMatchObject({
      fit: 0.5,
      params: { level: 'A2' },
    });
  });

  it('says unknown for a language the file has no level in', () => {
    expect(
      languageFit({ language: 'fr', scale: 'cefr', level: 'B1' }, [level({ language: 'en' })]),
    ).toMatchObject({
      fit: null,
      reason: 'language_level_unknown',
    });
  });

  it('never gives a lower fit to a higher level', () => {
    const scale = fc.constantFrom('cefr' as const, 'clb' as const, 'nclc' as const);
    fc.assert(
      fc.property(
        scale,
        scale,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 5 }),
        (reqScale, hasScale, a, b, r) => {
          const toLevel = (s: 'cefr' | 'clb' | 'nclc', n: number) =>
            s === 'cefr' ? (cefr[n % 6] as string) : String((n % 12) + 1);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowLevel = hasScale === 'cefr' ? Math.min(low, 5) : low;
          const highLevel = hasScale === 'cefr' ? Math.min(high, 5) : high;
          const requirement = { language: 'fr', scale: reqScale, level: toLevel(reqScale, r) };
          const fitLow = fitOf(
            languageFit(requirement, [level({ scale: hasScale, level: toLevel(hasScale, lowLevel) })]),
          );
          const fitHigh = fitOf(
            languageFit(requirement, [level({ scale: hasScale, level: toLevel(hasScale, highLevel) })]),
          );
          expect(fitHigh as number).toBeGreaterThanOrEqual(fitLow as number);
        },
      ),
    );
  });
});
