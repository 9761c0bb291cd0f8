import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ineligibleParticipants, requestedParticipants } from './participants.js';

const operator = 'op';
const ties = { partnersOfOperator: new Set(['a', 'b', operator]) };

describe('fund participants', () => {
  it('accepts organizations sharing a consortium with the operator', () => {
    expect(ineligibleParticipants(operator, ['a', 'b'], ties)).toEqual([]);
  });
  it('refuses unknown and unrelated organizations alike, once each, in the order given', () => {
    expect(ineligibleParticipants(operator, ['x', 'a', 'y', 'x'], ties)).toEqual(['x', 'y']);
  });
  it('never lists the operator itself, which runs the fund anyway', () => {
    expect(requestedParticipants(operator, [operator, 'a', 'a'])).toEqual(['a']);
    expect(ineligibleParticipants(operator, [operator], { partnersOfOperator: new Set() })).toEqual([]);
  });
  it('a participant kept is always a partner, and every partner asked for is kept', () => {
    const id = fc.constantFrom<string>('a', 'b', 'c', 'd', operator);
    fc.assert(
      fc.property(fc.array(id), fc.uniqueArray(id), (requested, partners) => {
        const partnersOfOperator = new Set(partners);
        const refused = ineligibleParticipants(operator, requested, { partnersOfOperator });
        const kept = requestedParticipants(operator, requested).filter((o) => !refused.includes(o));
        for (const o of kept) expect(partnersOfOperator.has(o)).toBe(true);
        for (const o of refused) expect(partnersOfOperator.has(o)).toBe(false);
        expect(new Set([...kept, ...refused])).toEqual(new Set(requested.filter((o) => o !== operator)));
      }),
    );
  });
});
