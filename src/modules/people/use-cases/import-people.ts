import { z } from 'zod';
import type { peopleImportReport, peopleImportRowReport } from '../../../contracts/people-import.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { type ImportFileRefusal, readColumnsFile } from '../../../core/spreadsheet/read-columns-file.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import {
  maxPeopleImportBytes,
  maxPeopleImportRows,
  peopleImportColumnOf,
  peopleImportColumns,
  peopleImportRoles,
} from '../domain/people-import-columns.js';
import { peopleImportErrors } from '../import-errors.js';
import { consortiumPartnersOf } from './duplicate-candidates.js';
import { comparableOfCells, duplicatesWithinFile, rowDuplicates } from './import-people-duplicates.js';
import { type ImportCells, type ImportedPerson, personOfRow } from './import-people-rows.js';
import { registerPerson } from './register-person.js';

type RowReport = z.infer<typeof peopleImportRowReport>;
type Report = z.infer<typeof peopleImportReport>;

export const importPeopleInput = z.object({
  content: z.custom<Buffer>((value) => Buffer.isBuffer(value), { message: 'Expected the file content' }),
  declaredMediaType: z.string().nullable(),
  dryRun: z.boolean(),
  /** Lines of the file (the header is line 1) the user chose not to import. */
  skip: z.array(z.number().int()).max(maxPeopleImportRows).default([]),
  fileName: z.string().max(300).default(''),
});

/** A refusal of the whole file in the people import's words. */
function refusal(refused: ImportFileRefusal) {
  switch (refused.code) {
    case 'media_type':
      return peopleImportErrors.mediaType();
    case 'too_large':
      return peopleImportErrors.tooLarge({ maxMiB: refused.maxMiB });
    case 'empty':
      return peopleImportErrors.empty();
    case 'unreadable':
      return peopleImportErrors.unreadable({ format: refused.format });
    case 'too_many_rows':
      return peopleImportErrors.tooManyRows({ max: refused.max, rows: refused.rows });
    case 'duplicate_column':
      return peopleImportErrors.duplicateColumn({ column: refused.column });
    case 'missing_columns':
      return peopleImportErrors.missingColumns({ columns: refused.columns });
  }
}

/** The file's rows by column, or the refusal of the whole file (4xx, nothing read further). */
async function readPeopleFile(content: Buffer, declaredMediaType: string | null) {
  const file = await readColumnsFile(
    content,
    declaredMediaType,
    {
      maxBytes: maxPeopleImportBytes,
      maxRows: maxPeopleImportRows,
      columnOf: peopleImportColumnOf,
      required: peopleImportColumns.filter((c) => c.required).map((c) => c.name),
    },
    refusal,
  );
  return {
    format: file.format,
    ignoredColumns: file.ignoredColumns,
    rows: file.rows.map(({ line, cells }) => ({ row: line, cells: cells as ImportCells })),
  };
}

/** Active staff of the organization by their address in lower case: the referent column names one. */
async function referentsByEmail(db: Executor, organizationId: string): Promise<Map<string, string>> {
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  const mailboxes = await accountsApi(db).mailboxes(staff.map((s) => s.userId));
  return new Map([...mailboxes].map(([userId, box]) => [box.email.trim().toLowerCase(), userId]));
}

/**
 * People from a CSV or XLSX file (docs/people-import.md). Every row is checked with the rules of
 * registering one person and looked up for possible duplicates: files of the organization (with their
 * names and the rule's reasons), other rows of the same file, and — a yes or no only — files followed by
 * another member organization of its consortia. The preview writes nothing. The import checks again
 * and opens a file for every row kept (not skipped), through the registration itself (duplicate keys,
 * timeline, one audit entry per file), in this one transaction: one kept row refused and nothing is
 * written. Counselors and coordinators only.
 */
export const importPeople = defineUseCase(importPeopleInput, async (scope) => {
  const { input, ctx, trx, audit } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, peopleImportRoles);
  const file = await readPeopleFile(input.content, input.declaredMediaType);
  const lines = new Set(file.rows.map((r) => r.row));
  for (const row of input.skip) if (!lines.has(row)) throw peopleImportErrors.skippedRowUnknown({ row });
  const skipped = new Set(input.skip);

  const referents = await referentsByEmail(trx, actor.organizationId);
  const partners = await consortiumPartnersOf(trx, actor.organizationId);
  const read = file.rows.map(({ row, cells }) => ({
    row,
    cells,
    checked: personOfRow(cells, referents),
    comparable: comparableOfCells(cells),
  }));
  const withinFile = duplicatesWithinFile(
    read.map(({ row, comparable }) => ({ row, person: skipped.has(row) ? null : comparable })),
  );
  const people = new Map<number, ImportedPerson>();
  const reports: RowReport[] = [];
  for (const { row, cells, checked, comparable } of read) {
    const report: RowReport = {
      row,
      status: skipped.has(row) ? 'skipped' : 'errors' in checked ? 'error' : 'ok',
      givenName: cells.given_name ?? '',
      familyName: cells.family_name ?? '',
      errors: 'errors' in checked ? checked.errors : [],
      duplicates: { organization: [], inFile: withinFile.get(row) ?? [], elsewhere: false },
      personId: null,
    };
    reports.push(report);
    if (report.status === 'skipped') continue;
    if ('person' in checked) people.set(row, checked.person);
    // The import itself does not look again: the user decided on the preview's duplicates, and each
    // lookup costs as much as opening the file.
    if (comparable && input.dryRun)
      report.duplicates = {
        ...(await rowDuplicates(trx, comparable, actor.organizationId, partners)),
        inFile: report.duplicates.inFile,
      };
  }

  const count = (status: RowReport['status']) => reports.filter((r) => r.status === status).length;
  const report = (committed: boolean): Report => ({
    dryRun: input.dryRun,
    committed,
    format: file.format,
    ignoredColumns: file.ignoredColumns,
    summary: {
      rows: reports.length,
      ok: count('ok'),
      errors: count('error'),
      skipped: count('skipped'),
      possibleDuplicates: reports.filter(
        (r) =>
          r.status !== 'skipped' &&
          (r.duplicates.organization.length > 0 || r.duplicates.inFile.length > 0 || r.duplicates.elsewhere),
      ).length,
      created: count('created'),
    },
    rows: reports,
  });
  const auditImport = (action: string, result: Report) =>
    audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action,
      resourceType: 'person_import',
      resourceId: null,
      requestId: ctx.requestId,
      // Counts only: the names in the file are personal data and stay out of the log.
      details: { format: result.format, consortiumMembersSearched: partners.length, ...result.summary },
    });

  if (input.dryRun || count('error') > 0) {
    const result = report(false);
    await auditImport(input.dryRun ? 'person.import_preview' : 'person.import_refused', result);
    return result;
  }
  const registration = { ...scope, requestId: ctx.requestId, keyRing: scope.deps.keyRing };
  for (const rowReport of reports) {
    const person = people.get(rowReport.row);
    if (rowReport.status !== 'ok' || !person) continue;
    rowReport.personId = (await registerPerson(registration, actor, person)).id;
    rowReport.status = 'created';
  }
  const result = report(true);
  await auditImport('person.import', result);
  return result;
});
