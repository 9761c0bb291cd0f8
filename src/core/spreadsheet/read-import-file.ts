/** Reads an uploaded spreadsheet (CSV in any common delimiter and encoding, or XLSX) as rows of text cells, for the imports of offers and of people. */
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

export type ImportFormat = 'csv' | 'xlsx';

/** What the file is, from its first bytes (an XLSX is a ZIP archive); the declared type is a hint only. */
export function importFormatOf(content: Buffer): ImportFormat {
  return content.length >= 4 && content.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
}

export class UnreadableImportFile extends Error {}

/** Text as spreadsheets save it: UTF-8 (with or without BOM), or Windows-1252 from an older Excel. */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** `;` when the header line has more of them than commas (French Excel), else `,`. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  if (count('\t') > count(';') && count('\t') > count(',')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

function readCsv(content: Buffer): string[][] {
  const text = decodeText(content);
  if (text.includes('\u0000')) throw new UnreadableImportFile('binary content');
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new UnreadableImportFile(error instanceof Error ? error.message : 'csv');
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function readXlsx(content: Buffer): Promise<string[][]> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(content)) as unknown[][];
  } catch (error) {
    throw new UnreadableImportFile(error instanceof Error ? error.message : 'xlsx');
  }
  return rows
    .map((row) =>
      row.map((cell) => {
        if (cell === null || cell === undefined) return '';
        if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDay(cell);
        if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
        return String(cell).trim();
      }),
    )
    .filter((row) => row.some((cell) => cell !== ''));
}

/** The file's rows as text cells, the header first; throws UnreadableImportFile when it does not read. */
export async function readImportFile(content: Buffer): Promise<{ format: ImportFormat; rows: string[][] }> {
  const format = importFormatOf(content);
  return { format, rows: format === 'xlsx' ? await readXlsx(content) : readCsv(content) };
}
