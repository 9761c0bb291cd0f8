import { suppressSmallCells } from '../../outcomes/domain/small-cell-suppression.js';
import { defaultSmallCellThreshold } from '../../outcomes/domain/vocabulary.js';
import { groupBy } from './breakdown.js';
import type { FundFacts, FundIndicatorDefinition } from './fund-facts.js';
import {
  type BreakdownKey,
  type Figure,
  type IndicatorContext,
  type IndicatorDefinition,
  memberCountOf,
  type ReportRecord,
} from './indicator.js';
import type { ReportDefinition } from './template.js';

/** Who reads the report: staff who may see files (drill-down) or a funder (aggregates, suppressed). */
export type Audience = 'staff' | 'funder';

export interface ReportCell {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Hidden from a funder because a group this small could point to people. */
  suppressed: boolean;
}

export interface SectionResult {
  indicator: string;
  breakdown: BreakdownKey | null;
  /** False when the program has nothing the indicator reads (a fund indicator without a fund). */
  available: boolean;
  total: ReportCell;
  rows: { category: string; cell: ReportCell }[];
}

export interface Catalogue {
  enrolment: ReadonlyMap<string, IndicatorDefinition>;
  fund: ReadonlyMap<string, FundIndicatorDefinition>;
}

export interface ReportInputs {
  records: readonly ReportRecord[];
  fund: FundFacts | null;
  context: IndicatorContext;
  /**
   * Sections already counted by the database, by `countedKey`: what `sectionFigures` would compute
   * over the records, which then need not hold what these sections read.
   */
  counted?: ReadonlyMap<string, { total: Figure; rows: { category: string; figure: Figure }[] }>;
}

/** The key of a section among `ReportInputs.counted`. */
export const countedKey = (section: { indicator: string; breakdown: BreakdownKey | null }) =>
  `${section.indicator}|${section.breakdown ?? ''}`;

/** A problem of a definition, by section index: an unknown indicator or a breakdown it does not accept. */
export interface DefinitionProblem {
  section: number;
  code: 'REPORT_UNKNOWN_INDICATOR' | 'REPORT_BREAKDOWN_NOT_ALLOWED';
  indicator: string;
  breakdown: BreakdownKey | null;
}

export function definitionProblems(definition: ReportDefinition, catalogue: Catalogue): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  definition.sections.forEach((section, index) => {
    const enrolment = catalogue.enrolment.get(section.indicator);
    const fund = catalogue.fund.get(section.indicator);
    if (!enrolment && !fund) {
      problems.push({ section: index, code: 'REPORT_UNKNOWN_INDICATOR', ...section });
      return;
    }
    if (section.breakdown !== null && (fund || !enrolment?.breakdowns.includes(section.breakdown)))
      problems.push({ section: index, code: 'REPORT_BREAKDOWN_NOT_ALLOWED', ...section });
  });
  return problems;
}

/** Computes one section's figures, total and by category, with the units behind each (for a drill-down). */
export function sectionFigures(
  section: ReportDefinition['sections'][number],
  inputs: ReportInputs,
  catalogue: Catalogue,
): { total: Figure; rows: { category: string; figure: Figure }[]; available: boolean } | null {
  const fundIndicator = catalogue.fund.get(section.indicator);
  if (fundIndicator) {
    if (!inputs.fund) return { total: emptyFigure, rows: [], available: false };
    return {
      total: fundIndicator.compute(inputs.fund, { period: inputs.context.period, asOf: inputs.context.asOf }),
      rows: [],
      available: true,
    };
  }
  const indicator = catalogue.enrolment.get(section.indicator);
  if (!indicator) return null;
  const total = indicator.compute(inputs.records, inputs.context);
  if (section.breakdown === null) return { total, rows: [], available: true };
  const referenceYear = Number(inputs.context.period.to.slice(0, 4));
  const rows = groupBy(inputs.records, section.breakdown, referenceYear).map(([category, records]) => ({
    category,
    figure: indicator.compute(records, inputs.context),
  }));
  return { total, rows, available: true };
}

const emptyFigure: Figure = {
  value: null,
  numerator: null,
  denominator: null,
  members: [],
  denominatorMembers: [],
};

const plain = (figure: Figure): ReportCell => ({
  value: figure.value,
  numerator: figure.numerator,
  denominator: figure.denominator,
  suppressed: false,
});

/** Counts of a column (rows then total) as a funder may read them: small cells and what would reveal them hidden. */
function publishedCounts(counts: readonly number[], total: number, threshold: number) {
  if (counts.length === 0) return { rows: [], total: total > 0 && total < threshold ? null : total };
  const table = suppressSmallCells(
    { rows: counts.map((_, i) => String(i)), columns: ['n'], cells: counts.map((n) => [n]) },
    { threshold },
  );
  // The table's own total is the sum of its rows; a household counted in two groups makes the
  // indicator's total smaller than that sum, so the indicator's total is checked on its own as well.
  const ownTotal = total > 0 && total < threshold ? null : total;
  return {
    rows: table.cells.map((row) => row[0] ?? null),
    total: table.grandTotal === null ? null : ownTotal,
  };
}

/**
 * The section as a funder reads it. Counts of units under the threshold (and the cells that would let
 * them be recovered by subtraction) are hidden; a rate is shown only when both its counts are; a
 * median or a sum of hours only when it is made of at least `threshold` units.
 */
export function suppressForFunder(
  kind: IndicatorDefinition['unit'],
  suppressible: boolean,
  total: Figure,
  rows: readonly { category: string; figure: Figure }[],
  threshold = defaultSmallCellThreshold,
): { total: ReportCell; rows: { category: string; cell: ReportCell }[] } {
  if (!suppressible)
    return { total: plain(total), rows: rows.map((r) => ({ category: r.category, cell: plain(r.figure) })) };
  const hidden: ReportCell = { value: null, numerator: null, denominator: null, suppressed: true };
  if (kind === 'units') {
    const counts = publishedCounts(
      rows.map((r) => memberCountOf(r.figure)),
      memberCountOf(total),
      threshold,
    );
    const cell = (figure: Figure, shown: number | null): ReportCell =>
      shown === null ? hidden : { ...plain(figure), value: shown };
    return {
      total: cell(total, counts.total),
      rows: rows.map((r, i) => ({ category: r.category, cell: cell(r.figure, counts.rows[i] ?? null) })),
    };
  }
  if (kind === 'rate') {
    const numerators = publishedCounts(
      rows.map((r) => r.figure.numerator ?? 0),
      total.numerator ?? 0,
      threshold,
    );
    const denominators = publishedCounts(
      rows.map((r) => r.figure.denominator ?? 0),
      total.denominator ?? 0,
      threshold,
    );
    const cell = (figure: Figure, numerator: number | null, denominator: number | null): ReportCell =>
      numerator === null || denominator === null || (denominator > 0 && denominator < threshold)
        ? hidden
        : plain(figure);
    return {
      total: cell(total, numerators.total, denominators.total),
      rows: rows.map((r, i) => ({
        category: r.category,
        cell: cell(r.figure, numerators.rows[i] ?? null, denominators.rows[i] ?? null),
      })),
    };
  }
  const madeOfEnough = (figure: Figure) => memberCountOf(figure) === 0 || memberCountOf(figure) >= threshold;
  const cell = (figure: Figure): ReportCell => (madeOfEnough(figure) ? plain(figure) : hidden);
  return { total: cell(total), rows: rows.map((r) => ({ category: r.category, cell: cell(r.figure) })) };
}

/** Every section of the definition, computed, and for a funder suppressed. */
export function runReport(
  definition: ReportDefinition,
  inputs: ReportInputs,
  catalogue: Catalogue,
  audience: Audience,
  threshold = defaultSmallCellThreshold,
): SectionResult[] {
  return definition.sections.flatMap((section): SectionResult[] => {
    const counted = inputs.counted?.get(countedKey(section));
    const figures = counted ? { ...counted, available: true } : sectionFigures(section, inputs, catalogue);
    if (!figures) return [];
    const definitionOf = catalogue.enrolment.get(section.indicator) ?? catalogue.fund.get(section.indicator);
    const unit = definitionOf?.unit ?? 'units';
    const suppressible =
      catalogue.enrolment.get(section.indicator)?.suppressible ?? (unit === 'units' || unit === 'rate');
    const shown =
      audience === 'funder'
        ? suppressForFunder(unit, suppressible, figures.total, figures.rows, threshold)
        : {
            total: plain(figures.total),
            rows: figures.rows.map((r) => ({ category: r.category, cell: plain(r.figure) })),
          };
    return [
      { indicator: section.indicator, breakdown: section.breakdown, available: figures.available, ...shown },
    ];
  });
}
