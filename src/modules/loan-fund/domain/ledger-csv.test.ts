import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDecimal, type ExportLine, ledgerCsv } from './ledger-csv.js';

const header = 'entry,date,kind,loan,account,debit,credit,currency,memo,reverses_entry,entry_id';

const exportLine = (overrides: Partial<ExportLine> = {}): ExportLine => ({
  sequence: 1,
  entryId: 'e1',
  occurredOn: '2027-02-15',
  kind: 'payment',
  memo: 'Installment 1',
  reversesEntryId: null,
  loanReference: 'PR-2027-0001',
  lineNo: 1,
  account: 'fund_cash',
  debitCents: 12_345,
  creditCents: 0,
  ...overrides,
});

/**
 * RFC 4180 reader, written here so the export is checked by what a spreadsheet would read: records end
 * with CRLF, quoted fields may hold commas, quotes (doubled) and line breaks.
 */
function parseCsv(text: string): { records: string[][]; bareLineBreaks: number } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let bareLineBreaks = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      if (ch === '\n' || ch === '\r') bareLineBreaks++;
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end with CRLF');
  return { records, bareLineBreaks };
}

/** What a spreadsheet must show for a text cell: the text, disarmed by a leading apostrophe when it could run. */
const disarmed = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [123_456, '1234.56'],
    [-5, '-0.05'],
    [-123_456, '-1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
  });

  it('writes any amount as digits, a point and two decimals that read back to the same cents', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const text = centsToDecimal(cents);
        expect(text).toMatch(/^-?(0|[1-9]\d*)\.\d{2}$/);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(cents));
      }),
    );
  });
});

describe('ledgerCsv', () => {
  it('writes the header and one row per line, ending every record with CRLF', () => {
    const csv = ledgerCsv('EUR', [
      exportLine(),
      exportLine({
        lineNo: 2,
        account: 'fee_income',
        debitCents: 0,
        creditCents: 12_345,
        loanReference: null,
      }),
    ]);
    expect(csv).toBe(
      `${header}\r\n` +
        '1,2027-02-15,payment,PR-2027-0001,fund_cash,123.45,,EUR,Installment 1,,e1\r\n' +
        '1,2027-02-15,payment,,fee_income,,123.45,EUR,Installment 1,,e1\r\n',
    );
  });

  it('writes only the header for an empty export', () => {
    expect(ledgerCsv('CAD', [])).toBe(`${header}\r\n`);
  });

  it('names the reversed entry', () => {
    const csv = ledgerCsv('CAD', [
      exportLine({ kind: 'payment_reversal', reversesEntryId: 'e0', entryId: 'e9' }),
    ]);
    expect(parseCsv(csv).records[1]!.slice(8)).toEqual(['Installment 1', 'e0', 'e9']);
  });

  it('quotes commas, quotes and line breaks', () => {
    const memo = 'Paid "cash", see note\nsecond line\r\nthird';
    const csv = ledgerCsv('EUR', [exportLine({ memo })]);
    expect(csv).toContain('"Paid ""cash"", see note\nsecond line\r\nthird"');
    expect(parseCsv(csv).records[1]![8]).toBe(memo);
  });

  it.each(['=HYPERLINK("http://x","y")', '+33 6 12', '-1+1', '@SUM(A1)', '=1+1'])(
    'neutralises a memo that a spreadsheet would run as a formula: %s',
    (memo) => {
      const cellText = parseCsv(ledgerCsv('EUR', [exportLine({ memo })])).records[1]![8]!;
      expect(cellText).toBe(`'${memo}`);
    },
  );

  it('neutralises formulas in every text column, not only the memo', () => {
    const row = parseCsv(
      ledgerCsv('EUR', [
        exportLine({ loanReference: '=cmd', kind: '+k', entryId: '@e', reversesEntryId: '-r' }),
      ]),
    ).records[1]!;
    expect([row[2], row[3], row[9], row[10]]).toEqual(["'+k", "'=cmd", "'-r", "'@e"]);
  });

  it('neutralises a formula hidden behind a leading tab or carriage return', () => {
    for (const memo of ['\t=1+1', '\r=1+1']) {
      const cellText = parseCsv(ledgerCsv('EUR', [exportLine({ memo })])).records[1]![8]!;
      expect(cellText.startsWith("'")).toBe(true);
    }
  });

  it('reads back as the header plus one record of eleven fields per line, whatever the memo', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", '1'),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            memo: text,
            debitCents: fc.nat({ max: 10_000_000 }),
            loanReference: fc.option(fc.constantFrom('PR-1', 'PR-2'), { nil: null }),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const lines = rows.map((r, index) =>
            exportLine({ ...r, sequence: index + 1, creditCents: 0, entryId: `e${index}` }),
          );
          const csv = ledgerCsv('EUR', lines);
          const { records, bareLineBreaks } = parseCsv(csv);
          expect(records).toHaveLength(lines.length + 1);
          expect(records[0]!.join(',')).toBe(header);
          expect(bareLineBreaks).toBe(0);
          lines.forEach((l, index) => {
            const record = records[index + 1]!;
            expect(record).toHaveLength(11);
            expect(record[0]).toBe(String(l.sequence));
            expect(record[3]).toBe(l.loanReference ?? '');
            expect(record[5]).toBe(l.debitCents ? centsToDecimal(l.debitCents) : '');
            expect(record[6]).toBe('');
            expect(record[8]).toBe(disarmed(l.memo));
          });
        },
      ),
    );
  });
});
