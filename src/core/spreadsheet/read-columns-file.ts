import type { AppError } from '../errors.js';
import { type ImportFormat, readImportFile, UnreadableImportFile } from './read-import-file.js';

/** What browsers and spreadsheets declare for CSV and XLSX files; anything else is refused. */
const acceptedMediaTypes = new Set([
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]);

/** Why a whole file is refused before any row is looked at; each import words it with its own errors. */
export type ImportFileRefusal =
  | { code: 'media_type' }
  | { code: 'too_large'; maxMiB: number }
  | { code: 'empty' }
  | { code: 'unreadable'; format: 'CSV' | 'XLSX' }
  | { code: 'too_many_rows'; max: number; rows: number }
  | { code: 'duplicate_column'; column: string }
  | { code: 'missing_columns'; columns: string };

export interface ColumnsFileRules<C extends string> {
  maxBytes: number;
  maxRows: number;
  /** The column a header cell names (in French or English), or null for a column the import ignores. */
  columnOf: (header: string) => C | null;
  required: readonly C[];
}

export interface ColumnsFile<C extends string> {
  format: ImportFormat;
  /** Header cells that name no column, said back to the user. */
  ignoredColumns: string[];
  /** One per line after the header, numbered as a spreadsheet shows them (the header is line 1). */
  rows: { line: number; cells: Partial<Record<C, string>> }[];
}

/**
 * An uploaded CSV or XLSX file as rows of named columns, or the refusal of the whole file: a type that
 * is not a spreadsheet, too large, empty, unreadable, too many rows, a column named twice, a required
 * column missing. Cells are trimmed; empty ones are left out.
 */
export async function readColumnsFile<C extends string>(
  content: Buffer,
  declaredMediaType: string | null,
  rules: ColumnsFileRules<C>,
  refuse: (refusal: ImportFileRefusal) => AppError,
): Promise<ColumnsFile<C>> {
  const mediaType = declaredMediaType?.split(';')[0]?.trim().toLowerCase() ?? null;
  if (mediaType !== null && !acceptedMediaTypes.has(mediaType)) throw refuse({ code: 'media_type' });
  if (content.length > rules.maxBytes)
    throw refuse({ code: 'too_large', maxMiB: rules.maxBytes / 1024 / 1024 });
  if (content.length === 0) throw refuse({ code: 'empty' });
  let file: { format: ImportFormat; rows: string[][] };
  try {
    file = await readImportFile(content);
  } catch (error) {
    if (error instanceof UnreadableImportFile)
      throw refuse({ code: 'unreadable', format: mediaType?.includes('sheet') ? 'XLSX' : 'CSV' });
    throw error;
  }
  const [header, ...lines] = file.rows;
  if (!header || lines.length === 0) throw refuse({ code: 'empty' });
  if (lines.length > rules.maxRows)
    throw refuse({ code: 'too_many_rows', max: rules.maxRows, rows: lines.length });
  const columns = header.map(rules.columnOf);
  const seen = new Set<C>();
  for (const column of columns) {
    if (column && seen.has(column)) throw refuse({ code: 'duplicate_column', column });
    if (column) seen.add(column);
  }
  const missing = rules.required.filter((c) => !seen.has(c));
  if (missing.length > 0) throw refuse({ code: 'missing_columns', columns: missing.join(', ') });
  return {
    format: file.format,
    ignoredColumns: header.filter((cell, i) => columns[i] === null && cell !== ''),
    rows: lines.map((line, index) => {
      const cells: Partial<Record<C, string>> = {};
      columns.forEach((column, i) => {
        const value = line[i]?.trim();
        if (column && value) cells[column] = value;
      });
      return { line: index + 2, cells };
    }),
  };
}
