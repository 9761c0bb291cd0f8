import { z } from 'zod';
import type { peopleImportReport, peopleImportRowReport } from '../../../contracts/people-import.js';
import type { AuditEntry, AuditWriter } from '../../../core/audit/audit-log.js';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { type ImportFileRefusal, readColumnsFile } from '../../../core/spreadsheet/read-columns-file.js';
import type { TimelineEvent, TimelinePublisher } from '../../../core/timeline/timeline.js';
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
import { comparableOfCells, duplicatesWithinFile, rowsDuplicates } from './import-people-duplicates.js';
import {
  enrolmentOfRow,
  type ImportEnrolmentRequest,
  type ImportEnrolments,
  programsByWord,
  refusedEnrolment,
} from './import-people-enrolments.js';
import { type ImportCells, type ImportedPerson, personOfRow, type RowError } from './import-people-rows.js';
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
 * another member organization of its consortia; a row naming a program is checked with the enrolment's
 * rules (`enrolments`, from programs). The preview writes nothing. The import checks again and opens a
 * file for every row kept (not skipped), through the registration itself (duplicate keys, timeline, one
 * audit entry per file), then enrols those that name a program through the enrolment, all in this one
 * transaction: one kept row refused and nothing is written. Counselors and coordinators only.
 */
export const importPeople = (enrolments: ImportEnrolments) =>
  defineUseCase(importPeopleInput, async (scope) => {
    const { input, ctx, trx, audit, now } = scope;
    const actor = requireActor(ctx);
    requireRole(actor, peopleImportRoles);
    const file = await readPeopleFile(input.content, input.declaredMediaType);
    const lines = new Set(file.rows.map((r) => r.row));
    for (const row of input.skip) if (!lines.has(row)) throw peopleImportErrors.skippedRowUnknown({ row });
    const skipped = new Set(input.skip);

    const referents = await referentsByEmail(trx, actor.organizationId);
    const partners = await consortiumPartnersOf(trx, actor.organizationId);
    const asksEnrolment = file.rows.some(
      ({ cells }) => cells.program || cells.enrolled_on || cells.intake_source,
    );
    const programs = programsByWord(asksEnrolment ? await enrolments.programsOf(trx, actor) : []);
    const read = file.rows.map(({ row, cells }) => ({
      row,
      cells,
      checked: personOfRow(cells, referents),
      enrolment: enrolmentOfRow(cells, programs),
      comparable: skipped.has(row) ? null : comparableOfCells(cells),
    }));
    const eligibility = await eligibilityProblems(
      enrolments,
      trx,
      actor,
      now,
      read.filter(({ row }) => !skipped.has(row)),
    );
    const withinFile = duplicatesWithinFile(read.map(({ row, comparable }) => ({ row, person: comparable })));
    // The import itself does not look again: the user decided on the preview's duplicates.
    const duplicates = input.dryRun
      ? await rowsDuplicates(
          trx,
          read.map((r) => r.comparable),
          actor.organizationId,
          partners,
        )
      : [];
    const people = new Map<number, ImportedPerson>();
    const requests = new Map<number, ImportEnrolmentRequest>();
    const reports: RowReport[] = read.map(({ row, cells, checked, enrolment }, index) => {
      const errors = [
        ...('errors' in checked ? checked.errors : []),
        ...(enrolment && 'errors' in enrolment ? enrolment.errors : []),
        ...(eligibility.get(row) ?? []),
      ];
      const status = skipped.has(row) ? 'skipped' : errors.length > 0 ? 'error' : 'ok';
      if (status === 'ok' && 'person' in checked) people.set(row, checked.person);
      if (status === 'ok' && enrolment && 'request' in enrolment) requests.set(row, enrolment.request);
      const program = enrolment && 'program' in enrolment ? enrolment.program : null;
      return {
        row,
        status,
        givenName: cells.given_name ?? '',
        familyName: cells.family_name ?? '',
        program: program
          ? {
              id: program.id,
              code: program.code,
              name: ctx.locale === 'fr' ? program.nameFr : program.nameEn,
            }
          : null,
        errors,
        duplicates: {
          ...(status === 'skipped'
            ? { organization: [], elsewhere: false }
            : (duplicates[index] ?? {
                organization: [],
                elsewhere: false,
              })),
          inFile: withinFile.get(row) ?? [],
        },
        personId: null,
        enrolmentId: null,
      };
    });

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
            (r.duplicates.organization.length > 0 ||
              r.duplicates.inFile.length > 0 ||
              r.duplicates.elsewhere),
        ).length,
        created: count('created'),
        enrolments: committed
          ? reports.filter((r) => r.enrolmentId).length
          : reports.filter((r) => r.status === 'ok' && r.program).length,
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
    const traces = deferredTraces(scope);
    const registration = {
      ...scope,
      ...traces.writers,
      requestId: ctx.requestId,
      keyRing: scope.deps.keyRing,
    };
    const enrolling: {
      report: RowReport;
      personId: string;
      person: ImportedPerson;
      request: ImportEnrolmentRequest;
    }[] = [];
    for (const rowReport of reports) {
      const person = people.get(rowReport.row);
      if (rowReport.status !== 'ok' || !person) continue;
      rowReport.personId = (await registerPerson(registration, actor, person)).id;
      rowReport.status = 'created';
      const request = requests.get(rowReport.row);
      if (request) enrolling.push({ report: rowReport, personId: rowReport.personId, person, request });
    }
    const enrolmentIds = await enrolments.enrol(registration, actor, enrolling);
    for (const [index, { report: rowReport }] of enrolling.entries())
      rowReport.enrolmentId = enrolmentIds[index] ?? null;
    await traces.write();
    const result = report(true);
    await auditImport('person.import', result);
    return result;
  });

/**
 * The enrolment's eligibility rules on the rows whose file and enrolment both read (the others are
 * already refused), as problems of their program column, by row.
 */
async function eligibilityProblems(
  enrolments: ImportEnrolments,
  db: Executor,
  actor: Actor,
  now: Date,
  rows: readonly {
    row: number;
    checked: ReturnType<typeof personOfRow>;
    enrolment: ReturnType<typeof enrolmentOfRow>;
    comparable: unknown;
  }[],
): Promise<Map<number, RowError[]>> {
  const asked = rows.flatMap(({ row, checked, enrolment }) =>
    'person' in checked && enrolment && 'request' in enrolment
      ? [{ row, person: checked.person, ...enrolment }]
      : [],
  );
  const refusals = await enrolments.check(db, actor, now, asked);
  const problems = new Map<number, RowError[]>();
  for (const [index, { row, program }] of asked.entries()) {
    const refusal = refusals[index];
    if (refusal) problems.set(row, [refusedEnrolment(program, refusal)]);
  }
  return problems;
}

/** Rows of one multi-row statement: 1,000 timeline events bind 13,000 values, under PostgreSQL's 65,535. */
const tracesPerStatement = 1000;

/**
 * The registration and the enrolment write a timeline event and an audit entry for each file and
 * enrolment: the import keeps them and writes them at the end of its transaction, a thousand rows a
 * statement, rather than two statements a row. The same rows, in the same order; nothing reads them
 * back before the transaction ends.
 */
function deferredTraces(scope: { audit: AuditWriter; timeline: TimelinePublisher }) {
  const entries: AuditEntry[] = [];
  const events: TimelineEvent[] = [];
  const writers: { audit: AuditWriter; timeline: TimelinePublisher } = {
    audit: {
      record: async (entry) => {
        entries.push(entry);
      },
      recordMany: async (many) => {
        entries.push(...many);
      },
    },
    timeline: {
      publish: async (event) => {
        events.push(event);
      },
      publishMany: async (many) => {
        events.push(...many);
      },
    },
  };
  return {
    writers,
    async write() {
      for (let start = 0; start < events.length; start += tracesPerStatement)
        await scope.timeline.publishMany(events.slice(start, start + tracesPerStatement));
      for (let start = 0; start < entries.length; start += tracesPerStatement)
        await scope.audit.recordMany(entries.slice(start, start + tracesPerStatement));
    },
  };
}
