import type { z } from 'zod';
import { createPersonBody } from '../../../contracts/people.js';
import type { Translated } from '../../../core/i18n/locale.js';
import {
  importedDate,
  importedList,
  importedSex,
  type PeopleImportColumn,
} from '../domain/people-import-columns.js';

/** A row's cells by column; a column the file lacks, or an empty cell, is undefined. */
export type ImportCells = Partial<Record<PeopleImportColumn, string>>;

export interface RowError {
  column: PeopleImportColumn | null;
  code: string;
  message: Translated;
}

export type ImportedPerson = z.output<typeof createPersonBody>;

/** What each column must hold, said to the person who fixes the file. */
const expectation: Record<PeopleImportColumn, Translated> = {
  given_name: {
    en: 'the given name in Latin letters, at most 120 characters',
    fr: 'le prénom en lettres latines, 120 caractères au plus',
  },
  family_name: {
    en: 'the family name in Latin letters, at most 120 characters',
    fr: 'le nom de famille en lettres latines, 120 caractères au plus',
  },
  given_name_original: {
    en: 'the given name as the person writes it, at most 120 characters',
    fr: 'le prénom tel que la personne l’écrit, 120 caractères au plus',
  },
  family_name_original: {
    en: 'the family name as the person writes it, at most 120 characters',
    fr: 'le nom tel que la personne l’écrit, 120 caractères au plus',
  },
  birth_date: {
    en: 'a date written 1994-05-12 or 12/05/1994, not in the future nor more than 120 years ago',
    fr: 'une date écrite 1994-05-12 ou 12/05/1994, ni future ni de plus de 120 ans',
  },
  sex: { en: 'female, male or other (F, M, X)', fr: 'femme, homme ou autre (F, H, X)' },
  phone: { en: 'a phone number, at most 40 characters', fr: 'un numéro de téléphone, 40 caractères au plus' },
  email: { en: 'an e-mail address', fr: 'une adresse électronique' },
  nationality: {
    en: 'a country code of two letters (SY, AF, UA)',
    fr: 'un code de pays en deux lettres (SY, AF, UA)',
  },
  languages: {
    en: 'language codes of two or three letters separated by | (ar|fr)',
    fr: 'des codes de langue de deux ou trois lettres séparés par | (ar|fr)',
  },
  city: { en: 'a town, at most 120 characters', fr: 'une commune, 120 caractères au plus' },
  referent_email: {
    en: 'the e-mail address of an active staff member of your organization',
    fr: 'l’adresse électronique d’un membre actif du personnel de votre structure',
  },
  program: {
    en: 'the code or the name of a program your organization takes part in',
    fr: 'le code ou le nom d’un programme auquel votre structure participe',
  },
  enrolled_on: {
    en: 'the enrolment day, 2026-09-01 or 01/09/2026',
    fr: 'le jour d’inscription, 2026-09-01 ou 01/09/2026',
  },
  intake_source: {
    en: 'how the person came: partner_referral, outreach_event, walk_in, web_form or other',
    fr: 'comment la personne est venue : partner_referral, outreach_event, walk_in, web_form ou other',
  },
};

const invalid = (column: PeopleImportColumn): RowError => ({
  column,
  code: 'PEOPLE_IMPORT_VALUE_INVALID',
  message: {
    en: `Column ${column}: write ${expectation[column].en}.`,
    fr: `Colonne ${column} : écrivez ${expectation[column].fr}.`,
  },
});

const missing = (column: PeopleImportColumn): RowError => ({
  column,
  code: 'PEOPLE_IMPORT_VALUE_MISSING',
  message: {
    en: `Column ${column} is empty: write ${expectation[column].en}.`,
    fr: `La colonne ${column} est vide : écrivez ${expectation[column].fr}.`,
  },
});

const referentUnknown: RowError = {
  column: 'referent_email',
  code: 'PEOPLE_IMPORT_REFERENT_UNKNOWN',
  message: {
    en: 'Column referent_email: no active staff member of your organization has this address. Leave it empty to follow the person yourself.',
    fr: 'Colonne referent_email : aucun membre actif du personnel de votre structure n’a cette adresse. Laissez-la vide pour suivre vous-même la personne.',
  },
};

/** The registration's field of each column (zod paths of `createPersonBody`). */
const columnOfField: Record<string, PeopleImportColumn> = {
  givenName: 'given_name',
  familyName: 'family_name',
  givenNameOriginal: 'given_name_original',
  familyNameOriginal: 'family_name_original',
  birthDate: 'birth_date',
  sex: 'sex',
  phone: 'phone',
  email: 'email',
  nationality: 'nationality',
  city: 'city',
  referentUserId: 'referent_email',
};

function columnOfPath(path: readonly PropertyKey[]): PeopleImportColumn | null {
  if (path[0] === 'languages') return 'languages';
  if (path[0] === 'identity') return columnOfField[String(path[1])] ?? null;
  return null;
}

/**
 * A row as the registration of one person takes it, checked by the same schema (`createPersonBody`:
 * the same limits, the same dates), or every problem of the row with its column. The referent is named
 * by e-mail; `referents` holds the active staff of the organization by address in lower case.
 */
export function personOfRow(
  cells: ImportCells,
  referents: ReadonlyMap<string, string>,
): { person: ImportedPerson } | { errors: RowError[] } {
  const errors: RowError[] = [];
  for (const column of ['given_name', 'family_name'] as const)
    if (!cells[column]) errors.push(missing(column));
  let birthDate: string | undefined;
  if (cells.birth_date !== undefined) {
    const read = importedDate(cells.birth_date);
    if (read === null) errors.push(invalid('birth_date'));
    else birthDate = read;
  }
  let sex: 'female' | 'male' | 'other' | undefined;
  if (cells.sex !== undefined) {
    const read = importedSex(cells.sex);
    if (read === null) errors.push(invalid('sex'));
    else sex = read;
  }
  let referentUserId: string | undefined;
  if (cells.referent_email !== undefined) {
    referentUserId = referents.get(cells.referent_email.trim().toLowerCase());
    if (!referentUserId) errors.push(referentUnknown);
  }
  const raw = {
    identity: {
      givenName: cells.given_name ?? '',
      familyName: cells.family_name ?? '',
      givenNameOriginal: cells.given_name_original,
      familyNameOriginal: cells.family_name_original,
      birthDate,
      sex,
      phone: cells.phone,
      email: cells.email,
      nationality: cells.nationality,
      city: cells.city,
      referentUserId,
    },
    languages: importedList(cells.languages ?? '').map((language) => ({ language })),
  };
  const parsed = createPersonBody.safeParse(raw);
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path);
      if (seen.has(column)) continue;
      seen.add(column);
      errors.push(
        column
          ? invalid(column)
          : {
              column: null,
              code: 'PEOPLE_IMPORT_VALUE_INVALID',
              message: {
                en: `This row is refused: ${issue.message}`,
                fr: `Cette ligne est refusée : ${issue.message}`,
              },
            },
      );
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { person: parsed.data };
}
