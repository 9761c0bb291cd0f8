import { sql } from 'kysely';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { reportFactsOf } from '../../people/api.js';
import { unknownCategory } from '../domain/breakdown.js';

/**
 * The breakdown by immigration status. The status is sealed at rest (ADR 10): no statement can group
 * by it, and it is never sent back to the database. The statements return instead, per person and
 * unit, what their families fold (`bool_or`, `min`, `max`, the person's minutes), over every record;
 * the application opens each person's status and folds per status and unit as the statements fold
 * per category and unit, into rows of the statements' shape (`dim` 'immigration_status'). Only counts
 * per status leave this module; checked against the pure functions by report-figures.test.ts.
 */

export const statusDim = 'immigration_status';

/** A person's part of a unit: the columns a family folds, by name. */
type PersonRow = { p: string; u: string } & Record<string, unknown>;

/** The enrolment family's columns per person and unit, over the records `rc` (dimension ''). */
export const enrolmentByPerson = (to: string) => sql`(SELECT coalesce(json_agg(t), '[]'::json) FROM (
    SELECT rc.person_id AS p, rc.u::text AS u, bool_or(rc.active) AS active, min(rc.enrolled_on) AS first,
      bool_or(rc.exited) AS exited, bool_or(rc.exited AND rc.outcome = 'moved_to_region') AS settled,
      bool_or(rc.active AND rc.signed_on <= ${to}::date) AS signed, max(pm.minutes) AS minutes
    FROM rc LEFT JOIN (SELECT person_id, sum(minutes) AS minutes FROM ph WHERE minutes > 0 GROUP BY person_id) pm
      ON pm.person_id = rc.person_id
    WHERE rc.dim = '' GROUP BY rc.person_id, rc.u) t)`;

/** The outcome measures' ranks per person and unit, over the records with their categories `mc` (dimension ''). */
export const outcomesByPerson = (columns: readonly string[]) =>
  sql`(SELECT coalesce(json_agg(t), '[]'::json) FROM (
    SELECT ${sql.join([sql`person_id AS p, u::text AS u`, ...columns.map((c) => sql`max(${sql.ref(c)}) AS ${sql.ref(c)}`)])}
    FROM mc WHERE dim = '' GROUP BY person_id, u) t)`;

/** Each person's status category, opened with the key ring ("unknown" when none is recorded). */
async function statusesOf(db: Executor, keyRing: KeyRing | undefined, rows: readonly PersonRow[]) {
  const ids = [...new Set(rows.map((r) => r.p))];
  const facts = await reportFactsOf(db, keyRing, ids);
  return new Map(facts.map((f) => [f.personId, f.immigrationStatus ?? unknownCategory]));
}

/** Rows per status and unit, folded as the statements fold per category and unit. */
async function foldPerStatus(
  db: Executor,
  keyRing: KeyRing | undefined,
  rows: readonly PersonRow[],
  fold: (a: PersonRow, b: PersonRow) => PersonRow,
) {
  const statusOf = await statusesOf(db, keyRing, rows);
  const units = new Map<string, { category: string; row: PersonRow }>();
  for (const row of rows) {
    const category = statusOf.get(row.p) ?? unknownCategory;
    const key = JSON.stringify([category, row.u]);
    const seen = units.get(key);
    units.set(key, { category, row: seen ? fold(seen.row, row) : row });
  }
  const byCategory = new Map<string, PersonRow[]>();
  for (const { category, row } of units.values())
    byCategory.set(category, [...(byCategory.get(category) ?? []), row]);
  return byCategory;
}

const count = (rows: readonly PersonRow[], test: (r: PersonRow) => boolean) => rows.filter(test).length;
const minOf = (a: unknown, b: unknown) =>
  a === null ? b : b === null ? a : (a as string) < (b as string) ? a : b;
const maxOf = (a: unknown, b: unknown) => (a === null ? b : b === null ? a : Math.max(Number(a), Number(b)));

/** The enrolment family's rows per status (the columns of `enrolmentFiguresSql`'s rows). */
export async function enrolmentRowsByStatus(
  db: Executor,
  keyRing: KeyRing | undefined,
  rows: readonly PersonRow[],
  period: { from: string; to: string },
) {
  const folded = await foldPerStatus(db, keyRing, rows, (a, b) => ({
    p: a.p,
    u: a.u,
    active: Boolean(a.active) || Boolean(b.active),
    first: minOf(a.first, b.first),
    exited: Boolean(a.exited) || Boolean(b.exited),
    settled: Boolean(a.settled) || Boolean(b.settled),
    signed: Boolean(a.signed) || Boolean(b.signed),
    // Each person once per unit (one row per person and unit): their minutes add up.
    minutes:
      a.minutes === null && b.minutes === null ? null : Number(a.minutes ?? 0) + Number(b.minutes ?? 0),
  }));
  return [...folded].map(([category, units]) => ({
    dim: statusDim,
    category,
    people_accompanied: count(units, (r) => Boolean(r.active)),
    new_entries: count(units, (r) => (r.first as string) >= period.from && (r.first as string) <= period.to),
    exits: count(units, (r) => Boolean(r.exited)),
    settled_in_region: count(units, (r) => Boolean(r.settled)),
    with_signed_plan: count(units, (r) => Boolean(r.signed)),
    minutes: units.reduce((s, r) => s + Number(r.minutes ?? 0), 0),
    hours_units: count(units, (r) => r.minutes !== null),
  }));
}

/** The outcome measures' rows per status: per column its positive units and those not excluded. */
export async function outcomeRowsByStatus(
  db: Executor,
  keyRing: KeyRing | undefined,
  rows: readonly PersonRow[],
  columns: readonly string[],
) {
  const folded = await foldPerStatus(db, keyRing, rows, (a, b) => ({
    p: a.p,
    u: a.u,
    ...Object.fromEntries(columns.map((c) => [c, maxOf(a[c] ?? null, b[c] ?? null)])),
  }));
  return [...folded].map(([category, units]) => ({
    dim: statusDim,
    category,
    ...Object.fromEntries(
      columns.flatMap((c) => [
        [`${c}_num`, count(units, (r) => r[c] !== null && Number(r[c]) === 2)],
        [`${c}_den`, count(units, (r) => r[c] !== null && Number(r[c]) >= 1)],
      ]),
    ),
  }));
}
