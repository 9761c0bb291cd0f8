import { defaultSmallCellThreshold, suppressRates, suppressSmallCells } from '../../outcomes/api.js';
import { type ExchangeAggregates, outcomeColumn } from '../domain/exchange-figures.js';

/**
 * The aggregates as a program page shows them, small cells suppressed by the rule of published
 * statistics (the outcomes module's, through its api: a count under the threshold is hidden, and
 * further cells so that none is recovered by subtraction from the totals):
 * - by category × outcome (each status, a decline by its coded reason), with the totals;
 * - by organization: sent to organizations, sent to directory services, received (the cells only: the
 *   three do not add up to anything one would read);
 * - answers: how many answered, the median days to answer and the share answered within the sender's
 *   reminder delay, each hidden when it rests on fewer than the threshold.
 * A declined count is shown only when every reason it adds up is (it would give the hidden one away).
 */
export interface ExchangeVocabulary<C extends string = string> {
  categories: readonly C[];
  /** The statuses other than declined, in the order shown. */
  statuses: readonly string[];
  declineReasons: readonly string[];
}

type Count = number | null;

export interface OutcomeRow {
  total: Count;
  statuses: Record<string, Count>;
  declined: Count;
  declineReasons: Record<string, Count>;
}

export interface PublishedExchangeFigures<C extends string = string> {
  threshold: number;
  /** How many of the period and organizations were made in no program, hence left out (null: suppressed). */
  withoutProgram: Count;
  total: OutcomeRow;
  byCategory: (OutcomeRow & { category: C })[];
  byOrganization: { organizationId: string; sent: Count; sentToServices: Count; received: Count }[];
  answers: {
    /** `answered`: how many were answered, over all (per organization it would be a count apart from the tables). */
    total: AnswerFigures & { answered: Count };
    byOrganization: (AnswerFigures & { organizationId: string })[];
  };
}

export interface AnswerFigures {
  medianDays: number | null;
  shareWithinDelay: number | null;
}

const roundedDays = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);

export function publishExchangeFigures<C extends string>(
  aggregates: ExchangeAggregates,
  vocabulary: ExchangeVocabulary<C>,
  threshold: number = defaultSmallCellThreshold,
): PublishedExchangeFigures<C> {
  const columns = [
    ...vocabulary.statuses,
    ...vocabulary.declineReasons.map((r) => outcomeColumn('declined', r)),
  ];
  const countOf = (category: string, column: string) =>
    aggregates.cells.find((c) => c.category === category && c.column === column)?.count ?? 0;
  const categories = vocabulary.categories.filter((category) =>
    columns.some((column) => countOf(category, column) > 0),
  );
  const outcomeRow = (cells: readonly Count[], total: Count): OutcomeRow => {
    const statuses = Object.fromEntries(vocabulary.statuses.map((s, i) => [s, cells[i] ?? null]));
    const reasons = cells.slice(vocabulary.statuses.length);
    return {
      total,
      statuses,
      declined: reasons.some((r) => r === null)
        ? null
        : reasons.reduce<number>((sum, r) => sum + (r as number), 0),
      declineReasons: Object.fromEntries(vocabulary.declineReasons.map((r, i) => [r, reasons[i] ?? null])),
    };
  };
  const emptyRow = outcomeRow(
    columns.map(() => 0),
    0,
  );
  let total = emptyRow;
  let byCategory: PublishedExchangeFigures<C>['byCategory'] = [];
  if (categories.length > 0) {
    const table = suppressSmallCells(
      {
        rows: categories,
        columns,
        cells: categories.map((c) => columns.map((column) => countOf(c, column))),
      },
      { threshold },
    );
    total = outcomeRow(table.columnTotals, table.grandTotal);
    byCategory = categories.map((category, r) => ({
      category,
      ...outcomeRow(table.cells[r] as Count[], table.rowTotals[r] ?? null),
    }));
  }

  let byOrganization: PublishedExchangeFigures['byOrganization'] = [];
  if (aggregates.organizations.length > 0) {
    const table = suppressSmallCells(
      {
        rows: aggregates.organizations.map((o) => o.organizationId),
        columns: ['sent', 'sentToServices', 'received'],
        cells: aggregates.organizations.map((o) => [o.sent, o.sentToServices, o.received]),
      },
      { threshold },
    );
    byOrganization = aggregates.organizations.map((o, r) => {
      const [sent, sentToServices, received] = table.cells[r] as Count[];
      return {
        organizationId: o.organizationId,
        sent: sent ?? null,
        sentToServices: sentToServices ?? null,
        received: received ?? null,
      };
    });
  }

  const answerRows = aggregates.answers;
  const shares = suppressRates(
    answerRows.map((a) => [{ numerator: a.withinDelay, denominator: a.due }]),
    {
      threshold,
    },
  );
  const answerFigures = (index: number): AnswerFigures => {
    const row = answerRows[index]!;
    return {
      medianDays: row.answered >= threshold ? roundedDays(row.medianDays) : null,
      shareWithinDelay: shares[index]?.[0] ?? null,
    };
  };
  const overall = answerRows.findIndex((a) => a.receiverId === null);
  const answered = overall === -1 ? 0 : answerRows[overall]!.answered;
  const unprogrammed = aggregates.withoutProgram;
  return {
    threshold,
    withoutProgram: unprogrammed === 0 || unprogrammed >= threshold ? unprogrammed : null,
    total,
    byCategory,
    byOrganization,
    answers: {
      total: {
        answered: answered === 0 || answered >= threshold ? answered : null,
        ...(overall === -1 ? { medianDays: null, shareWithinDelay: null } : answerFigures(overall)),
      },
      byOrganization: answerRows.flatMap((a, index) =>
        a.receiverId === null ? [] : [{ organizationId: a.receiverId, ...answerFigures(index) }],
      ),
    },
  };
}
