import type { FastifyInstance } from 'fastify';
import {
  addAidRulesRoute,
  aidReportExportRoute,
  aidReportRoute,
  cancelAidApprovalRoute,
  decideAidRequestRoute,
  fileAidRequestRoute,
  listAidRequestsRoute,
  listAidRulesRoute,
  payAidRequestRoute,
  personAidRequestsRoute,
  readAidBudgetRoute,
  readAidRequestRoute,
  recordAidAllocationRoute,
  reverseAidPaymentRoute,
  withdrawAidRequestRoute,
} from '../../contracts/relocation-aid.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import { spreadsheetMediaTypes } from '../../core/spreadsheet/spreadsheet.js';
import type { Deps } from '../../core/use-case.js';
import { readAidBudget, recordAidAllocation } from './use-cases/aid-budget.js';
import { aidReport, exportAidReport } from './use-cases/aid-report.js';
import { addAidRules, listAidRules } from './use-cases/aid-rules.js';
import { cancelAidApproval } from './use-cases/cancel-aid-approval.js';
import { decideAidRequest } from './use-cases/decide-aid-request.js';
import { fileAidRequest } from './use-cases/file-aid-request.js';
import { payAidRequest } from './use-cases/pay-aid-request.js';
import { listAidRequests, personAidRequests, readAidRequest } from './use-cases/read-aid-requests.js';
import { reverseAidPayment } from './use-cases/reverse-aid-payment.js';
import { withdrawAidRequest } from './use-cases/withdraw-aid-request.js';

export function registerRelocationAidRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listAidRulesRoute, ({ params, ctx }) => listAidRules(deps)(ctx, { programId: params.id }));
  mountRoute(app, addAidRulesRoute, ({ params, body, ctx }) =>
    addAidRules(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, recordAidAllocationRoute, ({ params, body, ctx }) =>
    recordAidAllocation(deps)(ctx, { ...body, programId: params.id }),
  );
  mountRoute(app, readAidBudgetRoute, ({ params, query, ctx }) =>
    readAidBudget(deps)(ctx, { ...query, programId: params.id }),
  );
  mountRoute(app, aidReportRoute, ({ params, query, ctx }) =>
    aidReport(deps)(ctx, { ...query, programId: params.id }),
  );
  mountFileRoute(app, aidReportExportRoute, Object.values(spreadsheetMediaTypes), ({ params, query, ctx }) =>
    exportAidReport(deps)(ctx, { ...query, programId: params.id }),
  );
  mountRoute(app, personAidRequestsRoute, ({ params, ctx }) =>
    personAidRequests(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, fileAidRequestRoute, ({ params, body, ctx }) =>
    fileAidRequest(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, listAidRequestsRoute, ({ query, ctx }) => listAidRequests(deps)(ctx, query));
  mountRoute(app, readAidRequestRoute, ({ params, ctx }) =>
    readAidRequest(deps)(ctx, { requestId: params.id }),
  );
  mountRoute(app, decideAidRequestRoute, ({ params, body, ctx }) =>
    decideAidRequest(deps)(ctx, { requestId: params.id, body }),
  );
  mountRoute(app, payAidRequestRoute, ({ params, body, ctx }) =>
    payAidRequest(deps)(ctx, { ...body, requestId: params.id }),
  );
  mountRoute(app, reverseAidPaymentRoute, ({ params, body, ctx }) =>
    reverseAidPayment(deps)(ctx, { ...body, requestId: params.id }),
  );
  mountRoute(app, cancelAidApprovalRoute, ({ params, body, ctx }) =>
    cancelAidApproval(deps)(ctx, { ...body, requestId: params.id }),
  );
  mountRoute(app, withdrawAidRequestRoute, ({ params, ctx }) =>
    withdrawAidRequest(deps)(ctx, { requestId: params.id }),
  );
}
