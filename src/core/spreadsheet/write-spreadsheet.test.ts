import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { SpreadsheetSheet } from './spreadsheet.js';
import { spreadsheetBytes } from './write-spreadsheet.js';

const columns = [
  { key: 'name', header: 'Nom', type: 'text' },
  { key: 'children', header: 'Enfants', type: 'integer' },
  { key: 'hours', header: 'Heures', type: 'decimal' },
  { key: 'wage', header: 'Salaire', type: 'money_cents' },
  { key: 'born', header: 'Né le', type: 'date' },
  { key: 'seen', header: 'Vu le', type: 'datetime' },
  { key: 'rate', header: 'Taux', type: 'percent' },
] as const;

const rows = [
  {
    name: 'Zoé Ñúñez',
    children: 2,
    hours: 35.5,
    wage: 180_055,
    born: '1990-03-04',
    seen: '2026-12-06T09:30',
    rate: 0.25,
  },
  { name: '=HYPERLINK("http://evil")', children: null, wage: -1200, born: null },
  { name: 'محمد, "le grand"\nsur deux lignes' },
];

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

const sheet = (): SpreadsheetSheet => ({ name: 'Caseload: 2026/12', columns, rows: slowly(rows) });

describe('XLSX', () => {
  it('writes typed cells that a reader gives back as numbers, dates and text', async () => {
    const bytes = await spreadsheetBytes('xlsx', [sheet()]);
    const data = (await readSheet(bytes)) as unknown[][];
    expect(data[0]).toEqual(columns.map((c) => c.header));
    const [name, children, hours, wage, born, seen, rate] = data[1] ?? [];
    expect([name, children, hours, wage, born, rate]).toEqual([
      'Zoé Ñúñez',
      2,
      35.5,
      1800.55,
      new Date(Date.UTC(1990, 2, 4)),
      0.25,
    ]);
    // A time is a fraction of a day: read back to the millisecond's rounding, it is the minute written.
    expect(Math.round((seen as Date).getTime() / 60_000)).toBe(Date.UTC(2026, 11, 6, 9, 30) / 60_000);
    // A formula-looking text is a string cell, never a formula.
    expect(data[2]?.[0]).toBe('=HYPERLINK("http://evil")');
    expect(data[2]?.[3]).toBe(-12);
    expect(data[3]?.[0]).toBe('محمد, "le grand"\nsur deux lignes');
    expect(data).toHaveLength(4);
  });

  it('freezes the header row, filters it and formats money with two decimals', async () => {
    const files = unzipSync(new Uint8Array(await spreadsheetBytes('xlsx', [sheet()])));
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain('state="frozen"');
    expect(sheetXml).toContain('ySplit="1"');
    expect(sheetXml).toMatch(/<autoFilter ref="A1:G1"/);
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toMatch(/<col [^>]*width=/);
    const styles = strFromU8(files['xl/styles.xml']!);
    // #,##0.00 is Excel's built-in format 4.
    expect(styles).toContain('numFmtId="4"');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Caseload  2026 12"');
  });

  it('writes several sheets with distinct names', async () => {
    const bytes = await spreadsheetBytes('xlsx', [
      { name: 'A', columns, rows: [] },
      { name: 'a', columns, rows: [rows[0]!] },
    ]);
    const sheets = await readSheet(bytes, { sheet: 2 } as never).catch(() => undefined);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toContain('xl/worksheets/sheet2.xml');
    expect(sheets).toBeDefined();
  });
});

describe('CSV', () => {
  it('begins with a byte order mark and reads back row by row', async () => {
    const bytes = await spreadsheetBytes('csv', [sheet()]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(read[0]).toEqual(columns.map((c) => c.header));
    expect(read[1]).toEqual(['Zoé Ñúñez', '2', '35.5', '1800.55', '1990-03-04', '2026-12-06 09:30', '0.25']);
    expect(read[2]).toEqual(['\'=HYPERLINK("http://evil")', '', '', '-12.00', '', '', '']);
    expect(read[3]?.[0]).toBe('محمد, "le grand"\nsur deux lignes');
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('gives back any text, and no field a spreadsheet would run', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 8 }),
        async (texts) => {
          const bytes = await spreadsheetBytes('csv', [
            {
              name: 'x',
              columns: [{ key: 'text', header: 'Text', type: 'text' }],
              rows: texts.map((text) => ({ text })),
            },
          ]);
          const read = (
            parse(bytes.toString('utf8'), { bom: true, relax_quotes: false }) as string[][]
          ).slice(1);
          const nonEmpty = texts;
          expect(read.map((r) => r[0])).toEqual(
            nonEmpty.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)),
          );
          for (const [field] of read) expect(field).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
