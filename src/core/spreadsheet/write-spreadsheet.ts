import { PassThrough, type Readable, type Writable } from 'node:stream';
import { writeCsv } from './csv-writer.js';
import type { SpreadsheetFormat, SpreadsheetSheet } from './spreadsheet.js';
import { writeXlsx } from './xlsx-writer.js';

/**
 * Writes the sheets to `output` in the format asked, and ends it. A CSV holds one table: the first
 * sheet. Returns the number of data rows written (all sheets).
 */
export async function writeSpreadsheet(
  format: SpreadsheetFormat,
  sheets: readonly SpreadsheetSheet[],
  output: Writable,
): Promise<number> {
  if (format === 'xlsx') {
    // ExcelJS ends the stream itself once the archive is complete.
    const counts = await writeXlsx(sheets, output);
    return counts.reduce((a, b) => a + b, 0);
  }
  const [first] = sheets;
  const count = first ? await writeCsv(first, output) : 0;
  await new Promise<void>((resolve, reject) =>
    output.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return count;
}

/**
 * The spreadsheet as a byte stream, produced as it is read (an HTTP reply pipes it on). A failure while
 * writing destroys the stream with that error.
 */
export function spreadsheetStream(format: SpreadsheetFormat, sheets: readonly SpreadsheetSheet[]): Readable {
  const stream = new PassThrough();
  writeSpreadsheet(format, sheets, stream).catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

/** The whole file in memory: for tests and small files. */
export async function spreadsheetBytes(
  format: SpreadsheetFormat,
  sheets: readonly SpreadsheetSheet[],
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = spreadsheetStream(format, sheets);
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
