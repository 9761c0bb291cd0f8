import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { countingKey, enrolmentsWithMergedInto } from './programs-repository.js';
import './tables.js';

/** Units counted for the first time in each month of a period ('YYYY-MM' → count). */
export type NewByMonth = Map<string, number>;

export interface TargetSeriesCounts {
  total: NewByMonth;
  byOrganization: Map<string, NewByMonth>;
}

/**
 * For one program, period and unit: the distinct units (persons, or households through
 * `countingKey`) by the month of their first enrolment dated in the period, for each member
 * organization and in total — in one statement. A unit counts once, in the month it first entered;
 * in total, once across members (a household enrolled by two members counts for each of them, and
 * once in the total, in the month of its earliest enrolment; a person's files linked across members
 * share a counting key; a file merged into another counts as the kept one). A hand-off's continuation is no entry: the member that enrolled the person
 * keeps the count. Summed over the months, these are the
 * distinct units enrolled in the period.
 */
export function targetSeriesRepository(db: Executor) {
  return {
    async newUnitsByMonth(
      programId: string,
      periodStart: string,
      periodEnd: string,
      unit: 'person' | 'household',
    ): Promise<TargetSeriesCounts> {
      const unitKey = countingKey(unit);
      // A file merged into another counts as the kept file (docs/duplicates.md).
      const firsts = enrolmentsWithMergedInto(db)
        .select([
          'organization_id as organizationId',
          sql<boolean>`grouping(organization_id) = 1`.as('isTotal'),
          // The first day of the month, by date arithmetic: formatting 60,000 dates as text cost twice
          // the whole statement; the outer query formats one per organization and month.
          sql<string>`min(enrolled_on) - (extract(day FROM min(enrolled_on))::int - 1)`.as('monthStart'),
        ])
        .where('program_id', '=', programId)
        // A continuation after a hand-off is not a new entry: its first organization counts it.
        .where('continues_enrolment_id', 'is', null)
        .where('enrolled_on', '>=', periodStart)
        .where('enrolled_on', '<=', periodEnd)
        .groupBy(sql`GROUPING SETS ((organization_id, ${unitKey}), (${unitKey}))`);
      const rows = await db
        .selectFrom(firsts.as('firsts'))
        .select([
          'organizationId',
          'isTotal',
          sql<string>`to_char(${sql.ref('monthStart')}::timestamp, 'YYYY-MM')`.as('month'),
          sql<string>`count(*)`.as('count'),
        ])
        .groupBy(['organizationId', 'isTotal', 'monthStart'])
        .execute();
      const total: NewByMonth = new Map();
      const byOrganization = new Map<string, NewByMonth>();
      for (const row of rows) {
        let months = total;
        if (!row.isTotal) {
          months = byOrganization.get(row.organizationId) ?? new Map();
          byOrganization.set(row.organizationId, months);
        }
        months.set(row.month, Number(row.count));
      }
      return { total, byOrganization };
    },
  };
}
