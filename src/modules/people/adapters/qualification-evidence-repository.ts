import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * What a person's file tells of their qualification, for the comparison of a hire with it
 * (placements): the ISCED levels of their education and the ESCO occupations they held. Undefined
 * when the organization does not follow the person.
 */
export async function qualificationEvidenceOf(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<{ iscedLevels: number[]; formerOccupationEscoIds: string[] } | undefined> {
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('id', '=', personId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!person) return undefined;
  const [education, experience] = await Promise.all([
    db
      .selectFrom('person_education')
      .select('isced_level')
      .where('person_id', '=', personId)
      .where('isced_level', 'is not', null)
      .execute(),
    db
      .selectFrom('person_experience')
      .select('esco_id')
      .where('person_id', '=', personId)
      .where('esco_id', 'is not', null)
      .execute(),
  ]);
  return {
    iscedLevels: education.map((e) => e.isced_level as number),
    formerOccupationEscoIds: experience.map((e) => e.esco_id as string),
  };
}
