import { describe, expect, it } from 'vitest';
import { demoOccupations, occupationLabel } from './create-demo-person.js';

/** A French team's file shows the ESCO occupation in French (it showed "Civil engineer" in the French UI). */
describe('demo occupations', () => {
  it('are ESCO occupations written in the team’s language, in the person’s gender in French', () => {
    const engineer = demoOccupations[0];
    expect(occupationLabel(engineer, 'fr', 'female')).toBe('Ingénieure génie civil');
    expect(occupationLabel(engineer, 'fr', 'male')).toBe('Ingénieur génie civil');
    expect(occupationLabel(engineer, 'en', 'female')).toBe('Civil engineer');
    for (const occupation of demoOccupations) {
      expect(occupation[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(occupationLabel(occupation, 'fr', 'male')).not.toBe(occupationLabel(occupation, 'en', 'male'));
    }
  });
});
