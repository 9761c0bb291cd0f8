import { z } from 'zod';
import { duplicateReasons } from '../modules/people/domain/duplicate-score.js';
import { defineRoute } from './define.js';
import { possibleDuplicate } from './intake.js';
import { plainText } from './primitives.js';

/**
 * Bringing a caseload in from a spreadsheet (docs/people-import.md): a preview that checks every row
 * with the registration's rules and looks for its possible duplicates, then the import of the rows
 * kept, all in one transaction.
 */

export const importPeopleQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .describe('true: check every row and look for duplicates, write nothing; false: import the rows kept'),
  skip: z
    .string()
    .max(12_000)
    .regex(/^\d{1,5}(,\d{1,5})*$/, 'Row numbers separated by commas')
    .optional()
    .describe('Rows the user chose not to import, by their line in the file (the header is line 1)'),
  fileName: plainText().max(300).default(''),
});

const translated = z.object({ en: z.string(), fr: z.string() });

export const peopleImportRowReport = z.object({
  row: z.number().int().describe('The line in the file, the header being line 1'),
  status: z
    .enum(['ok', 'error', 'skipped', 'created'])
    .describe('ok: would be imported; error: refused; skipped: left out by the user; created: imported'),
  givenName: z.string(),
  familyName: z.string(),
  program: z
    .object({ id: z.uuid(), code: z.string(), name: z.string() })
    .nullable()
    .describe('The program the row names to enrol the person in, when the program column names one'),
  errors: z.array(
    z.object({
      column: z.string().nullable().describe('The file’s column in question, when one is'),
      code: z
        .string()
        .describe(
          'Stable code: PEOPLE_IMPORT_VALUE_INVALID, PEOPLE_IMPORT_REFERENT_UNKNOWN, PEOPLE_IMPORT_NOT_ELIGIBLE…',
        ),
      message: translated,
    }),
  ),
  duplicates: z.object({
    organization: z
      .array(possibleDuplicate)
      .describe('Files of the organization the duplicate rule takes for this person, best first'),
    inFile: z
      .array(z.object({ row: z.number().int(), reasons: z.array(z.enum(duplicateReasons)) }))
      .describe('Other rows of the same file the rule takes for this person'),
    elsewhere: z
      .boolean()
      .describe('Another member organization of a consortium follows a possible match: nothing more is said'),
  }),
  personId: z.uuid().nullable().describe('The file opened, once imported'),
  enrolmentId: z.uuid().nullable().describe('The enrolment in the row’s program, once imported'),
});

export const peopleImportReport = z.object({
  dryRun: z.boolean(),
  committed: z
    .boolean()
    .describe('Whether the rows were written (never on a dry run, nor when a row kept has an error)'),
  format: z.enum(['csv', 'xlsx']),
  ignoredColumns: z.array(z.string()).describe('Headers that are not import columns'),
  summary: z.object({
    rows: z.number().int(),
    ok: z.number().int(),
    errors: z.number().int(),
    skipped: z.number().int(),
    possibleDuplicates: z
      .number()
      .int()
      .describe('Rows with a possible duplicate, in the organization, the file or elsewhere'),
    created: z.number().int(),
    enrolments: z
      .number()
      .int()
      .describe('Enrolments in a program: written on the import, that would be written on the preview'),
  }),
  rows: z.array(peopleImportRowReport),
});

export const importPeopleRoute = defineRoute({
  operationId: 'importPeople',
  method: 'POST',
  path: '/api/people/imports',
  policy: 'session',
  summary:
    'Import people from a CSV or XLSX file (the body is the file’s bytes). The preview checks every row with the registration’s rules and reports possible duplicates (in the organization, in the file, and whether another member organization follows a match); the import writes the rows kept, all or none',
  tags: ['people'],
  query: importPeopleQuery,
  response: peopleImportReport,
});
