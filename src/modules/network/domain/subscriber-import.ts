import { parse } from 'csv-parse/sync';

export interface SubscriberImportRow {
  line: number;
  email: string;
  name: string | null;
  consentedOn: string;
}

export interface SubscriberImportError {
  line: number;
  column: 'email' | 'name' | 'consented_on' | 'header';
  code:
    | 'MISSING_COLUMN'
    | 'EMAIL_MISSING'
    | 'EMAIL_INVALID'
    | 'EMAIL_REPEATED'
    | 'NAME_TOO_LONG'
    | 'CONSENT_DATE_MISSING'
    | 'CONSENT_DATE_INVALID'
    | 'CONSENT_DATE_IN_FUTURE';
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const headers = {
  email: ['email', 'e-mail', 'courriel', 'adresse'],
  name: ['name', 'nom'],
  consented_on: ['consented_on', 'consent_date', 'date_consentement', 'consentement'],
} as const;

function isCalendarDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a mailing list exported from elsewhere: a header line naming `email`, `consented_on`
 * (YYYY-MM-DD) and optionally `name` (French names accepted; `,` or `;` separated), then one subscriber a
 * line. Every line is checked and every error reported with its line (the header is line 1) and column;
 * an address given twice is an error on its second line. Addresses are compared in lower case.
 */
export function readSubscriberCsv(
  text: string,
  today: string,
): { rows: SubscriberImportRow[]; errors: SubscriberImportError[] } {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(source, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    return { rows: [], errors: [{ line: 1, column: 'header', code: 'MISSING_COLUMN' }] };
  }
  const [header = [], ...lines] = records;
  const names = header.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const indexOf = (column: keyof typeof headers) =>
    names.findIndex((n) => (headers[column] as readonly string[]).includes(n));
  const emailAt = indexOf('email');
  const nameAt = indexOf('name');
  const dayAt = indexOf('consented_on');
  const errors: SubscriberImportError[] = [];
  if (emailAt < 0) errors.push({ line: 1, column: 'email', code: 'MISSING_COLUMN' });
  if (dayAt < 0) errors.push({ line: 1, column: 'consented_on', code: 'MISSING_COLUMN' });
  if (errors.length > 0) return { rows: [], errors };
  const rows: SubscriberImportRow[] = [];
  const seen = new Set<string>();
  lines.forEach((cells, index) => {
    const line = index + 2;
    const email = (cells[emailAt] ?? '').trim().toLowerCase();
    const name = nameAt >= 0 ? (cells[nameAt] ?? '').trim() : '';
    const day = (cells[dayAt] ?? '').trim();
    const before = errors.length;
    if (!email) errors.push({ line, column: 'email', code: 'EMAIL_MISSING' });
    else if (email.length > 254 || !emailPattern.test(email))
      errors.push({ line, column: 'email', code: 'EMAIL_INVALID' });
    else if (seen.has(email)) errors.push({ line, column: 'email', code: 'EMAIL_REPEATED' });
    if (name.length > 200) errors.push({ line, column: 'name', code: 'NAME_TOO_LONG' });
    if (!day) errors.push({ line, column: 'consented_on', code: 'CONSENT_DATE_MISSING' });
    else if (!isCalendarDay(day)) errors.push({ line, column: 'consented_on', code: 'CONSENT_DATE_INVALID' });
    else if (day > today) errors.push({ line, column: 'consented_on', code: 'CONSENT_DATE_IN_FUTURE' });
    if (email) seen.add(email);
    if (errors.length === before) rows.push({ line, email, name: name || null, consentedOn: day });
  });
  return { rows, errors };
}
