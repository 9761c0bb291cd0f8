import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from '../../people/api.js';
import './tables.js';

/**
 * The work contracts of the people of a query, as the outcome measures read them, as a query to embed
 * (`jobSpellsOfPeopleQuery` computed by the database): per contract its id, person, start, last day
 * (`contractEnd`: the day it ended early when before its term, else the term after its latest
 * renewal; null while open-ended), type, gross quarterly wage in integer cents (`quarterlyWageCents`,
 * rounded half up as Math.round does, on the same double-precision products) and skill levels.
 */
export function jobSpellsQuery(db: Executor, personIds: PersonIdQuery) {
  const lastRenewals = db
    .selectFrom('placement_renewals')
    .select((e) => ['placement_id', e.fn.max('new_end_on').as('last_end_on')])
    .groupBy('placement_id');
  return db
    .selectFrom('placements as p')
    .leftJoin(lastRenewals.as('r'), 'r.placement_id', 'p.id')
    .select([
      'p.id',
      'p.person_id',
      'p.starts_on',
      sql<string | null>`least(p.ended_early_on, greatest(p.planned_end_on, r.last_end_on))`.as('ends_on'),
      'p.contract_type',
      sql<number | null>`CASE
        WHEN p.wage_cents IS NULL OR p.wage_period IS NULL THEN NULL
        WHEN p.wage_period = 'month' THEN floor(p.wage_cents::float8 * 3 + 0.5)
        WHEN p.wage_period = 'year' THEN floor(p.wage_cents::float8 * 0.25 + 0.5)
        WHEN p.hours_per_week IS NULL THEN NULL
        ELSE floor(p.wage_cents::float8 * p.hours_per_week::float8 * 13 + 0.5) END`.as(
        'quarterly_wage_cents',
      ),
      'p.job_skill_level',
      'p.person_skill_level',
    ])
    .where('p.person_id', 'in', personIds);
}
