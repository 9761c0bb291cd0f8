import { describe, expect, it } from 'vitest';
import { readSubscriberCsv } from './subscriber-import.js';

const today = '2026-06-01';

describe('readSubscriberCsv', () => {
  it('reads a header in English or French, comma or semicolon, with a BOM, in lower case', () => {
    expect(
      readSubscriberCsv('\uFEFFemail,name,consented_on\nAna@Example.org,Ana Costa,2025-11-20\n', today),
    ).toEqual({
      rows: [{ line: 2, email: 'ana@example.org', name: 'Ana Costa', consentedOn: '2025-11-20' }],
      errors: [],
    });
    expect(readSubscriberCsv('Courriel;Nom;Date_consentement\nb@ex.ca;;2024-02-29', today).rows).toEqual([
      { line: 2, email: 'b@ex.ca', name: null, consentedOn: '2024-02-29' },
    ]);
  });

  it('reports every error with its line and column, and an address given twice on its second line', () => {
    const csv = [
      'email,consented_on',
      'ok@ex.org,2026-01-01',
      ',2026-01-01',
      'not-an-address,2026-01-01',
      'OK@ex.org,2026-01-02',
      'late@ex.org,2026-06-02',
      'bad-day@ex.org,2026-02-30',
      'none@ex.org,',
    ].join('\n');
    const { rows, errors } = readSubscriberCsv(csv, today);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 3, column: 'email', code: 'EMAIL_MISSING' },
      { line: 4, column: 'email', code: 'EMAIL_INVALID' },
      { line: 5, column: 'email', code: 'EMAIL_REPEATED' },
      { line: 6, column: 'consented_on', code: 'CONSENT_DATE_IN_FUTURE' },
      { line: 7, column: 'consented_on', code: 'CONSENT_DATE_INVALID' },
      { line: 8, column: 'consented_on', code: 'CONSENT_DATE_MISSING' },
    ]);
  });

  it('names the columns missing from the header', () => {
    expect(readSubscriberCsv('name\nAna', today).errors).toEqual([
      { line: 1, column: 'email', code: 'MISSING_COLUMN' },
      { line: 1, column: 'consented_on', code: 'MISSING_COLUMN' },
    ]);
  });

  it('answers an unreadable file with an error, never a throw', () => {
    expect(readSubscriberCsv('email,consented_on\n"unclosed,2026-01-01', today).errors).toEqual([
      { line: 1, column: 'header', code: 'MISSING_COLUMN' },
    ]);
  });
});
