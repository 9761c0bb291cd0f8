import { defineError } from '../../core/errors.js';

/** Refusals of a whole people import file (a row's own problems are reported in the answer instead). */
export const peopleImportErrors = {
  mediaType: defineError('PEOPLE_IMPORT_MEDIA_TYPE', 'bad_request', {
    en: 'Send a CSV file (text/csv) or an Excel workbook (.xlsx).',
    fr: 'Envoyez un fichier CSV (text/csv) ou un classeur Excel (.xlsx).',
  }),
  tooLarge: defineError<{ maxMiB: number }>('PEOPLE_IMPORT_TOO_LARGE', 'payload_too_large', {
    en: 'This file is larger than {maxMiB} MiB. Split it into several files.',
    fr: 'Ce fichier dépasse {maxMiB} Mio. Découpez-le en plusieurs fichiers.',
  }),
  unreadable: defineError<{ format: string }>('PEOPLE_IMPORT_UNREADABLE', 'bad_request', {
    en: 'This file cannot be read as {format}. Save it again as CSV (UTF-8) or as an Excel workbook (.xlsx).',
    fr: 'Ce fichier ne se lit pas comme un {format}. Enregistrez-le à nouveau en CSV (UTF-8) ou en classeur Excel (.xlsx).',
  }),
  empty: defineError('PEOPLE_IMPORT_EMPTY', 'bad_request', {
    en: 'This file has no row under its header line.',
    fr: "Ce fichier n'a aucune ligne sous sa ligne d'en-tête.",
  }),
  tooManyRows: defineError<{ max: number; rows: number }>('PEOPLE_IMPORT_TOO_MANY_ROWS', 'bad_request', {
    en: 'This file has {rows} rows; at most {max} are imported at once. Split it into several files.',
    fr: 'Ce fichier a {rows} lignes ; on en importe au plus {max} à la fois. Découpez-le en plusieurs fichiers.',
  }),
  missingColumns: defineError<{ columns: string }>('PEOPLE_IMPORT_MISSING_COLUMNS', 'bad_request', {
    en: 'The header line lacks these columns: {columns}. Start from the template.',
    fr: "La ligne d'en-tête n'a pas ces colonnes : {columns}. Partez du modèle.",
  }),
  duplicateColumn: defineError<{ column: string }>('PEOPLE_IMPORT_DUPLICATE_COLUMN', 'bad_request', {
    en: 'The column {column} appears twice in the header line.',
    fr: "La colonne {column} figure deux fois dans la ligne d'en-tête.",
  }),
  skippedRowUnknown: defineError<{ row: number }>('PEOPLE_IMPORT_SKIPPED_ROW_UNKNOWN', 'bad_request', {
    en: 'Row {row}, to be skipped, is not a row of this file. Check the file again.',
    fr: "La ligne {row}, à ignorer, n'est pas une ligne de ce fichier. Vérifiez à nouveau le fichier.",
  }),
};
