import type { EmployerCountry } from './legal-identifier.js';

/**
 * A site's postal code in its country's shape, canonical: five digits in France; a ZIP code (five
 * digits, or ZIP+4 as `NNNNN-NNNN`) in the United States; a Canadian postal code `A1A 1A1` (the
 * letters Canada Post uses: never D, F, I, O, Q or U, and never W or Z first). Null when it is not one.
 */
export function normalizePostalCode(country: EmployerCountry, raw: string): string | null {
  const compact = raw.replace(/[\s\u00a0]/g, '').toUpperCase();
  switch (country) {
    case 'FR':
      return /^\d{5}$/.test(compact) && !compact.startsWith('00') ? compact : null;
    case 'US': {
      const match = /^(\d{5})(?:-?(\d{4}))?$/.exec(compact);
      if (!match || match[1] === '00000') return null;
      return match[2] ? `${match[1]}-${match[2]}` : (match[1] as string);
    }
    case 'CA': {
      const match = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/.exec(compact);
      return match ? `${match[1]} ${match[2]}` : null;
    }
  }
}
