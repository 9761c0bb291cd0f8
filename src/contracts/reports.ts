import { z } from 'zod';
import { countingUnits } from '../modules/outcomes/domain/vocabulary.js';
import { targetStatuses } from '../modules/programs/domain/target-trajectory.js';
import { dataQualityChecks } from '../modules/reports/domain/data-quality.js';
import { breakdownKeys, indicatorUnits } from '../modules/reports/domain/indicator.js';
import { reportDefinition } from '../modules/reports/domain/template.js';
import { defineRoute } from './define.js';
import { calendarDate, text } from './primitives.js';

/** Funder reports (docs/reports.md): templates, a report's figures, the people behind one, its files. */

export { reportDefinition };

const programParam = z.object({ programId: z.uuid() });
/** A standard template's key (`ipr_annual`) or a saved template's id. */
const templateRef = z.string().regex(/^[a-z0-9_-]{2,60}$/i);
const reportParams = programParam.extend({ template: templateRef });

const localized = z.object({ fr: z.string(), en: z.string() });

const templateSummary = z.object({
  ref: z.string(),
  source: z.enum(['standard', 'saved']),
  version: z.number().int().nullable(),
  basedOn: z.string().nullable(),
  /** The organization that saved this copy; null for a standard template. */
  organizationId: z.string().nullable(),
  /** Whether the reader may change it (a copy of its own organization, and a role that configures programs). */
  editable: z.boolean(),
  definition: reportDefinition,
});

export const reportQuery = z
  .object({
    from: calendarDate().optional(),
    to: calendarDate().optional(),
    fundId: z.uuid().optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'The period ends on or after its start',
    path: ['to'],
  });

const cell = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  suppressed: z.boolean(),
});

export const reportResult = z.object({
  program: z.object({ id: z.string(), nameFr: z.string(), nameEn: z.string() }),
  template: templateSummary,
  period: z.object({ from: z.string(), to: z.string() }),
  /** The day the figures know up to: the period's end, or today when it is not over. */
  asOf: z.string(),
  countingUnit: z.enum(countingUnits),
  audience: z.enum(['staff', 'funder']),
  /** Whether each figure opens on the people behind it for this reader. */
  drillDown: z.boolean(),
  fund: z.object({ id: z.string(), name: z.string(), currency: z.string() }).nullable(),
  /** Names of the member organizations (breakdown by member organization). */
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: localized,
      unit: z.enum(indicatorUnits),
      countingRule: localized,
      breakdowns: z.array(z.enum(breakdownKeys)),
    }),
  ),
  sections: z.array(
    z.object({
      indicator: z.string(),
      breakdown: z.enum(breakdownKeys).nullable(),
      available: z.boolean(),
      total: cell,
      rows: z.array(z.object({ category: z.string(), cell })),
    }),
  ),
  /** The program's targets whose period overlaps the report's, against actual, with projection and status. */
  targets: z.array(
    z.object({
      organizationId: z.string().nullable(),
      organizationName: z.string().nullable(),
      periodStart: z.string(),
      periodEnd: z.string(),
      unit: z.enum(countingUnits),
      target: z.number().int(),
      /** Null for a funder when 1 to 9 (`suppressed`), as in the sections. */
      actual: z.number().int().nullable(),
      expectedToDate: z.number().nullable(),
      projection: z.number().nullable(),
      status: z.enum(targetStatuses),
      suppressed: z.boolean(),
    }),
  ),
  /** What lowers the report's reliability; a count a funder may not read (under 10) is null. */
  dataQuality: z.array(z.object({ check: z.enum(dataQualityChecks), count: z.number().int().nullable() })),
});

export const listReportTemplatesRoute = defineRoute({
  operationId: 'listReportTemplates',
  method: 'GET',
  path: '/api/programs/:programId/report-templates',
  policy: 'session',
  summary:
    "The report templates a program's reader may run: the standard ones and the copies its organizations saved",
  tags: ['reports'],
  params: programParam,
  response: z.object({
    items: z.array(templateSummary),
    /** The catalogue a template is written with. */
    indicators: z.array(
      z.object({
        code: z.string(),
        name: localized,
        unit: z.enum(indicatorUnits),
        countingRule: localized,
        breakdowns: z.array(z.enum(breakdownKeys)),
      }),
    ),
  }),
});

export const copyReportTemplateRoute = defineRoute({
  operationId: 'copyReportTemplate',
  method: 'POST',
  path: '/api/programs/:programId/report-templates',
  policy: 'session',
  summary: 'Copy a template (standard or saved) for my organization, to change it',
  tags: ['reports'],
  params: programParam,
  body: z.object({
    from: templateRef,
    name: z.object({ fr: text(160), en: text(160) }).optional(),
  }),
  response: templateSummary,
  successStatus: 201,
});

export const updateReportTemplateRoute = defineRoute({
  operationId: 'updateReportTemplate',
  method: 'PUT',
  path: '/api/programs/:programId/report-templates/:template',
  policy: 'session',
  summary: "Save a new version of my organization's copy of a template",
  tags: ['reports'],
  params: reportParams,
  body: z.object({ version: z.number().int().min(1), definition: reportDefinition }),
  response: templateSummary,
});

export const deleteReportTemplateRoute = defineRoute({
  operationId: 'deleteReportTemplate',
  method: 'DELETE',
  path: '/api/programs/:programId/report-templates/:template',
  policy: 'session',
  summary: "Delete my organization's copy of a template",
  tags: ['reports'],
  params: reportParams,
  response: z.undefined(),
  successStatus: 204,
});

export const programReportRoute = defineRoute({
  operationId: 'programReport',
  method: 'GET',
  path: '/api/programs/:programId/reports/:template',
  policy: 'session',
  summary:
    "A program's report over a period: each section's figure in total and by category, computed from the records; funders read aggregates with small cells hidden",
  tags: ['reports'],
  params: reportParams,
  query: reportQuery,
  response: reportResult,
});

export const reportPeopleRoute = defineRoute({
  operationId: 'reportPeople',
  method: 'GET',
  path: '/api/programs/:programId/reports/:template/people',
  policy: 'session',
  summary:
    'The people behind one figure of a report (a section, a category, its numerator or denominator) or behind a data-quality finding, for staff who may see files',
  tags: ['reports'],
  params: reportParams,
  query: z
    .object({
      from: calendarDate().optional(),
      to: calendarDate().optional(),
      fundId: z.uuid().optional(),
      section: z.coerce.number().int().min(0).max(39).optional(),
      category: z.string().max(80).optional(),
      part: z.enum(['value', 'denominator']).default('value'),
      check: z.enum(dataQualityChecks).optional(),
    })
    .describe('A section (and a category, a part) or a data-quality check: one of the two'),
  response: z.object({
    items: z.array(z.object({ personId: z.string(), displayName: z.string(), organizationName: z.string() })),
    /** People of other member organizations behind the figure, counted but not named to this reader. */
    othersCount: z.number().int(),
  }),
});

/** A report's file asked for: its period (the template's by default), fund, format and language. */
const reportFileRequest = z
  .object({
    from: calendarDate().optional(),
    to: calendarDate().optional(),
    fundId: z.uuid().optional(),
    format: z.enum(['xlsx', 'csv', 'pdf']),
    lang: z.enum(['fr', 'en']).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'The period ends on or after its start',
    path: ['to'],
  });

export const reportFileRoute = defineRoute({
  operationId: 'reportFile',
  method: 'GET',
  path: '/api/programs/:programId/reports/:template/file',
  policy: 'session',
  summary:
    "A report as a file: XLSX (one sheet per table, number cells, frozen headers), CSV or PDF (cover, tables and bar charts), in the template's language or the one asked",
  tags: ['reports'],
  params: reportParams,
  query: reportFileRequest,
  response: z.any(),
});

/** A report file produced in the background (docs/reports.md, "Files, queue and scheduled delivery"). */
const reportFileStatus = z.object({
  id: z.string(),
  programId: z.string(),
  template: z.string(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  format: z.enum(['xlsx', 'csv', 'pdf']),
  language: z.enum(['fr', 'en']).nullable(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0 queued, 5 running, 60 once the records are read, 90 once rendered, 100 done. */
  progress: z.number().int().min(0).max(100),
  filename: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  /** Why it failed: REPORT_FILE_NOT_FOUND (access lost), REPORT_FILE_TOO_LARGE, REPORT_FILE_FAILED. */
  errorCode: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The file is deleted after this (seven days). */
  expiresAt: z.string(),
});

export const queueReportFileRoute = defineRoute({
  operationId: 'queueReportFile',
  method: 'POST',
  path: '/api/programs/:programId/reports/:template/files',
  policy: 'session',
  summary:
    "Queue a report's file (XLSX, CSV or PDF) to be produced in the background for me; read its progress, then download it",
  tags: ['reports'],
  params: reportParams,
  body: reportFileRequest,
  response: reportFileStatus,
  successStatus: 202,
});

const reportFileParams = z.object({ id: z.uuid() });

export const reportFileStatusRoute = defineRoute({
  operationId: 'reportFileStatus',
  method: 'GET',
  path: '/api/report-files/:id',
  policy: 'session',
  summary:
    "A queued report file's status and progress (its requester, or staff of its organization reading the same report)",
  tags: ['reports'],
  params: reportFileParams,
  response: reportFileStatus,
});

export const reportFileContentRoute = defineRoute({
  operationId: 'reportFileContent',
  method: 'GET',
  path: '/api/report-files/:id/content',
  policy: 'session',
  summary: 'Download a produced report file; access to the program is checked again',
  tags: ['reports'],
  params: reportFileParams,
  response: z.any(),
});

const reportSubscription = z.object({
  id: z.string(),
  programId: z.string(),
  template: z.string(),
  cadence: z.enum(['monthly', 'quarterly']),
  /** Staff user ids of the organization. */
  recipients: z.array(z.string()),
  format: z.enum(['xlsx', 'csv', 'pdf']),
  language: z.enum(['fr', 'en']),
  createdBy: z.string(),
  createdAt: z.string(),
  /** The day the next period's report is sent (first day after the period). */
  nextRunOn: z.string(),
  lastRunOn: z.string().nullable(),
  active: z.boolean(),
});

export const listReportSubscriptionsRoute = defineRoute({
  operationId: 'listReportSubscriptions',
  method: 'GET',
  path: '/api/programs/:programId/report-subscriptions',
  policy: 'session',
  summary: "My organization's scheduled deliveries of the program's reports",
  tags: ['reports'],
  params: programParam,
  response: z.object({ items: z.array(reportSubscription) }),
});

export const createReportSubscriptionRoute = defineRoute({
  operationId: 'createReportSubscription',
  method: 'POST',
  path: '/api/programs/:programId/report-subscriptions',
  policy: 'session',
  summary:
    'Send a report every month or quarter to staff of my organization: a message with a link to the report page (behind the login), never its figures',
  tags: ['reports'],
  params: programParam,
  body: z.object({
    template: templateRef,
    cadence: z.enum(['monthly', 'quarterly']),
    recipients: z.array(z.uuid()).min(1).max(50),
    format: z.enum(['xlsx', 'csv', 'pdf']).optional(),
    language: z.enum(['fr', 'en']),
  }),
  response: reportSubscription,
  successStatus: 201,
});

export const cancelReportSubscriptionRoute = defineRoute({
  operationId: 'cancelReportSubscription',
  method: 'DELETE',
  path: '/api/programs/:programId/report-subscriptions/:subscriptionId',
  policy: 'session',
  summary: 'Stop a scheduled delivery of a report',
  tags: ['reports'],
  params: programParam.extend({ subscriptionId: z.uuid() }),
  response: z.undefined(),
  successStatus: 204,
});
