/**
 * What a spreadsheet export is made of, whatever its format: sheets of typed columns and rows. The
 * writers (`xlsx-writer.ts`, `csv-writer.ts`) turn the same description into a file; the caller gives
 * values already chosen and worded (headers translated, instants turned into wall-clock times of the
 * organization's zone), so that the writers know nothing of a module.
 */

/**
 * How a column's values are written:
 * - `text`: a string, written as text (never a formula);
 * - `integer`, `decimal`: a number;
 * - `money_cents`: integer cents, written as the amount (cents ÷ 100) with two decimals;
 * - `date`: a calendar day 'YYYY-MM-DD';
 * - `datetime`: a wall-clock time 'YYYY-MM-DDTHH:mm' (already in the reader's time zone);
 * - `percent`: a ratio (0.25 for 25 %).
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'money_cents' | 'date' | 'datetime' | 'percent';

export type CellValue = string | number | null | undefined;

export interface SpreadsheetColumn<K extends string = string> {
  key: K;
  header: string;
  type: ColumnType;
  /** Width in characters (XLSX only); guessed from the header and type when absent. */
  width?: number;
}

export type SpreadsheetRow<K extends string = string> = Partial<Record<K, CellValue>>;

export interface SpreadsheetSheet<K extends string = string> {
  /** The sheet's tab (XLSX only): at most 31 characters, without `[]:*?/\`. */
  name: string;
  columns: readonly SpreadsheetColumn<K>[];
  rows: Iterable<SpreadsheetRow<K>> | AsyncIterable<SpreadsheetRow<K>>;
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

export const spreadsheetMediaTypes: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A day or a wall-clock time as a Date whose UTC fields are those written (spreadsheets have no zone). */
export function wallClockDate(value: string, type: 'date' | 'datetime'): Date | undefined {
  const match = (type === 'date' ? dayPattern : wallTimePattern).exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/**
 * Text a spreadsheet would read as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, a tab or a
 * carriage return first.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A sheet name Excel accepts: forbidden characters replaced, 31 characters at most, never empty. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || 'Sheet';
}

/** Rows of an array or of an async source, one at a time. */
export async function* rowsOf<K extends string>(
  rows: SpreadsheetSheet<K>['rows'],
): AsyncGenerator<SpreadsheetRow<K>> {
  for await (const row of rows as AsyncIterable<SpreadsheetRow<K>>) yield row;
}
