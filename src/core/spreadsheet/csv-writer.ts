import type { Writable } from 'node:stream';
import {
  type CellValue,
  type ColumnType,
  looksLikeFormula,
  rowsOf,
  type SpreadsheetSheet,
} from './spreadsheet.js';
import { waitForDrain } from './streams.js';

/** Excel reads a UTF-8 file as such (accents intact) only when it begins with a byte order mark. */
const byteOrderMark = '\uFEFF';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell a spreadsheet will not run: one that looks like a formula gets a leading apostrophe. */
export function neutralizedText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

function csvValue(value: CellValue, type: ColumnType): string {
  if (value === null || value === undefined || value === '') return '';
  switch (type) {
    case 'money_cents':
      return typeof value === 'number' ? (value / 100).toFixed(2) : neutralizedText(String(value));
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof value === 'number' ? String(value) : neutralizedText(String(value));
    case 'datetime':
      return typeof value === 'string' ? value.replace('T', ' ') : String(value);
    case 'date':
      return String(value);
    default:
      return neutralizedText(String(value));
  }
}

/**
 * Writes one sheet as CSV (the format has one table: other sheets are the caller's business):
 * UTF-8 with a byte order mark, comma-separated, CRLF line ends, RFC 4180 quoting; numbers with a dot.
 */
export async function writeCsv(sheet: SpreadsheetSheet, output: Writable): Promise<number> {
  const line = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;
  output.write(byteOrderMark + line(sheet.columns.map((c) => neutralizedText(c.header))));
  let count = 0;
  let chunk = '';
  for await (const row of rowsOf(sheet.rows)) {
    chunk += line(sheet.columns.map((c) => csvValue(row[c.key], c.type)));
    count++;
    if (chunk.length > 64 * 1024) {
      if (!output.write(chunk)) await waitForDrain(output);
      chunk = '';
    }
  }
  if (chunk) output.write(chunk);
  return count;
}
