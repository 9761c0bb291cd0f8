import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, type RouteContract } from '../../contracts/define.js';
import {
  exportCaseloadRoute,
  exportPlacementsRoute,
  exportProgramEnrolmentsRoute,
  exportSessionsRoute,
} from '../../contracts/exports.js';
import { contractSchema, fileResponse, type RouteInput, routeInputOf } from '../../core/http/mount.js';
import { spreadsheetMediaTypes } from '../../core/spreadsheet/spreadsheet.js';
import { spreadsheetStream } from '../../core/spreadsheet/write-spreadsheet.js';
import type { Deps } from '../../core/use-case.js';
import { exportCaseload } from './use-cases/export-caseload.js';
import { exportProgramEnrolments } from './use-cases/export-enrolments.js';
import { exportPlacements } from './use-cases/export-placements.js';
import { exportSessions } from './use-cases/export-sessions.js';
import type { ExportedFile } from './use-cases/exported-file.js';

/**
 * An export route: the use case reads, checks and audits in its transaction; once it has committed,
 * the file is written as the reply is sent (XLSX and CSV both streamed, memory flat in the writer).
 */
function mountExportRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: (input: RouteInput<C>) => Promise<ExportedFile>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    config: { policy: contract.policy },
    schema: {
      ...contractSchema(contract),
      response: {
        200: fileResponse(Object.values(spreadsheetMediaTypes)),
        '4xx': errorBody,
        '5xx': errorBody,
      },
    },
    handler: async (request, reply) => {
      const file = await handler(routeInputOf<C>(request, reply));
      const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename="${safeName}"`)
        .header('cache-control', 'no-store')
        .header('x-export-rows', String(file.rows))
        .send(spreadsheetStream(file.format, [file.sheet]));
    },
  });
}

export function registerExportRoutes(app: FastifyInstance, deps: Deps): void {
  mountExportRoute(app, exportCaseloadRoute, ({ query, ctx }) => exportCaseload(deps)(ctx, query));
  mountExportRoute(app, exportProgramEnrolmentsRoute, ({ params, query, ctx }) =>
    exportProgramEnrolments(deps)(ctx, { ...query, programId: params.id }),
  );
  mountExportRoute(app, exportSessionsRoute, ({ query, ctx }) => exportSessions(deps)(ctx, query));
  mountExportRoute(app, exportPlacementsRoute, ({ query, ctx }) => exportPlacements(deps)(ctx, query));
}
