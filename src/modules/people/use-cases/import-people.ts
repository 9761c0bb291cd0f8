import { z } from 'zod';
import type { peopleImportReport, peopleImportRowReport } from '../../../contracts/people-import.js';
import { type AuditEntry, type AuditWriter, auditWriter } from '../../../core/audit/audit-log.js';
import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import {
  type TimelineEvent,
  type TimelinePublisher,
  timelinePublisher,
} from '../../../core/timeline/timeline.js';
import type { Deps, UseCase, UseCaseScope } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { maxPeopleImportRows, peopleImportRoles } from '../domain/people-import-columns.js';
import { peopleImportErrors } from '../import-errors.js';
import { consortiumPartnersOf } from './duplicate-candidates.js';
import {
  comparableOfCells,
  duplicatesWithinFile,
  probesOfRows,
  readRowsCandidates,
  scoreRowsDuplicates,
} from './import-people-duplicates.js';
import {
  enrolmentOfRow,
  type ImportEnrolmentRequest,
  type ImportEnrolments,
  programsByWord,
  refusedEnrolment,
} from './import-people-enrolments.js';
import { type PeopleFile, readPeopleFile } from './import-people-file.js';
import { type ImportedPerson, personOfRow, type RowError } from './import-people-rows.js';
import { registerPerson } from './register-person.js';

type RowReport = z.infer<typeof peopleImportRowReport>;
type Report = z.infer<typeof peopleImportReport>;
type RowDuplicates = ReturnType<typeof scoreRowsDuplicates>[number];
type InFile = ReturnType<typeof duplicatesWithinFile>;

export const importPeopleInput = z.object({
  content: z.custom<Buffer>((value) => Buffer.isBuffer(value), { message: 'Expected the file content' }),
  declaredMediaType: z.string().nullable(),
  dryRun: z.boolean(),
  /** Lines of the file (the header is line 1) the user chose not to import. */
  skip: z.array(z.number().int()).max(maxPeopleImportRows).default([]),
  fileName: z.string().max(300).default(''),
});
type Input = z.output<typeof importPeopleInput>;

/** Active staff of the organization by their address in lower case: the referent column names one. */
async function referentsByEmail(db: Executor, organizationId: string): Promise<Map<string, string>> {
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  const mailboxes = await accountsApi(db).mailboxes(staff.map((s) => s.userId));
  return new Map([...mailboxes].map(([userId, box]) => [box.email.trim().toLowerCase(), userId]));
}

/**
 * Every row checked by the rules of registering one person and of the enrolment (these read the
 * database: the organization's staff, its programs, the eligibility rules); the duplicates come apart.
 */
async function checkedRows(
  db: Executor,
  enrolments: ImportEnrolments,
  actor: Actor,
  now: Date,
  file: PeopleFile,
  skipped: ReadonlySet<number>,
) {
  const referents = await referentsByEmail(db, actor.organizationId);
  const partners = await consortiumPartnersOf(db, actor.organizationId);
  const asksEnrolment = file.rows.some(
    ({ cells }) => cells.program || cells.enrolled_on || cells.intake_source,
  );
  const programs = programsByWord(asksEnrolment ? await enrolments.programsOf(db, actor) : []);
  const read = file.rows.map(({ row, cells }) => ({
    row,
    cells,
    checked: personOfRow(cells, referents),
    enrolment: enrolmentOfRow(cells, programs),
  }));
  const eligibility = await eligibilityProblems(
    enrolments,
    db,
    actor,
    now,
    read.filter(({ row }) => !skipped.has(row)),
  );
  return { partners, read, eligibility };
}

/**
 * The report of every row, and the files and enrolments of the rows that may be imported. `duplicates`
 * among the files: the preview's only (the import does not look again, the user decided on the preview).
 */
function rowReports(
  checks: Awaited<ReturnType<typeof checkedRows>>,
  skipped: ReadonlySet<number>,
  withinFile: InFile,
  duplicates: readonly RowDuplicates[],
  locale: RequestContext['locale'],
) {
  const people = new Map<number, ImportedPerson>();
  const requests = new Map<number, ImportEnrolmentRequest>();
  const reports: RowReport[] = checks.read.map(({ row, cells, checked, enrolment }, index) => {
    const errors = [
      ...('errors' in checked ? checked.errors : []),
      ...(enrolment && 'errors' in enrolment ? enrolment.errors : []),
      ...(checks.eligibility.get(row) ?? []),
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
        ? { id: program.id, code: program.code, name: locale === 'fr' ? program.nameFr : program.nameEn }
        : null,
      errors,
      duplicates: {
        ...(status === 'skipped'
          ? { organization: [], elsewhere: false }
          : (duplicates[index] ?? { organization: [], elsewhere: false })),
        inFile: withinFile.get(row) ?? [],
      },
      personId: null,
      enrolmentId: null,
    };
  });
  return { reports, people, requests };
}

function reportOf(input: Input, file: PeopleFile, reports: RowReport[], committed: boolean): Report {
  const count = (status: RowReport['status']) => reports.filter((r) => r.status === status).length;
  return {
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
      enrolments: committed
        ? reports.filter((r) => r.enrolmentId).length
        : reports.filter((r) => r.status === 'ok' && r.program).length,
    },
    rows: reports,
  };
}

function auditImport(
  audit: AuditWriter,
  actor: Actor,
  ctx: RequestContext,
  action: string,
  result: Report,
  partners: readonly string[],
) {
  return audit.record({
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
}

/** One transaction with what a use case gets (audit, timeline, clock), as `defineUseCase` opens it. */
function inTransaction<T>(
  deps: Deps,
  ctx: RequestContext,
  input: Input,
  now: Date,
  run: (scope: UseCaseScope<Input>) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute((trx) =>
    run({
      input,
      ctx,
      trx,
      now,
      newId: deps.newId,
      audit: auditWriter(trx, () => now, deps.newId),
      timeline: timelinePublisher(trx, () => now, deps.newId),
      deps,
    }),
  );
}

/**
 * People from a CSV or XLSX file (docs/people-import.md). Every row is checked with the rules of
 * registering one person and looked up for possible duplicates: files of the organization (with their
 * names and the rule's reasons), other rows of the same file, and — a yes or no only — files followed by
 * another member organization of its consortia; a row naming a program is checked with the enrolment's
 * rules (`enrolments`, from programs). Counselors and coordinators only.
 *
 * The preview writes nothing but its audit entry. It reads what the checks and the duplicates need in
 * one transaction, then scores the duplicates with none open (the rule's work on a 2,000-row file
 * outlasted the server's idle-in-transaction timeout under load), then writes its audit entry before
 * answering. The import checks again and opens a file for every row kept (not skipped), through the
 * registration itself (duplicate keys, timeline, one audit entry per file), then enrols those that name
 * a program through the enrolment, all in one transaction: one kept row refused and nothing is written.
 * The pairs of rows within the file read no database and are scored before any transaction opens.
 */
export const importPeople =
  (enrolments: ImportEnrolments): UseCase<typeof importPeopleInput, Report> =>
  (deps) =>
  async (ctx, rawInput) => {
    const input = importPeopleInput.parse(rawInput);
    const actor = requireActor(ctx);
    requireRole(actor, peopleImportRoles);
    const file = await readPeopleFile(input.content, input.declaredMediaType);
    const lines = new Set(file.rows.map((r) => r.row));
    for (const row of input.skip) if (!lines.has(row)) throw peopleImportErrors.skippedRowUnknown({ row });
    const skipped = new Set(input.skip);
    const comparables = file.rows.map(({ row, cells }) =>
      skipped.has(row) ? null : comparableOfCells(cells),
    );
    const withinFile = duplicatesWithinFile(
      file.rows.map(({ row }, i) => ({ row, person: comparables[i] ?? null })),
    );
    const now = deps.clock.now();

    if (input.dryRun) {
      const probed = probesOfRows(comparables);
      const { checks, candidates } = await deps.db.transaction().execute(async (trx) => {
        const checks = await checkedRows(trx, enrolments, actor, now, file, skipped);
        const candidates = await readRowsCandidates(trx, probed, actor.organizationId, checks.partners);
        return { checks, candidates };
      });
      const duplicates = scoreRowsDuplicates(candidates);
      const result = reportOf(
        input,
        file,
        rowReports(checks, skipped, withinFile, duplicates, ctx.locale).reports,
        false,
      );
      await inTransaction(deps, ctx, input, now, ({ audit }) =>
        auditImport(audit, actor, ctx, 'person.import_preview', result, checks.partners),
      );
      return result;
    }

    return inTransaction(deps, ctx, input, now, async (scope) => {
      const checks = await checkedRows(scope.trx, enrolments, actor, now, file, skipped);
      const { reports, people, requests } = rowReports(checks, skipped, withinFile, [], ctx.locale);
      if (reports.some((r) => r.status === 'error')) {
        const result = reportOf(input, file, reports, false);
        await auditImport(scope.audit, actor, ctx, 'person.import_refused', result, checks.partners);
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
      const result = reportOf(input, file, reports, true);
      await auditImport(scope.audit, actor, ctx, 'person.import', result, checks.partners);
      return result;
    });
  };

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
