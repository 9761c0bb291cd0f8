import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedSkillsFit, foldTerm, heldCredentialsFor } from './wishes-fit.js';

describe('skills and credentials as people name them', () => {
  it('folds case, accents and spaces, and folding twice changes nothing', () => {
    expect(foldTerm('  Permis   D ')).toBe('permis d');
    expect(foldTerm('Sécurité')).toBe('securite');
    fc.assert(fc.property(fc.string(), (s) => foldTerm(foldTerm(s)) === foldTerm(s)));
  });

  it('finds a required credential by its code or its label; held beats under way; others are absent', () => {
    const required = [
      { code: 'cdl-a', label: 'Commercial driver’s licence, class A' },
      { code: 'rn-ky', label: 'Registered nurse (Kentucky)' },
      { code: 'forklift', label: 'Forklift certificate' },
    ];
    const found = heldCredentialsFor(required, [
      { label: 'CDL-A', status: 'in_progress' },
      { label: 'cdl-a', status: 'held' },
      { label: 'Registered Nurse (Kentucky)', status: 'in_progress' },
      { label: 'Welding', status: 'held' },
    ]);
    expect(Object.fromEntries(found)).toEqual({ 'cdl-a': 'held', 'rn-ky': 'in_progress' });
  });

  it('never reports a credential the offer does not require', () => {
    const credential = fc.record({ code: fc.string({ minLength: 1 }), label: fc.string({ minLength: 1 }) });
    const held = fc.record({
      label: fc.string({ minLength: 1 }),
      status: fc.constantFrom('held' as const, 'in_progress' as const),
    });
    fc.assert(
      fc.property(fc.array(credential), fc.array(held), (required, mine) => {
        const codes = new Set(required.map((r) => r.code));
        return [...heldCredentialsFor(required, mine).keys()].every((code) => codes.has(code));
      }),
    );
  });

  it('counts the offer’s skills the person names, whatever their case and accents', () => {
    expect(foldedSkillsFit(['Soudure TIG', 'Lecture de plans'], ['soudure tig'])).toMatchObject({
      fit: 0.5,
      reason: 'skills_covered',
    });
    expect(foldedSkillsFit(['Soudure TIG'], [])).toMatchObject({ fit: null, reason: 'skills_unknown' });
    expect(foldedSkillsFit([], ['soudure'])).toEqual({ criterion: 'skills', notApplicable: true });
  });
});
