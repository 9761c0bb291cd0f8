import type { FastifyInstance } from 'fastify';
import {
  copyReportTemplateRoute,
  deleteReportTemplateRoute,
  listReportTemplatesRoute,
  programReportRoute,
  reportFileRoute,
  reportPeopleRoute,
  updateReportTemplateRoute,
} from '../../contracts/reports.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import { spreadsheetMediaTypes } from '../../core/spreadsheet/spreadsheet.js';
import type { Deps } from '../../core/use-case.js';
import {
  copyReportTemplate,
  deleteReportTemplate,
  updateReportTemplate,
} from './use-cases/edit-templates.js';
import { listReportTemplates } from './use-cases/list-templates.js';
import { programReport } from './use-cases/program-report.js';
import { reportFile } from './use-cases/report-file.js';
import { reportPeople } from './use-cases/report-people.js';

/** The media type of each format a report's file comes in. */
const reportMediaTypes = { ...spreadsheetMediaTypes, pdf: 'application/pdf' } as const;

export function registerReportRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listReportTemplatesRoute, ({ params, ctx }) => listReportTemplates(deps)(ctx, params));
  mountRoute(app, copyReportTemplateRoute, ({ params, body, ctx }) =>
    copyReportTemplate(deps)(ctx, { ...params, ...body }),
  );
  mountRoute(app, updateReportTemplateRoute, ({ params, body, ctx }) =>
    updateReportTemplate(deps)(ctx, { ...params, ...body }),
  );
  mountRoute(app, deleteReportTemplateRoute, async ({ params, ctx }) => {
    await deleteReportTemplate(deps)(ctx, params);
    return undefined;
  });
  mountRoute(app, programReportRoute, ({ params, query, ctx }) =>
    programReport(deps)(ctx, { ...params, ...query }),
  );
  mountRoute(app, reportPeopleRoute, ({ params, query, ctx }) =>
    reportPeople(deps)(ctx, { ...params, ...query }),
  );
  // One route, two media types: the format chosen in the query decides which.
  mountFileRoute(
    app,
    reportFileRoute,
    [spreadsheetMediaTypes.xlsx, spreadsheetMediaTypes.csv, reportMediaTypes.pdf],
    async ({ params, query, ctx }) => ({
      ...(await reportFile(deps)(ctx, { ...params, ...query })),
      contentType: reportMediaTypes[query.format],
    }),
  );
}
