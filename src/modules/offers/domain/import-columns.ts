/**
 * The columns of an employers-and-offers import file (CSV or XLSX), in the template's order. Each row
 * names an employer by its legal identifier (created or updated in the directory) and, when
 * `offer_title` is filled, one job offer of that employer. Headers are matched without regard to case,
 * spaces or accents. Lists (credentials, skills) are separated by `|` inside their cell. Browser-safe:
 * the web app builds the downloadable template from this list, the docs page describes it.
 */
export const importColumns = [
  { name: 'legal_identifier', part: 'employer', required: true, example: '79100007800018' },
  { name: 'employer_name', part: 'employer', required: true, example: 'Recyclerie des Graves' },
  { name: 'country', part: 'employer', required: true, example: 'FR' },
  { name: 'sector_code', part: 'employer', required: false, example: '38.32Z' },
  { name: 'sector_label', part: 'employer', required: false, example: 'Récupération de déchets triés' },
  { name: 'size_band', part: 'employer', required: false, example: '10-49' },
  { name: 'website', part: 'employer', required: false, example: 'https://recyclerie.example.org' },
  { name: 'siae', part: 'employer', required: false, example: 'yes' },
  { name: 'siae_kind', part: 'employer', required: false, example: 'aci' },
  { name: 'offer_title', part: 'offer', required: false, example: 'Agent de tri' },
  { name: 'esco_id', part: 'offer', required: false, example: '4ed9ce62-75d4-4b05-80d4-e86528fecdcd' },
  { name: 'contract_type', part: 'offer', required: false, example: 'siae_insertion' },
  { name: 'contract_months', part: 'offer', required: false, example: '6' },
  { name: 'working_time', part: 'offer', required: false, example: 'part_time' },
  { name: 'hours_per_week', part: 'offer', required: false, example: '26' },
  { name: 'pay_min', part: 'offer', required: false, example: '1182,00' },
  { name: 'pay_max', part: 'offer', required: false, example: '' },
  { name: 'pay_period', part: 'offer', required: false, example: 'month' },
  { name: 'postal_code', part: 'offer', required: false, example: '33170' },
  { name: 'city', part: 'offer', required: false, example: 'Gradignan' },
  { name: 'remote', part: 'offer', required: false, example: 'no' },
  { name: 'language', part: 'offer', required: false, example: 'fr' },
  { name: 'language_scale', part: 'offer', required: false, example: 'cefr' },
  { name: 'language_level', part: 'offer', required: false, example: 'A2' },
  { name: 'credentials', part: 'offer', required: false, example: 'Permis B' },
  { name: 'skills', part: 'offer', required: false, example: 'Tri des déchets|Travail en équipe' },
  { name: 'starts_on', part: 'offer', required: false, example: '2027-01-04' },
  { name: 'expires_on', part: 'offer', required: false, example: '2026-12-31' },
  { name: 'positions', part: 'offer', required: false, example: '2' },
  { name: 'source', part: 'offer', required: false, example: 'employer' },
  { name: 'source_reference', part: 'offer', required: false, example: 'RG-2026-07' },
  { name: 'description', part: 'offer', required: false, example: '' },
] as const;

export type ImportColumn = (typeof importColumns)[number]['name'];

/** At most this many rows (besides the header) in one file; a larger file is split. */
export const maxImportRows = 2000;
/** At most this many bytes in one file. */
export const maxImportBytes = 5 * 1024 * 1024;

/** `Offer Title`, `offer-title`, ` OFFER_TITLE ` → `offer_title`. */
export function importColumnOf(header: string): ImportColumn | null {
  const key = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return importColumns.some((c) => c.name === key) ? (key as ImportColumn) : null;
}

/** The template: the header line, then one example row, as CSV with `;` (what French Excel opens). */
export function importTemplateCsv(): string {
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${[importColumns.map((c) => c.name), importColumns.map((c) => quote(c.example))]
    .map((line) => line.join(';'))
    .join('\r\n')}\r\n`;
}

/** Words a file may use for yes and no. */
export function importBoolean(value: string): boolean | null {
  const word = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'oui', 'o', 'vrai', 'x'].includes(word)) return true;
  if (['no', 'n', 'false', '0', 'non', 'faux'].includes(word)) return false;
  return null;
}
