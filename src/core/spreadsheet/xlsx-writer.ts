import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  type ColumnType,
  rowsOf,
  type SpreadsheetColumn,
  type SpreadsheetSheet,
  safeSheetName,
  wallClockDate,
} from './spreadsheet.js';
import { waitForDrain } from './streams.js';

/** Excel's number formats per column type (money as an amount with two decimals). */
const numberFormats: Record<ColumnType, string | undefined> = {
  text: '@',
  integer: '0',
  decimal: 'General',
  money_cents: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0.0%',
};

const defaultWidths: Record<ColumnType, number> = {
  text: 24,
  integer: 10,
  decimal: 12,
  money_cents: 14,
  date: 12,
  datetime: 17,
  percent: 10,
};

function widthOf(column: SpreadsheetColumn): number {
  return column.width ?? Math.min(60, Math.max(defaultWidths[column.type], column.header.length + 2));
}

/** A cell's value as a typed spreadsheet value: numbers stay numbers, days become dates, text stays text. */
function xlsxValue(value: CellValue, type: ColumnType): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return type === 'money_cents' ? value / 100 : value;
  }
  if (type === 'date' || type === 'datetime') return wallClockDate(value, type) ?? value;
  // A string is always written as a string cell: ExcelJS writes a formula only when given one.
  return value;
}

/** Rows written between two checks of the output's backpressure. */
const rowsPerFlush = 500;

/**
 * Writes the sheets as an XLSX workbook with ExcelJS's streaming writer (memory stays flat whatever
 * the number of rows): real number and date cells with their formats, a bold frozen header row with an
 * autofilter, column widths. Returns the number of data rows written per sheet.
 */
export async function writeXlsx(sheets: readonly SpreadsheetSheet[], output: Writable): Promise<number[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Passerelle';
  const counts: number[] = [];
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = safeSheetName(sheet.name);
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${safeSheetName(sheet.name).slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    const worksheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column) => ({ key: column.key, width: widthOf(column) }));
    if (sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    const styles = sheet.columns.map((column) => ({ numFmt: numberFormats[column.type] }));
    let count = 0;
    for await (const row of rowsOf(sheet.rows)) {
      const written = worksheet.addRow(
        sheet.columns.map((column) => xlsxValue(row[column.key], column.type)),
      );
      sheet.columns.forEach((_, index) => {
        const cell = written.getCell(index + 1);
        if (cell.value !== null) cell.style = styles[index]!;
      });
      written.commit();
      count++;
      if (count % rowsPerFlush === 0 && output.writableNeedDrain) await waitForDrain(output);
    }
    worksheet.commit();
    counts.push(count);
  }
  await workbook.commit();
  return counts;
}
