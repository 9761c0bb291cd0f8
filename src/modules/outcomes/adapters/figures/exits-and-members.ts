import { type RawBuilder, sql } from 'kysely';

/**
 * Exits in the period by outcome and the rule versions that decided them, and per member
 * organization its exits in the period and its positive-exit rate at exit folded within it
 * (`programOutcomes`'s `byOrganization`: every organization with a record, exits or not).
 */
export function exitsAndMembers(): { ctes: RawBuilder<unknown>[]; columns: RawBuilder<unknown> } {
  const memberUnits = sql`member_units AS (
    SELECT organization_id, u, max(pe) AS pe FROM m WHERE pe IS NOT NULL GROUP BY organization_id, u
  )`;
  const members = sql`members AS (
    SELECT g.organization_id, g.exits,
      coalesce(p.positive, 0) AS positive, coalesce(p.denominator, 0) AS denominator
    FROM (SELECT organization_id, count(*) FILTER (WHERE exited) AS exits FROM m GROUP BY organization_id) g
    LEFT JOIN (SELECT organization_id, count(*) FILTER (WHERE pe = 2) AS positive,
        count(*) FILTER (WHERE pe >= 1) AS denominator
      FROM member_units GROUP BY organization_id) p ON p.organization_id = g.organization_id
  )`;
  const columns = sql`(SELECT coalesce(json_agg(json_build_object('outcome', outcome, 'count', n)), '[]')
      FROM (SELECT r.outcome, count(*) AS n FROM r WHERE r.exited GROUP BY r.outcome) o) AS exits_by_outcome,
    (SELECT coalesce(json_agg(v ORDER BY v), '[]')
      FROM (SELECT DISTINCT r.rule_version AS v FROM r WHERE r.exited AND r.rule_version IS NOT NULL) rv)
      AS rule_versions,
    (SELECT coalesce(json_agg(json_build_object('organizationId', organization_id, 'exits', exits,
        'positive', positive, 'denominator', denominator)), '[]') FROM members) AS members`;
  return { ctes: [memberUnits, members], columns };
}

/**
 * Median earnings in the 2nd quarter after exit (`medianEarningsAfterExit`): per person the latest
 * exit of the period (on a tie, the smaller enrolment id), less the exclusions, employed with every
 * unsubsidized contract of the quarter paid a known wage; the wage rounded half up to cents, and the
 * median of an even count the mean of the two middle wages rounded half up.
 */
export function medianEarnings(): { ctes: RawBuilder<unknown>[]; columns: RawBuilder<unknown> } {
  const latest = sql`latest_exits AS (
    SELECT DISTINCT ON (person_id) person_id, excluded_outcome, q2_job, q2_wage_unknown, q2_wage
    FROM m WHERE exited ORDER BY person_id, exit_on DESC, id
  )`;
  const columns = sql`(SELECT floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(q2_wage + 0.5)) + 0.5)
      FROM latest_exits WHERE NOT excluded_outcome AND q2_job AND NOT q2_wage_unknown) AS median_earnings`;
  return { ctes: [latest], columns };
}
