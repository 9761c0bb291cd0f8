import PDFDocument from 'pdfkit';
import { drawText, type TextStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import { exportSections, type PersonExport } from '../use-cases/person-export.js';
import { type ExportPdfLabels, exportPdfEn, exportPdfFr } from './export-pdf-labels.js';

type PDFDoc = InstanceType<typeof PDFDocument>;

/** Ids mean nothing to the person: they stay in the JSON file. */
const hiddenFields = new Set([
  'id',
  'personId',
  'programId',
  'seriesId',
  'fundId',
  'applicationId',
  'referentUserId',
]);

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, style: TextStyle = 'regular', size = 10, indent = 0) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - indent;
  drawText(doc.fontSize(size), text, { width, style }, doc.page.margins.left + indent, doc.y);
}

/** An instant as the JSON file holds it (ISO, UTC). */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** How the person reads values: yes/no in words, instants on the organization's clock (not UTC). */
interface Reading {
  l: ExportPdfLabels;
  instant: Intl.DateTimeFormat;
}

function scalar(value: unknown, r: Reading): string {
  if (value === true) return r.l.yes;
  if (value === false) return r.l.no;
  if (Array.isArray(value)) return value.map((v) => scalar(v, r)).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && isoInstant.test(value)) return r.instant.format(new Date(value));
  return String(value);
}

/** An object as "Label: value" lines; nested lists of objects indented under their label. */
function record(doc: PDFDoc, value: Record<string, unknown>, r: Reading, indent: number) {
  const { l } = r;
  for (const [key, field] of Object.entries(value)) {
    if (
      hiddenFields.has(key) ||
      l.hidden.includes(key) ||
      field === null ||
      field === undefined ||
      field === ''
    )
      continue;
    const label = l.fields[key] ?? key;
    if (Array.isArray(field) && field.some((f) => f !== null && typeof f === 'object')) {
      if (field.length === 0) continue;
      write(doc, `${label}:`, 'bold', 9, indent);
      list(doc, field as Record<string, unknown>[], r, indent + 12);
    } else if (field !== null && typeof field === 'object' && !Array.isArray(field)) {
      write(doc, `${label}:`, 'bold', 9, indent);
      record(doc, field as Record<string, unknown>, r, indent + 12);
    } else {
      if (Array.isArray(field) && field.length === 0) continue;
      write(doc, `${label}: ${scalar(field, r)}`, 'regular', 9, indent);
    }
  }
}

function list(doc: PDFDoc, items: readonly Record<string, unknown>[], r: Reading, indent: number) {
  for (const item of items) {
    doc.moveDown(0.2);
    record(doc, item, r, indent);
  }
}

/** The export as a document the person can read: one heading per section, nothing left out. */
export function renderPersonExportPdf(data: PersonExport, locale: 'fr' | 'en'): Promise<Buffer> {
  const l = locale === 'fr' ? exportPdfFr : exportPdfEn;
  const created = new Date(data.exportedAt);
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: l.title, Author: data.organization.name, CreationDate: created },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  // Dates and times as the organization reads them, in its time zone (the day of the export included).
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const { timeZone } = data.organization;
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(created);
  const reading: Reading = {
    l,
    instant: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone }),
  };

  write(doc, l.title, 'bold', 16);
  doc.moveDown(0.3);
  write(doc, l.intro(data.organization.name, date));
  if (data.privacy.anonymized && data.privacy.pseudonym) write(doc, l.anonymized(data.privacy.pseudonym));
  if (data.privacy.restricted) write(doc, l.restricted);
  if (data.sensitiveHidden) write(doc, l.sensitiveHidden, 'italic', 9);
  if (data.confidentialNotesHidden > 0)
    write(doc, l.confidentialHidden(data.confidentialNotesHidden), 'italic', 9);

  for (const section of exportSections) {
    doc.moveDown(0.8);
    write(doc, `${l.sections[section]} (${data.counts[section]})`, 'bold', 13);
    doc.moveDown(0.2);
    const content = data.sections[section] as unknown;
    if (data.counts[section] === 0) write(doc, l.none, 'italic', 9);
    else if (Array.isArray(content)) list(doc, content as Record<string, unknown>[], reading, 0);
    else record(doc, content as Record<string, unknown>, reading, 0);
  }
  doc.end();
  return done;
}
