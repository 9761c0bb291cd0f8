import { z } from 'zod';
import type { ColumnType, SpreadsheetSheet } from '../../../core/spreadsheet/spreadsheet.js';
import { safeSheetName } from '../../../core/spreadsheet/spreadsheet.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { defineUseCase } from '../../../core/use-case.js';
import { renderReportPdf } from '../adapters/report-pdf.js';
import { breakdownLabels, categoryLabel } from '../domain/category-labels.js';
import type { IndicatorUnit } from '../domain/indicator.js';
import { computeProgramReport, reportInput } from './program-report.js';

type Language = 'fr' | 'en';

const words = {
  fr: {
    summary: 'Rapport',
    field: 'Rubrique',
    value: 'Valeur',
    program: 'Programme',
    template: 'Modèle',
    audience: 'Destinataires',
    from: 'Du',
    to: 'Au',
    asOf: 'Données au',
    unit: 'Unité de compte',
    units: { person: 'personnes', household: 'ménages' },
    indicator: 'Indicateur',
    breakdown: 'Ventilation',
    category: 'Catégorie',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    total: 'Total',
    targets: 'Objectifs',
    member: 'Structure',
    periodStart: 'Début',
    periodEnd: 'Fin',
    target: 'Objectif',
    actual: 'Réalisé',
    expected: 'Attendu à date',
    projection: 'Projection',
    status: 'État',
    statuses: {
      achieved: 'Atteint',
      on_track: 'En bonne voie',
      behind: 'En retard',
      not_started: 'Pas commencé',
    },
    suppressed: 'Masqué (petit effectif)',
    none: '—',
  },
  en: {
    summary: 'Report',
    field: 'Field',
    value: 'Value',
    program: 'Program',
    template: 'Template',
    audience: 'For',
    from: 'From',
    to: 'To',
    asOf: 'Data as of',
    unit: 'Counting unit',
    units: { person: 'persons', household: 'households' },
    indicator: 'Indicator',
    breakdown: 'Breakdown',
    category: 'Category',
    numerator: 'Numerator',
    denominator: 'Denominator',
    total: 'Total',
    targets: 'Targets',
    member: 'Organization',
    periodStart: 'Start',
    periodEnd: 'End',
    target: 'Target',
    actual: 'Actual',
    expected: 'Expected to date',
    projection: 'Projection',
    status: 'Status',
    statuses: { achieved: 'Achieved', on_track: 'On track', behind: 'Behind', not_started: 'Not started' },
    suppressed: 'Hidden (small group)',
    none: '—',
  },
} as const;

/** A figure's cell type: rates as percentages, money in its currency's units, counts as integers. */
const cellTypeOf = (unit: IndicatorUnit): ColumnType =>
  unit === 'rate'
    ? 'percent'
    : unit === 'amount_cents'
      ? 'money_cents'
      : unit === 'units'
        ? 'integer'
        : 'decimal';

/**
 * A report as a file. XLSX: a cover sheet, then one sheet per section (its total and its categories,
 * each value a real number cell of its kind). CSV: one table of every section's rows. Funders' files
 * hold what their screen holds: hidden cells stay empty, marked as hidden. Audited with the format.
 */
export const reportFileFormats = ['xlsx', 'csv', 'pdf'] as const;
export type ReportFileFormat = (typeof reportFileFormats)[number];
export type ComputedReport = Awaited<ReturnType<typeof computeProgramReport>>['result'];

/** The file's name and bytes for a computed report (the use case below, and the queued files' job). */
export async function renderReportFile(
  result: ComputedReport,
  format: ReportFileFormat,
  lang: Language | undefined,
): Promise<{ filename: string; body: Buffer; language: Language }> {
  const language: Language = lang ?? result.template.definition.language;
  const stem = `${result.template.definition.name[language]} ${result.period.from} ${result.period.to}`;
  if (format === 'pdf')
    return { filename: `${stem}.pdf`, body: await renderReportPdf(result, language), language };
  const w = words[language];
  const indicatorOf = new Map(result.indicators.map((i) => [i.code, i]));
  const organizationNames = new Map(result.organizations.map((o) => [o.id, o.name]));
  const programName = language === 'fr' ? result.program.nameFr : result.program.nameEn;

  const sectionRows = result.sections.map((section, index) => {
    const indicator = indicatorOf.get(section.indicator);
    const name = indicator?.name[language] ?? section.indicator;
    const breakdown = section.breakdown ? breakdownLabels[section.breakdown][language] : '';
    const rows = [
      { category: w.total, cell: section.total },
      ...section.rows.map((row) => ({
        category: section.breakdown
          ? categoryLabel(section.breakdown, row.category, language, organizationNames)
          : row.category,
        cell: row.cell,
      })),
    ];
    return { index, section, indicator, name, breakdown, rows };
  });

  const cover: SpreadsheetSheet<'field' | 'value'> = {
    name: w.summary,
    columns: [
      { key: 'field', header: w.field, type: 'text', width: 28 },
      { key: 'value', header: w.value, type: 'text', width: 60 },
    ],
    rows: [
      { field: w.program, value: programName },
      { field: w.template, value: result.template.definition.name[language] },
      { field: w.audience, value: result.template.definition.audience[language] },
      { field: w.from, value: result.period.from },
      { field: w.to, value: result.period.to },
      { field: w.asOf, value: result.asOf },
      { field: w.unit, value: w.units[result.countingUnit] },
      ...sectionRows.map((s) => ({
        field: `${s.index + 1}. ${s.name}${s.breakdown ? ` — ${s.breakdown}` : ''}`,
        value: s.indicator?.countingRule[language] ?? '',
      })),
    ],
  };
  type Key = 'category' | 'value' | 'numerator' | 'denominator' | 'note';
  const sheets: SpreadsheetSheet<Key>[] = sectionRows.map((s) => ({
    name: safeSheetName(`${s.index + 1} ${s.name}`),
    columns: [
      { key: 'category', header: s.breakdown || w.category, type: 'text', width: 32 },
      { key: 'value', header: s.name, type: cellTypeOf(s.indicator?.unit ?? 'units') },
      { key: 'numerator', header: w.numerator, type: 'integer' },
      { key: 'denominator', header: w.denominator, type: 'integer' },
      { key: 'note', header: '', type: 'text' },
    ],
    rows: s.rows.map((row) => ({
      category: row.category,
      value: row.cell.value,
      numerator: row.cell.numerator,
      denominator: row.cell.denominator,
      note: row.cell.suppressed ? w.suppressed : '',
    })),
  }));
  type TargetKey =
    | 'member'
    | 'start'
    | 'end'
    | 'target'
    | 'actual'
    | 'expected'
    | 'projection'
    | 'status'
    | 'note';
  const targets: SpreadsheetSheet<TargetKey> = {
    name: w.targets,
    columns: [
      { key: 'member', header: w.member, type: 'text', width: 32 },
      { key: 'start', header: w.periodStart, type: 'date' },
      { key: 'end', header: w.periodEnd, type: 'date' },
      { key: 'target', header: w.target, type: 'integer' },
      { key: 'actual', header: w.actual, type: 'integer' },
      { key: 'expected', header: w.expected, type: 'decimal' },
      { key: 'projection', header: w.projection, type: 'decimal' },
      { key: 'status', header: w.status, type: 'text' },
      { key: 'note', header: '', type: 'text' },
    ],
    rows: result.targets.map((t) => ({
      member: t.organizationName ?? w.total,
      start: t.periodStart,
      end: t.periodEnd,
      target: t.target,
      actual: t.actual,
      expected: t.expectedToDate,
      projection: t.projection,
      status: w.statuses[t.status],
      note: t.suppressed ? w.suppressed : '',
    })),
  };
  type FlatKey = 'section' | 'indicator' | 'breakdown' | 'category' | Key;
  const flat: SpreadsheetSheet<FlatKey> = {
    name: w.summary,
    columns: [
      { key: 'section', header: '#', type: 'integer' },
      { key: 'indicator', header: w.indicator, type: 'text' },
      { key: 'breakdown', header: w.breakdown, type: 'text' },
      { key: 'category', header: w.category, type: 'text' },
      { key: 'value', header: w.value, type: 'decimal' },
      { key: 'numerator', header: w.numerator, type: 'integer' },
      { key: 'denominator', header: w.denominator, type: 'integer' },
      { key: 'note', header: '', type: 'text' },
    ],
    rows: sectionRows.flatMap((s) =>
      s.rows.map((row) => ({
        section: s.index + 1,
        indicator: s.name,
        breakdown: s.breakdown,
        category: row.category,
        // Money in the currency's units, like the XLSX's money cells.
        value:
          row.cell.value !== null && s.indicator?.unit === 'amount_cents'
            ? row.cell.value / 100
            : row.cell.value,
        numerator: row.cell.numerator,
        denominator: row.cell.denominator,
        note: row.cell.suppressed ? w.suppressed : '',
      })),
    ),
  };
  const body = await spreadsheetBytes(
    format,
    format === 'xlsx' ? [cover, ...(result.targets.length > 0 ? [targets] : []), ...sheets] : [flat],
  );
  return { filename: `${stem}.${format}`, body, language };
}

export const reportFile = defineUseCase(
  reportInput.extend({ format: z.enum(reportFileFormats), lang: z.enum(['fr', 'en']).optional() }),
  async (scope) => {
    const { result, access } = await computeProgramReport(scope);
    const format = scope.input.format;
    const { filename, body } = await renderReportFile(result, format, scope.input.lang);
    await scope.audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.program.organizationId,
      action: 'reports.file',
      resourceType: 'program',
      resourceId: access.program.id,
      requestId: scope.ctx.requestId,
      details: { template: scope.input.template, format, from: result.period.from, to: result.period.to },
    });
    return { filename, body };
  },
);
