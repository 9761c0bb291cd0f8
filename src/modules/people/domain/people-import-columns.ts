import type { Role } from '../../../core/auth/roles.js';

/**
 * The columns of a people import file (CSV or XLSX), in the template's order, each with the headers
 * it is known by in French and English. Headers are matched without regard to case, spaces, dashes or
 * accents (`Date de naissance`, `date_of_birth`, `Birth date` are `birth_date`). Browser-safe: the web
 * page builds its template and column list from it, docs/people-import.md describes it.
 */
export const peopleImportColumns = [
  {
    name: 'given_name',
    required: true,
    aliases: ['first_name', 'firstname', 'prenom', 'prenoms'],
    example: 'Amina',
  },
  {
    name: 'family_name',
    required: true,
    aliases: ['last_name', 'lastname', 'surname', 'nom', 'nom_de_famille'],
    example: 'Haddad',
  },
  {
    name: 'given_name_original',
    required: false,
    aliases: [
      'given_name_original_script',
      'prenom_original',
      'prenom_ecriture_originale',
      'prenom_ecriture_d_origine',
    ],
    example: 'أمينة',
  },
  {
    name: 'family_name_original',
    required: false,
    aliases: [
      'family_name_original_script',
      'nom_original',
      'nom_ecriture_originale',
      'nom_ecriture_d_origine',
    ],
    example: 'حداد',
  },
  {
    name: 'birth_date',
    required: false,
    aliases: ['date_of_birth', 'birthdate', 'dob', 'date_de_naissance', 'naissance'],
    example: '1994-05-12',
  },
  { name: 'sex', required: false, aliases: ['sexe', 'gender', 'genre'], example: 'female' },
  {
    name: 'phone',
    required: false,
    aliases: ['telephone', 'tel', 'mobile', 'portable'],
    example: '+33 6 12 34 56 78',
  },
  {
    name: 'email',
    required: false,
    aliases: ['e_mail', 'courriel', 'mail', 'adresse_electronique'],
    example: 'amina.haddad@example.org',
  },
  { name: 'nationality', required: false, aliases: ['nationalite'], example: 'SY' },
  { name: 'languages', required: false, aliases: ['langues', 'language', 'langue'], example: 'ar|fr' },
  { name: 'city', required: false, aliases: ['ville', 'commune', 'town'], example: 'Bordeaux' },
  {
    name: 'referent_email',
    required: false,
    aliases: [
      'referent',
      'referente',
      'referent_e',
      'courriel_referent',
      'email_referent',
      'referent_courriel',
    ],
    example: '',
  },
  {
    // By the program's code, or its French or English name (docs/people-import.md); empty: no enrolment.
    name: 'program',
    required: false,
    aliases: ['programme', 'program_code', 'code_programme', 'code_du_programme', 'dispositif'],
    example: '',
  },
  {
    name: 'enrolled_on',
    required: false,
    aliases: [
      'enrolment_date',
      'enrollment_date',
      'enrolled',
      'date_d_inscription',
      'date_inscription',
      'inscrit_le',
      'date_d_entree',
    ],
    example: '',
  },
  {
    name: 'intake_source',
    required: false,
    aliases: [
      'source',
      'referral_source',
      'reperage',
      'source_de_reperage',
      'source_du_reperage',
      'orientation',
    ],
    example: '',
  },
] as const;

export type PeopleImportColumn = (typeof peopleImportColumns)[number]['name'];

/** Who imports people: counselors and coordinators of the organization (the web shows the link to them). */
export const peopleImportRoles: readonly Role[] = ['counselor', 'coordinator'];

/** At most this many rows besides the header: a caseload of an organization, split when larger. */
export const maxPeopleImportRows = 2000;
/** At most this many bytes in one file. */
export const maxPeopleImportBytes = 5 * 1024 * 1024;

/** A header as compared: `Date de naissance` → `date_de_naissance`, ` E-mail ` → `e_mail`. */
export function foldedHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const columnOfHeader = new Map<string, PeopleImportColumn>(
  peopleImportColumns.flatMap((column) => [
    [column.name, column.name] as const,
    ...column.aliases.map((alias) => [alias, column.name] as const),
  ]),
);

/** The column a header names, in French or English; null for a header that is not an import column. */
export function peopleImportColumnOf(header: string): PeopleImportColumn | null {
  return columnOfHeader.get(foldedHeader(header)) ?? null;
}

/** The template: the header line, then one example row, as CSV with `;` (what French Excel opens). */
export function peopleImportTemplateCsv(): string {
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${[peopleImportColumns.map((c) => c.name), peopleImportColumns.map((c) => quote(c.example))]
    .map((line) => line.join(';'))
    .join('\r\n')}\r\n`;
}

/** `F`, `femme`, `woman` → female; `M`, `H`, `homme` → male; `X`, `autre` → other; else null. */
export function importedSex(value: string): 'female' | 'male' | 'other' | null {
  const word = foldedHeader(value);
  if (['f', 'female', 'femme', 'woman', 'w', 'feminin'].includes(word)) return 'female';
  if (['m', 'h', 'male', 'homme', 'man', 'masculin'].includes(word)) return 'male';
  if (['x', 'other', 'autre', 'o', 'a'].includes(word)) return 'other';
  return null;
}

/**
 * A birth date as files write it: `1994-05-12`, or day first as in France and Québec's forms
 * (`12/05/1994`, `12.05.1994`, `12-05-1994`). Null when it does not read; whether the day exists is the
 * registration's rule to check.
 */
export function importedDate(value: string): string | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!dayFirst) return null;
  const [, day, month, year] = dayFirst as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A list cell: `ar|fr`, `ar, fr`, `ar; fr` or `ar fr`. */
export function importedList(value: string): string[] {
  return value
    .split(/[|,;/\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
