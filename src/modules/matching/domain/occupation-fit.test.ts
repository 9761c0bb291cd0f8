import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApplicable } from './criteria.js';
import {
  type OccupationFacts,
  occupationFit,
  occupationRelation,
  type PersonOccupation,
  relationFit,
} from './occupation-fit.js';

const esco = (id: string) => `esco-${id}`;
const facts = (over: Partial<OccupationFacts>): OccupationFacts => ({
  escoId: null,
  iscoCode: null,
  broaderIds: [],
  crosswalkCodes: [],
  label: null,
  ...over,
});
const civilEngineer = facts({
  escoId: esco('civil'),
  iscoCode: '2142',
  broaderIds: [esco('engineer')],
  crosswalkCodes: ['onet:17-2051.00', 'rome:F1106'],
  label: 'civil engineer',
});

describe('occupationRelation', () => {
  it('ranks the relations from the same occupation to none', () => {
    expect(occupationRelation(civilEngineer, civilEngineer)).toBe('same');
    expect(occupationRelation(civilEngineer, facts({ escoId: esco('engineer') }))).toBe('hierarchy');
    expect(occupationRelation(facts({ escoId: esco('engineer') }), civilEngineer)).toBe('hierarchy');
    expect(
      occupationRelation(civilEngineer, facts({ escoId: esco('road'), broaderIds: [esco('engineer')] })),
    ).toBe('hierarchy');
    expect(
      occupationRelation(civilEngineer, facts({ escoId: esco('x'), crosswalkCodes: ['onet:17-2051.00'] })),
    ).toBe('crosswalk');
    expect(occupationRelation(civilEngineer, facts({ escoId: esco('y'), iscoCode: '2142' }))).toBe(
      'isco_unit_group',
    );
    expect(occupationRelation(civilEngineer, facts({ escoId: esco('z'), iscoCode: '2141' }))).toBe(
      'isco_minor_group',
    );
    expect(occupationRelation(civilEngineer, facts({ escoId: esco('w'), iscoCode: '5120' }))).toBe(
      'unrelated',
    );
  });

  it('is symmetric', () => {
    const occupation = fc.record({
      escoId: fc.option(fc.constantFrom(esco('a'), esco('b'), esco('c')), { nil: null }),
      iscoCode: fc.option(fc.constantFrom('2142', '2141', '2151', '5120'), { nil: null }),
      broaderIds: fc.array(fc.constantFrom(esco('a'), esco('p'), esco('q')), { maxLength: 2 }),
      crosswalkCodes: fc.array(fc.constantFrom('rome:F1106', 'onet:17-2051.00', 'noc:21300'), {
        maxLength: 2,
      }),
      label: fc.constant(null),
    });
    fc.assert(
      fc.property(occupation, occupation, (a, b) => {
        expect(occupationRelation(a, b)).toBe(occupationRelation(b, a));
      }),
    );
  });
});

describe('occupationFit', () => {
  it('is not asked when the offer has no occupation, unknown when the person has none', () => {
    expect(isApplicable(occupationFit(null, []))).toBe(false);
    expect(occupationFit(civilEngineer, [])).toMatchObject({ fit: null, reason: 'occupation_unknown' });
  });

  it('takes the best of the person occupations and names it', () => {
    const person: PersonOccupation[] = [
      { ...facts({ escoId: esco('waiter'), iscoCode: '5131', label: 'waiter' }), source: 'experience' },
      { ...civilEngineer, source: 'experience' },
    ];
    expect(occupationFit(civilEngineer, person)).toMatchObject({
      fit: 1,
      reason: 'occupation_same',
      params: { source: 'experience', personOccupation: 'civil engineer' },
    });
  });

  it('prefers the plan target on a tie', () => {
    const person: PersonOccupation[] = [
      { ...civilEngineer, source: 'experience' },
      { ...civilEngineer, label: 'target', source: 'plan_target' },
    ];
    expect(occupationFit(civilEngineer, person)).toMatchObject({ params: { source: 'plan_target' } });
  });

  it('gives each relation its fit, between 0 and 1', () => {
    for (const fit of Object.values(relationFit)) {
      expect(fit).toBeGreaterThanOrEqual(0);
      expect(fit).toBeLessThanOrEqual(1);
    }
    expect(relationFit.same).toBeGreaterThan(relationFit.hierarchy);
    expect(relationFit.hierarchy).toBeGreaterThan(relationFit.crosswalk);
    expect(relationFit.crosswalk).toBeGreaterThan(relationFit.isco_unit_group);
    expect(relationFit.isco_unit_group).toBeGreaterThan(relationFit.isco_minor_group);
    expect(relationFit.isco_minor_group).toBeGreaterThan(relationFit.unrelated);
  });
});
