import type { Cents } from './money.js';

export interface ExportLine {
  sequence: number;
  entryId: string;
  occurredOn: string;
  kind: string;
  memo: string;
  reversesEntryId: string | null;
  loanReference: string | null;
  lineNo: number;
  account: string;
  debitCents: Cents;
  creditCents: Cents;
}

const header = [
  'entry',
  'date',
  'kind',
  'loan',
  'account',
  'debit',
  'credit',
  'currency',
  'memo',
  'reverses_entry',
  'entry_id',
];

/** Amounts as decimals with a point ("1234.50"): what spreadsheets and accounting software read everywhere. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function cell(value: string): string {
  // A leading =, +, - or @ (or a tab or carriage return before one) would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function ledgerCsv(currency: string, lines: readonly ExportLine[]): string {
  const rows = lines.map((l) =>
    [
      String(l.sequence),
      l.occurredOn,
      l.kind,
      l.loanReference ?? '',
      l.account,
      l.debitCents ? centsToDecimal(l.debitCents) : '',
      l.creditCents ? centsToDecimal(l.creditCents) : '',
      currency,
      l.memo,
      l.reversesEntryId ?? '',
      l.entryId,
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
