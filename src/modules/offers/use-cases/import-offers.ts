import type { z } from 'zod';
import { z as zod } from 'zod';
import type { importReport, importRowReport } from '../../../contracts/offers.js';
import { type ImportFileRefusal, readColumnsFile } from '../../../core/spreadsheet/read-columns-file.js';
import { defineUseCase } from '../../../core/use-case.js';
import {
  type EmployerImportOutcome,
  type EmployerSummary,
  employerSummary,
  upsertEmployersByLegalIdentifier,
} from '../../employers/api.js';
import { type OfferFields, offersRepository } from '../adapters/offers-repository.js';
import { importColumnOf, importColumns, maxImportBytes, maxImportRows } from '../domain/import-columns.js';
import { currencyOfCountry } from '../domain/pay.js';
import { offerErrors } from '../errors.js';
import { appErrorRefusal, type Cells, employerColumn, employerRowOf, offerInputOf } from './import-rows.js';
import { offerActor } from './offer-access.js';
import { offerFieldsOf } from './offer-terms.js';

type RowReport = z.infer<typeof importRowReport>;
type Report = z.infer<typeof importReport>;

const input = zod.object({
  content: zod.custom<Buffer>((value) => Buffer.isBuffer(value), { message: 'Expected the file content' }),
  declaredMediaType: zod.string().nullable(),
  dryRun: zod.boolean(),
  fileName: zod.string().max(300).default(''),
});

/** A refusal of the whole file in the offers import's words. */
function refusal(refused: ImportFileRefusal) {
  switch (refused.code) {
    case 'media_type':
      return offerErrors.importMediaType();
    case 'too_large':
      return offerErrors.importTooLarge({ maxMiB: refused.maxMiB });
    case 'empty':
      return offerErrors.importEmpty();
    case 'unreadable':
      return offerErrors.importUnreadable({ format: refused.format });
    case 'too_many_rows':
      return offerErrors.importTooManyRows({ max: refused.max });
    case 'duplicate_column':
      return offerErrors.importDuplicateColumn({ column: refused.column });
    case 'missing_columns':
      return offerErrors.importMissingColumns({ columns: refused.columns });
  }
}

/** Rows with the same identifier in one country are one employer (its first row's columns count). */
const employerKeyOf = (cells: Cells) =>
  `${(cells.country ?? '').toUpperCase()}:${(cells.legal_identifier ?? '').replace(/[^0-9A-Za-z]/g, '')}`;

/** An employer the import is to create: its offers are checked against its country. */
const employerToBe = (
  name: string,
  country: 'FR' | 'US' | 'CA',
  organizationId: string,
): EmployerSummary => ({
  id: '',
  name,
  country,
  legalIdentifier: null,
  siae: false,
  siaeKind: null,
  siaeConsortiumId: null,
  organizationId,
  ownedByOrganization: true,
});

interface PlannedOffer {
  line: number;
  employerIndex: number;
  fields: OfferFields;
}

/**
 * Employers and their job offers from a CSV or XLSX file (docs/offers-import.md). Each row names an
 * employer by its legal identifier — created, or updated with the columns the row fills, by the
 * employers module — and, with an `offer_title`, one offer of that employer checked by the same rules
 * as the form. The dry run writes nothing and says, row by row, what would be created or updated and
 * which rows are refused, why (a stable code) and in which column. The real import re-checks everything
 * and writes every row or none: one refused row and nothing is written.
 */
export const importOffers = defineUseCase(input, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = offerActor(ctx, true);
  const file = await readColumnsFile(
    input.content,
    input.declaredMediaType,
    {
      maxBytes: maxImportBytes,
      maxRows: maxImportRows,
      columnOf: importColumnOf,
      required: importColumns.filter((c) => c.required).map((c) => c.name),
    },
    refusal,
  );
  const { ignoredColumns } = file;
  const rows = file.rows as { line: number; cells: Cells }[];

  // Employers: one import row per identifier, the first row that names it.
  const employerRows: Record<string, unknown>[] = [];
  const employerIndexOfKey = new Map<string, number>();
  const firstLineOfEmployer: number[] = [];
  const reports: RowReport[] = [];
  const employerIndexOfRow = new Map<number, number>();
  for (const { line, cells } of rows) {
    const report: RowReport = {
      row: line,
      employer: { outcome: 'refused', name: cells.employer_name ?? '', employerId: null, fields: [] },
      offer: cells.offer_title ? { outcome: 'refused', title: cells.offer_title, offerId: null } : null,
      refusals: [],
    };
    reports.push(report);
    const key = employerKeyOf(cells);
    const known = employerIndexOfKey.get(key);
    if (known !== undefined && cells.legal_identifier) {
      employerIndexOfRow.set(line, known);
      continue;
    }
    const employer = employerRowOf(cells);
    if ('refusal' in employer) {
      report.refusals.push(employer.refusal);
      continue;
    }
    employerIndexOfKey.set(key, employerRows.length);
    employerIndexOfRow.set(line, employerRows.length);
    firstLineOfEmployer.push(line);
    employerRows.push(employer.row);
  }

  const scope = {
    trx,
    organizationId: actor.organizationId,
    userId: actor.userId,
    requestId: ctx.requestId,
    now,
    newId,
    audit,
  };
  const employerOutcomes = await upsertEmployersByLegalIdentifier(scope, employerRows, { dryRun: true });
  const outcomeOf = (index: number) => employerOutcomes.find((o) => o.row === index) as EmployerImportOutcome;

  // Offers: checked against the employer's country, as the form's would be.
  const planned: PlannedOffer[] = [];
  const references = new Set<string>();
  const repository = offersRepository(trx);
  const summaries = new Map<string, EmployerSummary | undefined>();
  for (const [position, { line, cells }] of rows.entries()) {
    const report = reports[position] as RowReport;
    const index = employerIndexOfRow.get(line);
    if (index === undefined) continue;
    const outcome = outcomeOf(index);
    const first = firstLineOfEmployer[index] as number;
    if (outcome.outcome === 'refused') {
      report.refusals.push(
        first === line
          ? { code: outcome.code, column: employerColumn(outcome.field), message: outcome.message }
          : {
              code: 'OFFER_IMPORT_EMPLOYER_REFUSED',
              column: 'legal_identifier',
              message: {
                en: `The employer of this row is refused on row ${first}.`,
                fr: `L'employeur de cette ligne est refusé à la ligne ${first}.`,
              },
            },
      );
      continue;
    }
    report.employer = {
      outcome: first === line ? outcome.outcome : 'unchanged',
      name: (employerRows[index]?.name as string | undefined) ?? '',
      employerId: outcome.employerId,
      fields: first === line ? outcome.fields : [],
    };
    if (!cells.offer_title) continue;
    const offer = offerInputOf(cells);
    if ('refusal' in offer) {
      report.refusals.push(offer.refusal);
      continue;
    }
    const country = (employerRows[index]?.country as 'FR' | 'US' | 'CA' | undefined) ?? 'FR';
    let employer: EmployerSummary | undefined;
    if (outcome.employerId) {
      if (!summaries.has(outcome.employerId))
        summaries.set(
          outcome.employerId,
          await employerSummary(trx, outcome.employerId, actor.organizationId),
        );
      employer = summaries.get(outcome.employerId);
    } else employer = employerToBe(report.employer.name, country, actor.organizationId);
    if (!employer) throw offerErrors.employerNotFound();
    try {
      const fields = await offerFieldsOf(trx, offer.input, employer, actor.organizationId);
      if (fields.sourceReference) {
        const key = `${fields.source}:${fields.sourceReference}`;
        if (
          references.has(key) ||
          (await repository.idOfSourceReference(actor.organizationId, fields.source, fields.sourceReference))
        ) {
          report.refusals.push({
            ...appErrorRefusal(offerErrors.sourceReferenceTaken()),
            column: 'source_reference',
          });
          continue;
        }
        references.add(key);
      }
      planned.push({ line, employerIndex: index, fields });
    } catch (error) {
      report.refusals.push(appErrorRefusal(error));
    }
  }

  const refusedRows = reports.filter((r) => r.refusals.length > 0).length;
  const report = (committed: boolean): Report => ({
    dryRun: input.dryRun,
    committed,
    format: file.format,
    ignoredColumns,
    summary: {
      rows: reports.length,
      employersCreated: reports.filter((r) => r.employer.outcome === 'created').length,
      employersUpdated: reports.filter((r) => r.employer.outcome === 'updated').length,
      offersCreated: planned.length,
      refusedRows,
    },
    rows: reports,
  });
  for (const r of reports)
    if (r.offer && r.refusals.length === 0) r.offer = { ...r.offer, outcome: 'created' };
  if (input.dryRun || refusedRows > 0) return report(false);

  // The real import: the same rows, written in this one transaction.
  const written = await upsertEmployersByLegalIdentifier(scope, employerRows);
  const employerIdOf = (index: number) => {
    const outcome = written.find((o) => o.row === index);
    if (!outcome || outcome.outcome === 'refused' || !outcome.employerId)
      throw offerErrors.employerNotFound();
    return outcome.employerId;
  };
  for (const r of reports) {
    const index = employerIndexOfRow.get(r.row);
    if (index !== undefined) r.employer.employerId = employerIdOf(index);
  }
  for (const offer of planned) {
    const employerId = employerIdOf(offer.employerIndex);
    const country = (employerRows[offer.employerIndex]?.country as 'FR' | 'US' | 'CA') ?? 'FR';
    const id = newId();
    await repository.insert(
      {
        ...offer.fields,
        id,
        organizationId: actor.organizationId,
        employerId,
        country,
        currency: currencyOfCountry[country],
      },
      actor.userId,
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'offer.create',
      resourceType: 'job_offer',
      resourceId: id,
      requestId: ctx.requestId,
      details: { employerId, contractType: offer.fields.contractType, via: 'import' },
    });
    const row = reports.find((r) => r.row === offer.line);
    if (row?.offer) row.offer.offerId = id;
  }
  const result = report(true);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'offer.import',
    resourceType: 'job_offer_import',
    resourceId: null,
    requestId: ctx.requestId,
    details: { format: file.format, ...result.summary },
  });
  return result;
});
