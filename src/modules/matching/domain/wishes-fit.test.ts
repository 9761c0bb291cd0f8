import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApplicable } from './criteria.js';
import { occupationFit, occupationRelations } from './occupation-fit.js';
import { contractWishFit, credentialFileFit, matchReasonCodes } from './wishes-fit.js';

const wishes = (over: Partial<Parameters<typeof contractWishFit>[1] & object> = {}) => ({
  contractTypes: [] as string[],
  minHoursPerWeek: null,
  maxHoursPerWeek: null,
  workingTime: null,
  ...over,
});

describe('contract and working time against the wishes', () => {
  it('keeps the contract criterion as it is when no working time is wished', () => {
    expect(
      contractWishFit({ contractType: 'cdi', workingTime: 'part_time' }, wishes({ contractTypes: ['cdi'] })),
    ).toMatchObject({ fit: 1, reason: 'contract_wished' });
    expect(contractWishFit({ contractType: 'cdi', workingTime: 'full_time' }, null)).toMatchObject({
      fit: null,
      reason: 'contract_wish_unknown',
    });
  });

  it('halves the wished contract at the other working time', () => {
    expect(
      contractWishFit(
        { contractType: 'cdi', workingTime: 'part_time' },
        wishes({ contractTypes: ['cdi'], workingTime: 'full_time' }),
      ),
    ).toMatchObject({
      fit: 0.5,
      reason: 'contract_wished_other_working_time',
      params: { workingTime: 'part_time' },
    });
  });

  it('lets the working time decide when no contract is wished', () => {
    expect(
      contractWishFit(
        { contractType: 'cdd', workingTime: 'full_time' },
        wishes({ workingTime: 'full_time' }),
      ),
    ).toMatchObject({ fit: 1, reason: 'working_time_wished' });
    expect(
      contractWishFit(
        { contractType: 'cdd', workingTime: 'full_time' },
        wishes({ workingTime: 'part_time' }),
      ),
    ).toMatchObject({ fit: 0.5, reason: 'working_time_not_wished' });
  });

  it('leaves an unwished contract unwished whatever the working time', () => {
    expect(
      contractWishFit(
        { contractType: 'interim', workingTime: 'full_time' },
        wishes({ contractTypes: ['cdi'], workingTime: 'part_time' }),
      ),
    ).toMatchObject({ fit: 0.25, reason: 'contract_not_wished' });
  });

  it('always gives a fit between 0 and 1 and a known reason code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cdi', 'cdd', 'interim'),
        fc.constantFrom('full_time' as const, 'part_time' as const),
        fc.subarray(['cdi', 'cdd', 'interim']),
        fc.constantFrom('full_time' as const, 'part_time' as const, null),
        (contractType, workingTime, contractTypes, wished) => {
          const outcome = contractWishFit(
            { contractType, workingTime },
            wishes({ contractTypes, workingTime: wished }),
          );
          if (!isApplicable(outcome)) return false;
          expect(matchReasonCodes).toContain(outcome.reason);
          return outcome.fit === null || (outcome.fit >= 0 && outcome.fit <= 1);
        },
      ),
    );
  });
});

describe('credentials when the file may say nothing', () => {
  const required = [{ code: 'fr.permis_b', label: 'Permis B' }];

  it('is unknown (neutral) when nothing is recorded, not missing', () => {
    expect(credentialFileFit(required, new Map())).toEqual({
      criterion: 'credential',
      fit: null,
      reason: 'credential_unknown',
      params: { required: 1 },
    });
  });

  it('counts what is recorded as the pure rule does', () => {
    expect(credentialFileFit(required, new Map([['fr.permis_b', 'held']]))).toMatchObject({
      fit: 1,
      reason: 'credential_held',
    });
    expect(credentialFileFit([], new Map())).toEqual({ criterion: 'credential', notApplicable: true });
  });
});

describe('reason codes', () => {
  it('name every occupation relation the pure rule can give', () => {
    for (const relation of occupationRelations) expect(matchReasonCodes).toContain(`occupation_${relation}`);
    const unknown = occupationFit(
      { escoId: 'a', iscoCode: '2142', broaderIds: [], crosswalkCodes: [], label: null },
      [],
    );
    expect(isApplicable(unknown) && matchReasonCodes.includes(unknown.reason as never)).toBe(true);
  });
});
