import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { ExchangeAggregates, ExchangeSelection } from '../domain/exchange-figures.js';

/**
 * The aggregates of `domain/exchange-figures.ts` computed by the database, over a query of facts with the
 * columns sender_id, receiver_id, program_id, category, status, decline_reason, sent_at, answered_at, closed_at (the
 * referrals' here, the hand-offs' given by that module from its own tables). Three aggregate statements;
 * no row of a referral or a hand-off comes into Node. exchange-figures.test.ts checks them against the
 * pure definition on both engines.
 */
export type ExchangeFactsQuery = RawBuilder<unknown>;

const uuidList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`));

/** The facts of the period and organizations, whatever their program. */
function inView(
  facts: ExchangeFactsQuery,
  selection: Omit<ExchangeSelection, 'delayOf' | 'defaultDelay' | 'now' | 'programId'>,
) {
  const scope = uuidList(selection.organizationIds);
  return sql`
    SELECT f.* FROM (${facts}) AS f
    WHERE f.sent_at >= ${selection.start} AND f.sent_at < ${selection.end}
      AND (f.sender_id IN (${scope}) OR f.receiver_id IN (${scope}))`;
}

/** Those of them made in the program. */
function chosen(
  facts: ExchangeFactsQuery,
  selection: Omit<ExchangeSelection, 'delayOf' | 'defaultDelay' | 'now'>,
) {
  return sql`
    SELECT v.* FROM (${inView(facts, selection)}) AS v WHERE v.program_id = ${selection.programId}::uuid`;
}

/** The organizations that sent what the selection counts: their reminder delays are read before aggregating. */
export async function sendersOf(
  db: Executor,
  facts: ExchangeFactsQuery,
  selection: Omit<ExchangeSelection, 'delayOf' | 'defaultDelay' | 'now'>,
): Promise<string[]> {
  const { rows } = await sql<{ sender_id: string }>`
    SELECT DISTINCT c.sender_id FROM (${chosen(facts, selection)}) AS c`.execute(db);
  return rows.map((r) => r.sender_id);
}

export async function exchangeAggregates(
  db: Executor,
  facts: ExchangeFactsQuery,
  selection: ExchangeSelection,
): Promise<ExchangeAggregates> {
  const delays =
    selection.delayOf.size === 0
      ? sql`SELECT NULL::uuid AS organization_id, NULL::int AS days WHERE false`
      : sql`SELECT * FROM (VALUES ${sql.join(
          [...selection.delayOf].map(([id, days]) => sql`(${id}::uuid, ${days}::int)`),
        )}) AS d (organization_id, days)`;
  // Seconds waited: until the answer, else the withdrawal, else now. Compared in seconds, exactly.
  const withWaits = sql`
    SELECT c.*,
      extract(epoch FROM (coalesce(c.answered_at, c.closed_at, ${selection.now}::timestamptz) - c.sent_at)) AS waited,
      coalesce(d.days, ${selection.defaultDelay}::int) * 86400 AS delay_seconds
    FROM (${chosen(facts, selection)}) AS c
    LEFT JOIN (${delays}) AS d ON d.organization_id = c.sender_id`;
  const scope = uuidList(selection.organizationIds);

  const unprogrammed = await sql<{ count: string | number }>`
    SELECT count(*) AS count FROM (${inView(facts, selection)}) AS v WHERE v.program_id IS NULL`.execute(db);

  const cells = await sql<{ category: string; column: string; count: string | number }>`
    SELECT w.category,
      CASE WHEN w.status = 'declined' THEN 'declined:' || coalesce(w.decline_reason, 'other') ELSE w.status END AS column,
      count(*) AS count
    FROM (${withWaits}) AS w
    GROUP BY 1, 2`.execute(db);

  const organizations = await sql<{
    organization_id: string;
    sent: string | number;
    sent_to_services: string | number;
    received: string | number;
  }>`
    SELECT o.id AS organization_id,
      count(*) FILTER (WHERE w.sender_id = o.id AND w.receiver_id IS NOT NULL) AS sent,
      count(*) FILTER (WHERE w.sender_id = o.id AND w.receiver_id IS NULL) AS sent_to_services,
      count(*) FILTER (WHERE w.receiver_id = o.id) AS received
    FROM (VALUES ${sql.join(selection.organizationIds.map((id) => sql`(${id}::uuid)`))}) AS o (id)
    JOIN (${withWaits}) AS w ON w.sender_id = o.id OR w.receiver_id = o.id
    GROUP BY o.id`.execute(db);

  const answers = await sql<{
    receiver_id: string | null;
    overall: number;
    answered: string | number;
    median_days: string | number | null;
    due: string | number;
    within_delay: string | number;
  }>`
    SELECT w.receiver_id, grouping(w.receiver_id) AS overall,
      count(w.answered_at) AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN w.answered_at IS NOT NULL THEN w.waited::float8 / 86400 END) AS median_days,
      count(*) FILTER (WHERE w.answered_at IS NOT NULL OR w.waited >= w.delay_seconds) AS due,
      count(*) FILTER (WHERE w.answered_at IS NOT NULL AND w.waited <= w.delay_seconds) AS within_delay
    FROM (${withWaits}) AS w
    WHERE w.receiver_id IS NOT NULL
    GROUP BY GROUPING SETS ((w.receiver_id), ())
    HAVING grouping(w.receiver_id) = 1 OR w.receiver_id IN (${scope})`.execute(db);

  return {
    withoutProgram: Number(unprogrammed.rows[0]?.count ?? 0),
    cells: cells.rows.map((r) => ({ category: r.category, column: r.column, count: Number(r.count) })),
    organizations: organizations.rows.map((r) => ({
      organizationId: r.organization_id,
      sent: Number(r.sent),
      sentToServices: Number(r.sent_to_services),
      received: Number(r.received),
    })),
    answers: answers.rows.map((r) => ({
      receiverId: Number(r.overall) === 1 ? null : r.receiver_id,
      answered: Number(r.answered),
      medianDays: r.median_days === null ? null : Number(r.median_days),
      due: Number(r.due),
      withinDelay: Number(r.within_delay),
    })),
  };
}
