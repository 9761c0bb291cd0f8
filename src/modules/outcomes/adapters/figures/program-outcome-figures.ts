import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../../core/db/types.js';
import { rateOf } from '../../domain/measure.js';
import { timeToJobBuckets } from '../../domain/time-to-first-job.js';
import { type ExitOutcome, exitOutcomes, type OutcomeMeasureCode } from '../../domain/vocabulary.js';
import { exitsAndMembers, medianEarnings } from './exits-and-members.js';
import { followUpMoments } from './follow-up-moments.js';
import { followUpsOfRecordsCte, jobsOfRecordsCte } from './per-record.js';
import { type FiguresQuery, jobsCte, recordsCte } from './records.js';
import { decideInJs, runningJobsCte, underemploymentColumns } from './underemployment.js';
import { findingsCte, foldedMeasures, unitsCte, unitTotals } from './unit-measures.js';

export type { FiguresQuery } from './records.js';

export interface FigureMeasure {
  numerator: number;
  denominator: number;
  rate: number | null;
  excluded: number;
  unreachable: number;
}

const n = (value: unknown) => Number(value ?? 0);

/**
 * A program's outcome figures counted by the database (`programOutcomes` over `outcomeRecordsOf`,
 * without reading the records): one statement over the cohort, its current exits, its follow-ups and
 * its people's contracts returns the aggregates only; a second one runs only when some people's
 * qualification level must be decided in JS (see underemployment.ts). The pure functions are the
 * specification: figures-match-measures.test.ts checks both give the same figures on the same data.
 */
export async function programOutcomeFiguresSql(db: Executor, q: FiguresQuery) {
  // The earlier of the two days ('YYYY-MM-DD' sorts as it falls).
  const on = [q.asOf, q.period.to].sort()[0] as string;
  const base = [recordsCte(db, q), jobsCte(db, q), runningJobsCte(on)];
  const withBase = (select: RawBuilder<unknown>) => sql`WITH ${sql.join(base)} ${select}`;
  const parts = [exitsAndMembers(), medianEarnings(), followUpMoments(q)];
  // An aggregate read over a whole program: hash tables in memory rather than spilled batches, and
  // no JIT compilation (seconds for a statement this size, more than it saves). Local to the transaction.
  await sql`SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`.execute(db);
  const ctes = [
    ...base,
    jobsOfRecordsCte(q),
    followUpsOfRecordsCte(q),
    findingsCte(q),
    unitsCte(),
    ...parts.flatMap((p) => p.ctes),
  ];
  const statement = sql`WITH ${sql.join(ctes)}
    SELECT ${unitTotals()} AS totals, ${sql.join(parts.map((p) => p.columns))}, ${underemploymentColumns}`;
  const { rows } = await statement.execute(db);
  const row = rows[0] as {
    totals: Record<string, number | string | null>;
    exits_by_outcome: { outcome: ExitOutcome; count: number }[];
    rule_versions: number[];
    members: { organizationId: string; exits: number; positive: number; denominator: number }[];
    median_earnings: number | string | null;
    follow_ups: {
      months: number;
      due: number;
      answered: number;
      unreachable: number;
      pending: number;
      employed: number;
    }[];
    underemployment: { under: number; matched: number; undecided: number };
  };
  const t = row.totals;
  const measures = Object.fromEntries(
    Object.entries(foldedMeasures).map(([code, c]) => {
      const [numerator, denominator] = [n(t[`${c}_num`]), n(t[`${c}_den`])];
      return [
        code,
        {
          numerator,
          denominator,
          rate: rateOf(numerator, denominator),
          excluded: n(t[`${c}_exc`]),
          unreachable: n(t[`${c}_unr`]),
        },
      ];
    }),
  ) as Record<Exclude<OutcomeMeasureCode, 'underemployment'>, FigureMeasure>;
  const decided =
    n(row.underemployment.undecided) > 0 ? await decideInJs(db, withBase) : { under: 0, matched: 0 };
  const under = n(row.underemployment.under) + decided.under;
  const known = under + n(row.underemployment.matched) + decided.matched;
  const byOutcome = new Map(row.exits_by_outcome.map((o) => [o.outcome, n(o.count)]));
  const moments = new Map(row.follow_ups.map((f) => [n(f.months), f]));
  return {
    unit: q.unit,
    ruleVersionsUsed: row.rule_versions.map(n),
    exitsByOutcome: exitOutcomes
      .filter((o) => byOutcome.has(o))
      .map((outcome) => ({ outcome, count: byOutcome.get(outcome) ?? 0 })),
    measures: {
      ...measures,
      underemployment: {
        numerator: under,
        denominator: known,
        rate: rateOf(under, known),
        excluded: 0,
        unreachable: 0,
      },
    } as Record<OutcomeMeasureCode, FigureMeasure>,
    medianQuarterlyEarningsCents: row.median_earnings === null ? null : n(row.median_earnings),
    timeToFirstJob: {
      medianDays: t.ttj_median === null || t.ttj_median === undefined ? null : n(t.ttj_median),
      buckets: timeToJobBuckets.map((bucket) => ({ bucket, count: n(t[bucket]) })),
    },
    followUps: q.followUpMonths.map((months) => {
      const f = moments.get(months);
      const answered = n(f?.answered);
      return {
        months,
        due: n(f?.due),
        answered,
        unreachable: n(f?.unreachable),
        pending: n(f?.pending),
        employedShare: rateOf(n(f?.employed), answered),
      };
    }),
    byOrganization: row.members.map((m) => ({
      organizationId: m.organizationId,
      exits: n(m.exits),
      positive: n(m.positive),
      denominator: n(m.denominator),
      rate: rateOf(n(m.positive), n(m.denominator)),
    })),
  };
}
