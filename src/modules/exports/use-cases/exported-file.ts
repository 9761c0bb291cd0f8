import type { ExportFormat, ExportKind } from '../../../contracts/exports.js';
import type { AuditWriter } from '../../../core/audit/audit-log.js';
import type { Actor } from '../../../core/auth/actor.js';
import { translate } from '../../../core/i18n/locale.js';
import {
  type ColumnType,
  type SpreadsheetColumn,
  type SpreadsheetRow,
  type SpreadsheetSheet,
  spreadsheetMediaTypes,
} from '../../../core/spreadsheet/spreadsheet.js';
import { exportFileName } from '../domain/export-file-name.js';
import { type ExportHeader, headerOf, sheetNames } from '../domain/export-texts.js';
import { exportErrors } from '../errors.js';

/** What an export use case hands the route: the sheet to write, its name and media type. */
export interface ExportedFile {
  filename: string;
  format: ExportFormat;
  mediaType: string;
  sheet: SpreadsheetSheet;
  rows: number;
}

/** Rows an export may hold: far above an organization's lists, bounded so that one request stays bounded. */
export const exportRowLimit = 200_000;

export function requireWithinLimit(complete: boolean): void {
  if (!complete) throw exportErrors.tooLarge({ limit: exportRowLimit });
}

/** A column of an export: its header in the actor's language. */
export function column<K extends ExportHeader>(
  key: K,
  type: ColumnType,
  locale: Actor['locale'],
): SpreadsheetColumn<K> {
  return { key, header: headerOf(key, locale), type };
}

/**
 * The file of an export, audited: its kind, format, the filters given (their names; values only for
 * those that name no one and reveal nothing sensitive), whether sensitive columns were included, and
 * the number of rows. Never a row's content.
 */
export async function exportedFile<K extends ExportHeader, S>(options: {
  actor: Actor;
  requestId: string;
  audit: AuditWriter;
  kind: ExportKind;
  format: ExportFormat;
  day: string;
  qualifier?: string;
  columns: readonly SpreadsheetColumn<K>[];
  /** What the rows are made of, one each; turned into rows only as the file is written. */
  source: readonly S[];
  row: (item: S) => SpreadsheetRow<K>;
  filters: Record<string, unknown>;
  /** Filters whose value is recorded (ids of programs, codes); the others are recorded by name only. */
  recordedValues: readonly string[];
  sensitiveColumns: boolean;
  resourceId?: string;
}): Promise<ExportedFile> {
  const { actor } = options;
  const given = Object.entries(options.filters).filter(([, value]) => value !== undefined && value !== '');
  await options.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: `export.${options.kind}`,
    resourceType: 'export',
    resourceId: options.resourceId ?? null,
    requestId: options.requestId,
    details: {
      kind: options.kind,
      format: options.format,
      filters: given.map(([name]) => name).sort(),
      filterValues: Object.fromEntries(given.filter(([name]) => options.recordedValues.includes(name))),
      sensitiveColumns: options.sensitiveColumns,
      columns: options.columns.map((c) => c.key),
      rows: options.source.length,
    },
  });
  return {
    filename: exportFileName(options.kind, options.day, options.format, options.qualifier),
    format: options.format,
    mediaType: spreadsheetMediaTypes[options.format],
    rows: options.source.length,
    sheet: {
      name: translate(sheetNames[options.kind], actor.locale),
      columns: options.columns,
      rows: lazily(options.source, options.row),
    },
  };
}

/** The rows made from their source as they are read (each reading anew), so that they are never all held twice. */
function lazily<S, R>(source: readonly S[], row: (item: S) => R): Iterable<R> {
  return {
    *[Symbol.iterator]() {
      for (const item of source) yield row(item);
    },
  };
}
