import { z } from 'zod';
import type { ColumnType, SpreadsheetSheet } from '../../../core/spreadsheet/spreadsheet.js';
import { safeSheetName } from '../../../core/spreadsheet/spreadsheet.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { defineUseCase } from '../../../core/use-case.js';
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
export const reportFile = defineUseCase(
  reportInput.extend({ format: z.enum(['xlsx', 'csv']), lang: z.enum(['fr', 'en']).optional() }),
  async (scope) => {
    const { result, access } = await computeProgramReport(scope);
    const language: Language = scope.input.lang ?? result.template.definition.language;
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
    const format = scope.input.format;
    const body = await spreadsheetBytes(format, format === 'xlsx' ? [cover, ...sheets] : [flat]);
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
    const stem = `${result.template.definition.name[language]} ${result.period.from} ${result.period.to}`;
    return { filename: `${stem}.${format}`, body };
  },
);
