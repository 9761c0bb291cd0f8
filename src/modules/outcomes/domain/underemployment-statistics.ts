import { type BreakdownDimension, categoryOf } from './breakdowns.js';
import type { OutcomeRecord } from './records.js';
import { suppressSmallCells } from './small-cell-suppression.js';
import {
  type EmploymentStatus,
  employmentStatusAtEntry,
  employmentStatusOn,
  latestRecordByPerson,
} from './underemployment.js';
import { defaultSmallCellThreshold } from './vocabulary.js';

export interface UnderemploymentFigures {
  /** Employed with both skill levels known. */
  people: number | null;
  underemployed: number | null;
  rate: number | null;
}

export interface UnderemploymentTable {
  rows: (UnderemploymentFigures & { group: string })[];
  total: UnderemploymentFigures;
}

/**
 * One published table: groups by rows, and two columns, underemployed and not, whose row totals are
 * the people counted. "Not underemployed" is not shown, but it follows from the two shown, so it takes
 * part in the suppression like any cell. A rate is shown only when both its counts are.
 */
export function publishUnderemployment(
  statuses: readonly { group: string; status: EmploymentStatus }[],
  threshold: number = defaultSmallCellThreshold,
): UnderemploymentTable {
  const counted = statuses.filter(({ status }) => status === 'underemployed' || status === 'matched');
  const groups = [...new Set(counted.map(({ group }) => group))].sort((a, b) =>
    a === 'unknown' ? 1 : b === 'unknown' ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const cells = groups.map((group) => {
    const inGroup = counted.filter((entry) => entry.group === group);
    const under = inGroup.filter(({ status }) => status === 'underemployed').length;
    return [under, inGroup.length - under];
  });
  const total = { people: 0, underemployed: null, rate: null };
  if (groups.length === 0) return { rows: [], total };
  const published = suppressSmallCells(
    { rows: groups, columns: ['underemployed', 'matched'], cells },
    { threshold },
  );
  const figures = (people: number | null, underemployed: number | null): UnderemploymentFigures => ({
    people,
    underemployed,
    rate: people === null || underemployed === null || people < threshold ? null : underemployed / people,
  });
  return {
    rows: groups.map((group, i) => ({ group, ...figures(published.rowTotals[i]!, published.cells[i]![0]!) })),
    total: figures(published.grandTotal, published.columnTotals[0]!),
  };
}

/**
 * Anonymized underemployment by one breakdown, before accompaniment (the job held at entry) and after
 * (the job running on `asOf`), per person. Categories are those of the year of `asOf`.
 */
export function underemploymentStatistics(
  records: readonly OutcomeRecord[],
  options: { breakdown: BreakdownDimension; asOf: string; threshold?: number },
): { before: UnderemploymentTable; after: UnderemploymentTable } {
  const referenceYear = Number(options.asOf.slice(0, 4));
  const jobs = new Map<string, OutcomeRecord['jobs']>();
  for (const record of records)
    jobs.set(record.personId, [...(jobs.get(record.personId) ?? []), ...record.jobs]);
  const before: { group: string; status: EmploymentStatus }[] = [];
  const after: { group: string; status: EmploymentStatus }[] = [];
  for (const [personId, record] of latestRecordByPerson(records)) {
    const group = categoryOf(record.person, options.breakdown, referenceYear);
    before.push({ group, status: employmentStatusAtEntry(record) });
    after.push({
      group,
      status: employmentStatusOn({ ...record, jobs: jobs.get(personId) ?? [] }, options.asOf),
    });
  }
  return {
    before: publishUnderemployment(before, options.threshold),
    after: publishUnderemployment(after, options.threshold),
  };
}
