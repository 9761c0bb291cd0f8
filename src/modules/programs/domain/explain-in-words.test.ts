import { describe, expect, it } from 'vitest';
import { describeRule, explainResult } from './explain.js';

/** Explanations are sentences: dates written out and countries by name, never '2024-03-01' or 'FR'. */
describe('eligibility explanations in words', () => {
  const asylum = {
    rule: { kind: 'minMonthsSinceAsylumApplication', months: 4, strict: false },
    outcome: 'passed',
    observed: { months: 7, since: '2024-03-01' },
  } as const;
  const residence = {
    rule: { kind: 'residence', countries: ['FR'] },
    outcome: 'passed',
    observed: { city: 'Albi', region: 'Occitanie', country: 'FR' },
  } as const;

  it('writes the date out in French and in English', () => {
    expect(explainResult(asylum as never, 'fr')).toBe('Demande déposée il y a 7 mois (le 1 mars 2024)');
    expect(explainResult(asylum as never, 'en')).toBe('Filed 7 months ago (on 1 March 2024)');
  });

  it('names the country', () => {
    expect(explainResult(residence as never, 'fr')).toBe('Réside : Albi, Occitanie, France');
    expect(explainResult(residence as never, 'en')).toBe('Lives in: Albi, Occitanie, France');
  });

  it('names the countries of a residence rule', () => {
    expect(describeRule({ kind: 'residence', countries: ['CA'] } as never, 'fr')).toBe(
      'Réside à / en : Canada',
    );
  });
});
