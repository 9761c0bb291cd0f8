import type { FastifyInstance } from 'fastify';
import {
  cancelReportSubscriptionRoute,
  copyReportTemplateRoute,
  createReportSubscriptionRoute,
  deleteReportTemplateRoute,
  listReportSubscriptionsRoute,
  listReportTemplatesRoute,
  programReportRoute,
  queueReportFileRoute,
  reportFileContentRoute,
  reportFileRoute,
  reportFileStatusRoute,
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
import { queueReportFile, reportFileContent, reportFileStatus } from './use-cases/report-files.js';
import { reportPeople } from './use-cases/report-people.js';
import {
  cancelReportSubscription,
  createReportSubscription,
  listReportSubscriptions,
} from './use-cases/subscriptions.js';

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
  // Files produced in the background, and reports sent on a schedule.
  mountRoute(app, queueReportFileRoute, ({ params, body, ctx }) =>
    queueReportFile(deps)(ctx, { ...params, ...body }),
  );
  mountRoute(app, reportFileStatusRoute, ({ params, ctx }) => reportFileStatus(deps)(ctx, params));
  mountFileRoute(app, reportFileContentRoute, Object.values(reportMediaTypes), ({ params, ctx }) =>
    reportFileContent(deps)(ctx, params),
  );
  mountRoute(app, listReportSubscriptionsRoute, ({ params, ctx }) =>
    listReportSubscriptions(deps)(ctx, params),
  );
  mountRoute(app, createReportSubscriptionRoute, ({ params, body, ctx }) =>
    createReportSubscription(deps)(ctx, { ...params, ...body }),
  );
  mountRoute(app, cancelReportSubscriptionRoute, async ({ params, ctx }) => {
    await cancelReportSubscription(deps)(ctx, params);
    return undefined;
  });
}
