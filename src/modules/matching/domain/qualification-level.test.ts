import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareToQualification,
  educationSkillLevel,
  occupationSkillLevel,
  personSkillLevel,
} from './qualification-level.js';

describe('occupationSkillLevel', () => {
  it('gives each ISCO-08 major group its skill level', () => {
    const expected: Record<string, number> = {
      '2': 4,
      '3': 3,
      '4': 2,
      '5': 2,
      '6': 2,
      '7': 2,
      '8': 2,
      '9': 1,
    };
    for (const [major, level] of Object.entries(expected)) {
      expect(occupationSkillLevel(major)).toBe(level);
      expect(occupationSkillLevel(`${major}142`)).toBe(level);
    }
  });

  it('splits managers and armed forces by sub-major group', () => {
    expect(occupationSkillLevel('1120')).toBe(4);
    expect(occupationSkillLevel('1411')).toBe(3);
    expect(occupationSkillLevel('0110')).toBe(4);
    expect(occupationSkillLevel('0210')).toBe(2);
    expect(occupationSkillLevel('0310')).toBe(1);
    expect(occupationSkillLevel('1')).toBeNull();
    expect(occupationSkillLevel('0')).toBeNull();
  });

  it('refuses what is not an ISCO code', () => {
    for (const code of ['', '21420', 'ab', '2.1', ' 2']) expect(occupationSkillLevel(code)).toBeNull();
  });
});

describe('educationSkillLevel', () => {
  it('maps ISCED 2011 levels 0–8 onto the four skill levels', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(educationSkillLevel)).toEqual([1, 1, 2, 2, 2, 3, 4, 4, 4]);
    expect(educationSkillLevel(9)).toBeNull();
    expect(educationSkillLevel(-1)).toBeNull();
    expect(educationSkillLevel(2.5)).toBeNull();
  });

  it('never lowers the skill level as education rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(educationSkillLevel(high) as number).toBeGreaterThanOrEqual(
          educationSkillLevel(low) as number,
        );
      }),
    );
  });
});

describe('compareToQualification', () => {
  it('finds a civil engineer working as a labourer below his level, and at level as an engineer', () => {
    const engineer = { iscedLevels: [6], formerOccupationIscoCodes: ['2142'] };
    expect(compareToQualification('9313', engineer)).toEqual({
      comparison: 'below_level',
      jobLevel: 1,
      personLevel: 4,
    });
    expect(compareToQualification('2142', engineer).comparison).toBe('at_level');
    expect(compareToQualification('3112', engineer).comparison).toBe('below_level');
  });

  it('takes the higher of education and former work', () => {
    const nurseWithoutDiploma = { iscedLevels: [3], formerOccupationIscoCodes: ['2221'] };
    expect(personSkillLevel(nurseWithoutDiploma)).toBe(4);
    expect(compareToQualification('5321', nurseWithoutDiploma).comparison).toBe('below_level');
  });

  it('says unknown when either side is missing, and above when the job asks more', () => {
    expect(compareToQualification(null, { iscedLevels: [6], formerOccupationIscoCodes: [] }).comparison).toBe(
      'unknown',
    );
    expect(
      compareToQualification('2142', { iscedLevels: [], formerOccupationIscoCodes: [] }).comparison,
    ).toBe('unknown');
    expect(
      compareToQualification('2142', { iscedLevels: [3], formerOccupationIscoCodes: [] }).comparison,
    ).toBe('above_level');
  });

  it('is below level exactly when the job level is lower than the highest evidence', () => {
    const isco = fc.constantFrom('1120', '1411', '2142', '3112', '4110', '7112', '8322', '9313');
    fc.assert(
      fc.property(
        isco,
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
        fc.array(isco, { maxLength: 3 }),
        (job, isced, former) => {
          const evidence = { iscedLevels: isced, formerOccupationIscoCodes: former };
          const { comparison, jobLevel, personLevel } = compareToQualification(job, evidence);
          if (personLevel === null) {
            expect(comparison).toBe('unknown');
            return;
          }
          expect(comparison === 'below_level').toBe((jobLevel as number) < personLevel);
          expect(comparison === 'at_level').toBe(jobLevel === personLevel);
        },
      ),
    );
  });
});
