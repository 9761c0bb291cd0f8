import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../../core/db/types.js';
import { personSkillLevel } from '../../../matching/domain/qualification-level.js';
import { outcomeFactsOf, type PersonIdQuery } from '../../../people/api.js';
import { escoIdOf, occupationRelations } from '../../../reference/api.js';
import { statusOf } from '../../domain/underemployment.js';
import { day } from './records.js';

/**
 * Underemployment (`underemploymentAt`) over the people exited in the period, on `on` (the earlier of
 * `asOf` and the period's end): per person the contract running that day, the latest started (on a
 * tie, the first in the contracts' order), compared with the person's level the contract recorded.
 *
 * Choice (a) of issue 13: when the contract recorded no person's level, the person's qualification
 * level comes from their education and former occupations, whose ISCO codes live in the in-memory
 * ESCO crosswalk (reference module) — no SQL can read it. Those people alone (exited, holding a job
 * of known level on the day, no level recorded) are read through the people api and decided in JS
 * (`personSkillLevel`); the database counts everyone else. A reference table of occupation levels
 * written by a migration (choice b) would copy the crosswalk and drift from it; (a) fits the time.
 */
export function runningJobsCte(on: string): RawBuilder<unknown> {
  return sql`running AS (
    SELECT DISTINCT ON (p.person_id) p.person_id, j.job_skill_level, j.person_skill_level
    FROM (SELECT DISTINCT person_id FROM r WHERE exited) p
    JOIN j ON j.person_id = p.person_id AND j.starts_on <= ${day(on)}
      AND (j.ends_on IS NULL OR j.ends_on >= ${day(on)})
    ORDER BY p.person_id, j.starts_on DESC, j.id
  )`;
}

export const underemploymentColumns = sql`(SELECT json_build_object(
    'under', count(*) FILTER (WHERE job_skill_level < person_skill_level),
    'matched', count(*) FILTER (WHERE job_skill_level >= person_skill_level),
    'undecided', count(*) FILTER (WHERE job_skill_level IS NOT NULL AND person_skill_level IS NULL))
  FROM running) AS underemployment`;

/** The people the database could not decide: a job of known level, no person's level recorded. */
export const undecidedSelect = sql`SELECT person_id, job_skill_level FROM running
  WHERE job_skill_level IS NOT NULL AND person_skill_level IS NULL`;

/** The undecided people's statuses, their qualification level read by `qualificationLevelsOf`. */
export async function decideInJs(
  db: Executor,
  statement: (select: RawBuilder<unknown>) => RawBuilder<unknown>,
): Promise<{ under: number; matched: number }> {
  const { rows } = await statement(undecidedSelect).execute(db);
  const undecided = rows as { person_id: string; job_skill_level: number }[];
  if (undecided.length === 0) return { under: 0, matched: 0 };
  const people = db
    .selectFrom(
      sql<{
        person_id: string;
      }>`(${statement(sql`SELECT person_id FROM running WHERE job_skill_level IS NOT NULL AND person_skill_level IS NULL`)})`.as(
        'u',
      ),
    )
    .select('u.person_id') as unknown as PersonIdQuery;
  const levelOf = await qualificationLevelsOf(db, people);
  let under = 0;
  let matched = 0;
  for (const { person_id, job_skill_level } of undecided) {
    const status = statusOf(job_skill_level, levelOf.get(person_id) ?? null);
    if (status === 'underemployed') under += 1;
    else if (status === 'matched') matched += 1;
  }
  return { under, matched };
}

/**
 * People's qualification levels as `outcomeRecordsOf` reads them: the ISCED levels of their education
 * and the ISCO codes of the occupations they held, the one still held at entry left out (null: unknown).
 */
export async function qualificationLevelsOf(
  db: Executor,
  people: readonly string[] | PersonIdQuery,
): Promise<Map<string, number | null>> {
  const facts = await outcomeFactsOf(db, people);
  const iscoOf = (escoId: string) => occupationRelations().facts(escoIdOf(escoId)).iscoCode ?? null;
  const levelOf = new Map<string, number | null>();
  for (const f of facts) {
    const iscedLevels = f.education.flatMap((e) => (e.iscedLevel === null ? [] : [e.iscedLevel]));
    const formerOccupationIscoCodes = f.formerOccupationEscoIds
      .filter((id) => id !== f.currentOccupationEscoId)
      .flatMap((id) => {
        const isco = iscoOf(id);
        return isco ? [isco] : [];
      });
    levelOf.set(f.personId, personSkillLevel({ iscedLevels, formerOccupationIscoCodes }));
  }
  return levelOf;
}
