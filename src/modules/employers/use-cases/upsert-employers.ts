import { z } from 'zod';
import { employerBody } from '../../../contracts/employers.js';
import { plainText } from '../../../contracts/primitives.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Executor } from '../../../core/db/types.js';
import { AppError } from '../../../core/errors.js';
import type { Translated } from '../../../core/i18n/locale.js';
import type { IdGenerator } from '../../../core/ids.js';
import {
  type EmployerFields,
  type EmployerRecord,
  employersRepository,
} from '../adapters/employers-repository.js';
import { checkLegalIdentifier, legalIdentifierSchemeOf } from '../domain/legal-identifier.js';
import { consortiaOf } from './employer-access.js';
import {
  changedEmployerFields,
  employerFieldsOf,
  employerSearchText,
  fieldsOfRecord,
  givenEmployerFields,
} from './employer-fields.js';

/**
 * One employer of an import file (CSV or XLSX, read by the offers module's import): the legal
 * identifier is required, since it is what finds the employer already in the directory. A column the
 * file does not have (undefined) leaves the directory's value as it is; the SIAE's consortium is
 * never imported (a file does not know the platform's ids).
 */
export const employerImportRow = employerBody
  .omit({ siaeConsortiumId: true })
  .partial({ siae: true, sharedWithConsortium: true })
  .extend({
    legalIdentifier: plainText().trim().min(1).max(40).describe('SIRET, EIN or NEQ, required to match'),
  });
export type EmployerImportRow = z.input<typeof employerImportRow>;

export type EmployerImportOutcome =
  | { row: number; outcome: 'created' | 'updated' | 'unchanged'; employerId: string | null; fields: string[] }
  | { row: number; outcome: 'refused'; code: string; message: Translated; field: string | null };

export interface EmployerImportScope {
  /** The caller's transaction: the whole import is one, committed or rolled back by the caller. */
  trx: Executor;
  organizationId: string;
  /** Who imports (for the audit); the caller has checked they hold `employerWriteRoles`. */
  userId: string;
  requestId: string | null;
  now: Date;
  newId: IdGenerator;
  audit: AuditWriter;
}

function refusal(row: number, error: unknown, fallbackField: string | null): EmployerImportOutcome {
  if (error instanceof AppError) {
    const field = (error.details as { field?: string } | undefined)?.field ?? fallbackField;
    return { row, outcome: 'refused', code: error.code, message: error.messages, field };
  }
  if (error instanceof z.ZodError) {
    const path = error.issues[0]?.path.join('.') || fallbackField;
    return {
      row,
      outcome: 'refused',
      code: 'VALIDATION_FAILED',
      message: {
        en: `This value is missing or invalid: ${error.issues[0]?.message ?? ''}`,
        fr: `Cette valeur est manquante ou invalide : ${error.issues[0]?.message ?? ''}`,
      },
      field: path ?? null,
    };
  }
  throw error;
}

const duplicateRow = (first: number): Translated => ({
  en: `The file already has this identifier on row ${first + 1}: that row is the one kept.`,
  fr: `Le fichier contient déjà cet identifiant à la ligne ${first + 1} : c'est elle qui est retenue.`,
});

/**
 * Creates or updates employers of an organization by legal identifier, row by row, in the caller's
 * transaction: a row with a new identifier creates an employer, one the directory holds updates the
 * columns the file gives (audited with their names), one with nothing new is left alone. Each refused
 * row says why (the same codes and messages as the directory's forms) and changes nothing. With
 * `dryRun`, nothing is written: the outcomes say what the real import would do.
 */
export async function upsertEmployersByLegalIdentifier(
  scope: EmployerImportScope,
  rows: readonly unknown[],
  options: { dryRun?: boolean } = {},
): Promise<EmployerImportOutcome[]> {
  const consortia = (await consortiaOf(scope.trx, scope.organizationId)).map((c) => c.id);
  const repo = employersRepository(scope.trx);
  const outcomes: EmployerImportOutcome[] = [];
  const planned: { row: number; fields: EmployerFields; typed: Record<string, unknown> }[] = [];
  const firstRowOf = new Map<string, number>();

  rows.forEach((raw, row) => {
    try {
      const typed = employerImportRow.parse(raw);
      const check = checkLegalIdentifier(typed.country, typed.legalIdentifier);
      const fields = employerFieldsOf(
        { ...typed, siae: typed.siae ?? false, sharedWithConsortium: typed.sharedWithConsortium ?? false },
        consortia,
      );
      const key = `${check.scheme}:${fields.legalId}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        outcomes.push({
          row,
          outcome: 'refused',
          code: 'EMPLOYER_IMPORT_DUPLICATE_ROW',
          message: duplicateRow(first),
          field: 'legalIdentifier',
        });
        return;
      }
      firstRowOf.set(key, row);
      planned.push({ row, fields, typed: raw as Record<string, unknown> });
    } catch (error) {
      outcomes.push(refusal(row, error, 'legalIdentifier'));
    }
  });

  const existing = new Map<string, EmployerRecord>();
  for (const country of ['FR', 'US', 'CA'] as const) {
    const scheme = legalIdentifierSchemeOf[country];
    const ids = planned
      .filter((p) => p.fields.legalIdScheme === scheme)
      .map((p) => p.fields.legalId as string);
    for (const [id, record] of await repo.byLegalIds(scope.organizationId, scheme, ids, !options.dryRun))
      existing.set(`${scheme}:${id}`, record);
  }

  for (const { row, fields, typed } of planned) {
    const current = existing.get(`${fields.legalIdScheme}:${fields.legalId}`);
    if (!current) {
      const employerId = options.dryRun ? null : scope.newId();
      if (employerId) {
        await repo.insert({
          id: employerId,
          organizationId: scope.organizationId,
          fields,
          searchText: employerSearchText(fields.name),
          createdBy: scope.userId,
          now: scope.now,
        });
        await audit(scope, 'employer.create', employerId, givenEmployerFields(fields));
      }
      outcomes.push({ row, outcome: 'created', employerId, fields: givenEmployerFields(fields) });
      continue;
    }
    // Only the columns the file has; the SIAE's consortium stays the directory's.
    const before = fieldsOfRecord(current);
    const after: EmployerFields = { ...before };
    for (const key of Object.keys(before) as (keyof EmployerFields)[]) {
      const column =
        key === 'sectorScheme' ? 'sectorCode' : key === 'legalIdScheme' ? 'legalIdentifier' : key;
      if (column in typed && typed[column] !== undefined)
        (after as Record<string, unknown>)[key] = fields[key];
    }
    if (!after.siae) {
      after.siaeKind = null;
      after.siaeConsortiumId = null;
    }
    const changed = changedEmployerFields(before, after);
    if (changed.length === 0) {
      outcomes.push({ row, outcome: 'unchanged', employerId: current.id, fields: [] });
      continue;
    }
    if (!options.dryRun) {
      await repo.update(current.id, after, employerSearchText(after.name), scope.now);
      await audit(scope, 'employer.update', current.id, changed);
    }
    outcomes.push({ row, outcome: 'updated', employerId: current.id, fields: changed });
  }
  return outcomes.sort((a, b) => a.row - b.row);
}

async function audit(scope: EmployerImportScope, action: string, employerId: string, fields: string[]) {
  await scope.audit.record({
    actorUserId: scope.userId,
    organizationId: scope.organizationId,
    subjectOrganizationId: scope.organizationId,
    action,
    resourceType: 'employer',
    resourceId: employerId,
    requestId: scope.requestId,
    details: { fields, via: 'import' },
  });
}
