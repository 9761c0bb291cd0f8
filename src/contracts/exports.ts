import { z } from 'zod';
import { defineRoute, idParam, isoDate } from './define.js';
import { caseloadQuery } from './people.js';

/**
 * Exports of the lists staff see (docs/exports.md): the same rows as the screen, as CSV or XLSX, with
 * sensitive columns only for the roles that read them; every export audited.
 */
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportKinds = ['caseload', 'enrolments', 'sessions', 'placements'] as const;
export type ExportKind = (typeof exportKinds)[number];

const format = z.enum(exportFormats).default('xlsx').describe('csv (UTF-8 with BOM) or xlsx');
const tags = ['exports'];
/** The file's bytes; the media type follows the format asked for. */
const file = z.string();

export const caseloadExportQuery = caseloadQuery.omit({ page: true, pageSize: true }).extend({ format });

export const exportCaseloadRoute = defineRoute({
  operationId: 'exportCaseload',
  method: 'GET',
  path: '/api/exports/caseload',
  policy: 'session',
  summary: 'The caseload with the filters of the list, every page, as CSV or XLSX (audited)',
  tags,
  query: caseloadExportQuery,
  response: file,
});

export const enrolmentsExportQuery = z.object({
  format,
  status: z.enum(['enrolled', 'exited', 'withdrawn']).optional(),
});

export const exportProgramEnrolmentsRoute = defineRoute({
  operationId: 'exportProgramEnrolments',
  method: 'GET',
  path: '/api/exports/programs/:id/enrolments',
  policy: 'session',
  summary: "A program's enrolments of people my organization follows, as CSV or XLSX (audited)",
  tags,
  params: idParam,
  query: enrolmentsExportQuery,
  response: file,
});

export const sessionsExportQuery = z.object({
  format,
  from: isoDate.optional(),
  audience: z.enum(['beneficiaries', 'staff']).optional(),
});

export const exportSessionsRoute = defineRoute({
  operationId: 'exportSessions',
  method: 'GET',
  path: '/api/exports/sessions',
  policy: 'session',
  summary: 'The sessions list with its counts (enrolled, waitlisted, meetings), as CSV or XLSX (audited)',
  tags,
  query: sessionsExportQuery,
  response: file,
});

export const placementsExportQuery = z.object({
  format,
  referent: z.union([z.literal('me'), z.uuid()]).optional(),
  state: z.enum(['not_started', 'running', 'suspended', 'ended']).optional(),
});

export const exportPlacementsRoute = defineRoute({
  operationId: 'exportPlacements',
  method: 'GET',
  path: '/api/exports/placements',
  policy: 'session',
  summary: 'Hires and contracts of the people my organization follows, as CSV or XLSX (audited)',
  tags,
  query: placementsExportQuery,
  response: file,
});
