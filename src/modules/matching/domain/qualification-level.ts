/**
 * Whether a job is at the level of the person's qualification, on ISCO-08's four skill levels. The ILO
 * defines a skill level for each major group (ISCO-08, vol. 1, table 1) and maps ISCED education levels
 * onto them (table 2); a person's level is the higher of their education and their former occupations.
 * A job below it is what the outcomes count as underemployment.
 */

export type SkillLevel = 1 | 2 | 3 | 4;
export type QualificationComparison = 'at_level' | 'below_level' | 'above_level' | 'unknown';

/** The skill level of an ISCO-08 code (any depth: '2', '21', '2142'), or null when it is not one. */
export function occupationSkillLevel(iscoCode: string): SkillLevel | null {
  if (!/^\d{1,4}$/.test(iscoCode)) return null;
  const major = iscoCode[0];
  const subMajor = iscoCode.slice(0, 2);
  switch (major) {
    case '0':
      // Armed forces: commissioned officers, non-commissioned officers, other ranks.
      if (subMajor.length < 2) return null;
      return subMajor === '01' ? 4 : subMajor === '02' ? 2 : 1;
    case '1':
      // Managers are levels 3 and 4: hospitality, retail and other services managers (14) are level 3.
      if (subMajor.length < 2) return null;
      return subMajor === '14' ? 3 : 4;
    case '2':
      return 4;
    case '3':
      return 3;
    case '9':
      return 1;
    default:
      return 2;
  }
}

/** ISCED 2011 level (0–8) to ISCO skill level: 0–1 → 1, 2–4 → 2, 5 → 3, 6–8 → 4. */
export function educationSkillLevel(iscedLevel: number): SkillLevel | null {
  if (!Number.isInteger(iscedLevel) || iscedLevel < 0 || iscedLevel > 8) return null;
  if (iscedLevel <= 1) return 1;
  if (iscedLevel <= 4) return 2;
  if (iscedLevel === 5) return 3;
  return 4;
}

export interface QualificationEvidence {
  iscedLevels: readonly number[];
  formerOccupationIscoCodes: readonly string[];
}

/** The person's qualification level: the highest their education or former work shows, or null. */
export function personSkillLevel(evidence: QualificationEvidence): SkillLevel | null {
  const levels = [
    ...evidence.iscedLevels.map(educationSkillLevel),
    ...evidence.formerOccupationIscoCodes.map(occupationSkillLevel),
  ].filter((level): level is SkillLevel => level !== null);
  return levels.length === 0 ? null : (Math.max(...levels) as SkillLevel);
}

export function compareToQualification(
  jobIscoCode: string | null,
  evidence: QualificationEvidence,
): { comparison: QualificationComparison; jobLevel: SkillLevel | null; personLevel: SkillLevel | null } {
  const jobLevel = jobIscoCode ? occupationSkillLevel(jobIscoCode) : null;
  const personLevel = personSkillLevel(evidence);
  if (jobLevel === null || personLevel === null) return { comparison: 'unknown', jobLevel, personLevel };
  const comparison =
    jobLevel === personLevel ? 'at_level' : jobLevel < personLevel ? 'below_level' : 'above_level';
  return { comparison, jobLevel, personLevel };
}
