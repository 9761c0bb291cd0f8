import PDFDocument from 'pdfkit';
import { drawText, setStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import { breakdownLabels, categoryLabel } from '../domain/category-labels.js';
import type { DataQualityCheck } from '../domain/data-quality.js';
import type { BreakdownKey, IndicatorUnit, Localized } from '../domain/indicator.js';
import type { ReportCell } from '../domain/run-report.js';
import { formatCount, formatDay, formatFigure } from './report-pdf-format.js';
import { pdfWords, type ReportLanguage } from './report-pdf-words.js';

/** What the PDF prints: the report as its reader's screen has it (`computeProgramReport`'s result). */
export interface PdfReport {
  program: { nameFr: string; nameEn: string };
  template: { definition: { name: Localized; audience: Localized } };
  period: { from: string; to: string };
  asOf: string;
  countingUnit: 'person' | 'household';
  audience: 'staff' | 'funder';
  fund: { name: string; currency: string } | null;
  organizations: { id: string; name: string }[];
  indicators: { code: string; name: Localized; unit: IndicatorUnit; countingRule: Localized }[];
  sections: {
    indicator: string;
    breakdown: BreakdownKey | null;
    available: boolean;
    total: ReportCell;
    rows: { category: string; cell: ReportCell }[];
  }[];
  /** The program's targets overlapping the period (absent from reports made before they were shown). */
  targets?: {
    organizationName: string | null;
    periodStart: string;
    periodEnd: string;
    target: number;
    actual: number | null;
    expectedToDate: number | null;
    projection: number | null;
    status: 'achieved' | 'on_track' | 'behind' | 'not_started';
    suppressed: boolean;
  }[];
  dataQuality: { check: DataQualityCheck; count: number | null }[];
}

type PDFDoc = InstanceType<typeof PDFDocument>;

const MARGIN = 48;
const FOOTER_SPACE = 28;
const ROW_HEIGHT = 18;
const BAR_HEIGHT = 12;
const BAR_GAP = 6;
const BAR_COLOR = '#2f6b9a';

const contentWidth = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: PDFDoc) => doc.page.margins.left;
const bottomLimit = (doc: PDFDoc) => doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;

/** Starts a new page when `height` points no longer fit on this one. */
function ensureRoom(doc: PDFDoc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) {
    doc.addPage();
    doc.x = left(doc);
    doc.y = doc.page.margins.top;
  }
}

/** One line of a cell, cut with an ellipsis rather than wrapped (the row's height is fixed). */
function cellText(doc: PDFDoc, text: string, x: number, y: number, width: number, align: 'left' | 'right') {
  if (text === '') return;
  drawText(
    doc,
    text,
    { width: width - 8, height: ROW_HEIGHT - 2, ellipsis: true, lineBreak: false, align },
    x + 4,
    y + 4,
  );
}

function tableRow(
  doc: PDFDoc,
  cells: readonly string[],
  widths: readonly number[],
  header: boolean,
  fontSize = 9,
) {
  ensureRoom(doc, ROW_HEIGHT);
  const y = doc.y;
  setStyle(doc, header ? 'bold' : 'regular')
    .fontSize(fontSize)
    .lineWidth(0.5);
  let x = left(doc);
  widths.forEach((width, i) => {
    if (header) doc.rect(x, y, width, ROW_HEIGHT).fillAndStroke('#eeeeee', '#999999').fillColor('#000000');
    else doc.rect(x, y, width, ROW_HEIGHT).strokeColor('#999999').stroke().strokeColor('#000000');
    cellText(doc, cells[i] ?? '', x, y, width, i === 0 ? 'left' : 'right');
    x += width;
  });
  doc.x = left(doc);
  doc.y = y + ROW_HEIGHT;
}

/**
 * Horizontal bars, one per category, drawn with vector shapes: lengths relative to the largest value
 * shown (a rate against 100 %). A hidden or empty category keeps its line, without a bar, with its words.
 */
function barChart(
  doc: PDFDoc,
  rows: readonly { label: string; value: number | null; printed: string }[],
  unit: IndicatorUnit,
): void {
  const labelWidth = Math.round(contentWidth(doc) * 0.3);
  const valueWidth = 110;
  const barSpace = contentWidth(doc) - labelWidth - valueWidth - 8;
  const largest = unit === 'rate' ? 1 : Math.max(0, ...rows.map((r) => r.value ?? 0));
  doc.y += 6;
  for (const row of rows) {
    ensureRoom(doc, BAR_HEIGHT + BAR_GAP);
    const y = doc.y;
    setStyle(doc, 'regular').fontSize(8);
    drawText(
      doc,
      row.label,
      { width: labelWidth - 6, lineBreak: false, ellipsis: true, height: BAR_HEIGHT },
      left(doc),
      y + 1,
    );
    const x = left(doc) + labelWidth;
    doc.rect(x, y, barSpace, BAR_HEIGHT).fillColor('#f2f2f2').fill();
    if (row.value !== null && row.value > 0 && largest > 0) {
      const length = Math.max(1, (Math.min(row.value, largest) / largest) * barSpace);
      doc.rect(x, y, length, BAR_HEIGHT).fillColor(BAR_COLOR).fill();
    }
    doc.fillColor('#000000');
    drawText(
      doc,
      row.printed,
      { width: valueWidth, lineBreak: false, ellipsis: true, height: BAR_HEIGHT },
      x + barSpace + 8,
      y + 1,
    );
    doc.x = left(doc);
    doc.y = y + BAR_HEIGHT + BAR_GAP;
  }
  doc.y += 4;
}

function cover(doc: PDFDoc, report: PdfReport, language: ReportLanguage) {
  const w = pdfWords[language];
  const width = contentWidth(doc);
  const programName = language === 'fr' ? report.program.nameFr : report.program.nameEn;
  drawText(setStyle(doc, 'bold').fontSize(20), report.template.definition.name[language], { width });
  doc.moveDown(0.3);
  drawText(setStyle(doc, 'regular').fontSize(13), programName, { width });
  doc.moveDown(1.2);
  const lines: [string, string][] = [
    [w.program, programName],
    [w.template, report.template.definition.name[language]],
    [w.audience, report.template.definition.audience[language]],
    [w.readFor, w.readers[report.audience]],
    [w.period, w.periodRange(formatDay(report.period.from, language), formatDay(report.period.to, language))],
    [w.asOf, formatDay(report.asOf, language)],
    [w.unit, w.units[report.countingUnit]],
  ];
  if (report.fund) lines.push([w.fund, report.fund.name]);
  if (report.organizations.length > 0)
    lines.push([w.organizations, report.organizations.map((o) => o.name).join(', ')]);
  for (const [label, value] of lines) {
    drawText(setStyle(doc, 'bold').fontSize(10), `${label}${w.colon} `, { continued: true, width });
    drawText(setStyle(doc, 'regular').fontSize(10), value, { width });
    doc.moveDown(0.2);
  }
  if (report.audience === 'funder') {
    doc.moveDown(0.8);
    drawText(setStyle(doc, 'italic').fontSize(9), w.funderNote, { width });
  }
}

function section(
  doc: PDFDoc,
  report: PdfReport,
  index: number,
  language: ReportLanguage,
  organizationNames: ReadonlyMap<string, string>,
) {
  const w = pdfWords[language];
  const s = report.sections[index]!;
  const indicator = report.indicators.find((i) => i.code === s.indicator);
  const unit: IndicatorUnit = indicator?.unit ?? 'units';
  const currency = report.fund?.currency ?? 'EUR';
  const width = contentWidth(doc);
  const name = indicator?.name[language] ?? s.indicator;
  const breakdown = s.breakdown ? breakdownLabels[s.breakdown][language] : null;
  ensureRoom(doc, 110);
  doc.moveDown(1);
  doc.x = left(doc);
  drawText(setStyle(doc, 'bold').fontSize(13), `${index + 1}. ${name}${breakdown ? ` — ${breakdown}` : ''}`, {
    width,
  });
  if (indicator) {
    doc.moveDown(0.2);
    drawText(setStyle(doc, 'regular').fontSize(7.5).fillColor('#444444'), indicator.countingRule[language], {
      width,
    });
    doc.fillColor('#000000');
  }
  doc.moveDown(0.5);
  if (!s.available) {
    drawText(setStyle(doc, 'italic').fontSize(10), w.unavailable, { width });
    return;
  }
  const totalText = formatFigure(s.total, unit, language, currency);
  const parts =
    unit === 'rate' && !s.total.suppressed && s.total.denominator !== null
      ? ` (${formatCount(s.total.numerator, language)} / ${formatCount(s.total.denominator, language)})`
      : '';
  drawText(setStyle(doc, 'bold').fontSize(11), `${w.total}${w.colon} ${totalText}${parts}`, { width });
  if (s.rows.length === 0) return;
  doc.moveDown(0.4);
  // The value column holds "masqué (petit effectif)" on one line.
  const categoryWidth = Math.round(width * 0.4);
  const valueWidth = Math.round(width * 0.28);
  const countWidth = Math.floor((width - categoryWidth - valueWidth) / 2);
  const widths = [categoryWidth, valueWidth, countWidth, width - categoryWidth - valueWidth - countWidth];
  const header = [breakdown ?? w.category, w.value, w.numerator, w.denominator];
  tableRow(doc, header, widths, true);
  const labelled = s.rows.map((row) => ({
    label: s.breakdown ? categoryLabel(s.breakdown, row.category, language, organizationNames) : row.category,
    cell: row.cell,
  }));
  for (const row of labelled) {
    if (doc.y + ROW_HEIGHT > bottomLimit(doc)) {
      ensureRoom(doc, ROW_HEIGHT * 2);
      tableRow(doc, header, widths, true);
    }
    const hidden = row.cell.suppressed;
    tableRow(
      doc,
      [
        row.label,
        formatFigure(row.cell, unit, language, currency),
        hidden ? '' : formatCount(row.cell.numerator, language),
        hidden ? '' : formatCount(row.cell.denominator, language),
      ],
      widths,
      false,
    );
  }
  if (unit === 'units' || unit === 'rate')
    barChart(
      doc,
      labelled.map((row) => ({
        label: row.label,
        value: row.cell.suppressed ? null : row.cell.value,
        printed: formatFigure(row.cell, unit, language, currency),
      })),
      unit,
    );
}

/** The targets against what was done, as the program page shows them to this reader. */
function targetsPart(doc: PDFDoc, report: PdfReport, language: ReportLanguage) {
  const targets = report.targets ?? [];
  if (targets.length === 0) return;
  const w = pdfWords[language];
  const width = contentWidth(doc);
  ensureRoom(doc, 80);
  doc.moveDown(1);
  doc.x = left(doc);
  drawText(setStyle(doc, 'bold').fontSize(13), w.targets, { width });
  doc.moveDown(0.4);
  // Seven columns at a smaller size, so that a period ("2026-01-01 – 2026-12-31") holds on its line.
  // The actual's column holds "masqué (petit effectif)".
  const shares = [0.16, 0.23, 0.09, 0.2, 0.1, 0.1];
  const sized = shares.map((share) => Math.round(width * share));
  const widths = [...sized, width - sized.reduce((a, b) => a + b, 0)];
  tableRow(doc, w.targetColumns, widths, true, 8);
  const count = (n: number | null) => (n === null ? '' : formatCount(Math.round(n), language));
  for (const t of targets)
    tableRow(
      doc,
      [
        t.organizationName ?? w.wholeProgram,
        `${t.periodStart} – ${t.periodEnd}`,
        count(t.target),
        t.suppressed ? w.suppressed : count(t.actual),
        count(t.expectedToDate),
        t.suppressed ? '' : count(t.projection),
        w.statuses[t.status],
      ],
      widths,
      false,
      8,
    );
}

function dataQualityPart(doc: PDFDoc, report: PdfReport, language: ReportLanguage) {
  const w = pdfWords[language];
  const width = contentWidth(doc);
  ensureRoom(doc, 80);
  doc.moveDown(1.2);
  doc.x = left(doc);
  drawText(setStyle(doc, 'bold').fontSize(13), w.dataQuality, { width });
  doc.moveDown(0.4);
  if (report.dataQuality.length === 0) {
    drawText(setStyle(doc, 'regular').fontSize(10), w.noFindings, { width });
    return;
  }
  for (const finding of report.dataQuality) {
    ensureRoom(doc, 16);
    const count = finding.count === null ? w.suppressed : formatCount(finding.count, language);
    drawText(setStyle(doc, 'regular').fontSize(10), `${w.checks[finding.check]}${w.colon} ${count}`, {
      width,
    });
    doc.moveDown(0.2);
  }
}

/** Drawn last, once the page count is known; lifting the bottom margin keeps pdfkit from adding a page. */
function footers(doc: PDFDoc, report: PdfReport, language: ReportLanguage) {
  const w = pdfWords[language];
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawText(
      setStyle(doc, 'regular').fontSize(7.5).fillColor('#555555'),
      w.footer(report.template.definition.name[language], i + 1, range.count),
      { lineBreak: false, width: contentWidth(doc) },
      left(doc),
      doc.page.height - 30,
    );
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}

/**
 * A report as a PDF, in French (A4) or English (Letter): a cover (program, template, audience, period,
 * data as of, counting unit), then each section (its counting rule in small print, its total, its
 * categories in a table and, for counts and rates, in bars), the program's targets, then what lowers
 * the report's reliability. A funder's report prints exactly what the funder's screen shows: hidden cells in words.
 * Text goes through core/pdf's Unicode faces, so member organizations' names print in any script.
 */
export async function renderReportPdf(
  report: PdfReport,
  language: ReportLanguage,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const w = pdfWords[language];
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: language === 'fr' ? 'A4' : 'LETTER',
      margin: MARGIN,
      compress: options.compress ?? true,
      bufferPages: true,
      // A fixed creation date (the data's day) gives the same bytes for the same report.
      info: {
        Title: `${report.template.definition.name[language]} — ${language === 'fr' ? report.program.nameFr : report.program.nameEn}`,
        Subject: w.periodRange(report.period.from, report.period.to),
        CreationDate: new Date(`${report.asOf}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const organizationNames = new Map(report.organizations.map((o) => [o.id, o.name]));
  cover(doc, report, language);
  if (report.sections.length > 0) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
  report.sections.forEach((_, index) => {
    section(doc, report, index, language, organizationNames);
  });
  targetsPart(doc, report, language);
  dataQualityPart(doc, report, language);
  footers(doc, report, language);
  doc.end();
  return done;
}
