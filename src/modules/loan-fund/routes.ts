import type { FastifyInstance } from 'fastify';
import {
  addProductRoute,
  agreementRoute,
  closePeriodRoute,
  createFundRoute,
  decideApplicationRoute,
  disburseRoute,
  fileApplicationRoute,
  fundDashboardRoute,
  getApplicationRoute,
  getFundRoute,
  getLoanRoute,
  ledgerExportRoute,
  listApplicationsRoute,
  listContributionsRoute,
  listFundsRoute,
  listLoansRoute,
  personLoansRoute,
  recordContributionRoute,
  recordPaymentRoute,
  refundCreditRoute,
  restructureRoute,
  reversePaymentRoute,
  schedulePreviewRoute,
  trialBalanceRoute,
  writeOffRoute,
} from '../../contracts/loan-fund.js';
import { mountFileRoute, mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addProduct } from './use-cases/add-product.js';
import { closePeriod } from './use-cases/close-period.js';
import { createFund } from './use-cases/create-fund.js';
import { decideApplication } from './use-cases/decide-application.js';
import { disburse } from './use-cases/disburse.js';
import { exportLedger } from './use-cases/export-ledger.js';
import { fileApplication } from './use-cases/file-application.js';
import { fundDashboard } from './use-cases/fund-dashboard.js';
import { getApplication } from './use-cases/get-application.js';
import { getFund } from './use-cases/get-fund.js';
import { getLoan } from './use-cases/get-loan.js';
import { listApplications } from './use-cases/list-applications.js';
import { listContributions } from './use-cases/list-contributions.js';
import { listFunds } from './use-cases/list-funds.js';
import { listLoans } from './use-cases/list-loans.js';
import { loanAgreement } from './use-cases/loan-agreement.js';
import { personLoans } from './use-cases/person-loans.js';
import { recordContribution } from './use-cases/record-contribution.js';
import { recordPayment } from './use-cases/record-payment.js';
import { refundCredit } from './use-cases/refund-credit.js';
import { restructureLoan } from './use-cases/restructure-loan.js';
import { reversePayment } from './use-cases/reverse-payment.js';
import { previewSchedule } from './use-cases/schedule-preview.js';
import { getTrialBalance } from './use-cases/trial-balance.js';
import { writeOffLoan } from './use-cases/write-off-loan.js';

export function registerLoanFundRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listFundsRoute, ({ ctx }) => listFunds(deps)(ctx, {}));
  mountRoute(app, createFundRoute, ({ body, ctx }) => createFund(deps)(ctx, body));
  mountRoute(app, getFundRoute, ({ params, ctx }) => getFund(deps)(ctx, { fundId: params.id }));
  mountRoute(app, addProductRoute, ({ params, body, ctx }) =>
    addProduct(deps)(ctx, { ...body, fundId: params.id }),
  );
  mountRoute(app, closePeriodRoute, ({ params, body, ctx }) =>
    closePeriod(deps)(ctx, { ...body, fundId: params.id }),
  );
  mountRoute(app, recordContributionRoute, ({ params, body, ctx }) =>
    recordContribution(deps)(ctx, { ...body, fundId: params.id }),
  );
  mountRoute(app, listContributionsRoute, ({ params, query, ctx }) =>
    listContributions(deps)(ctx, { ...query, fundId: params.id }),
  );
  mountRoute(app, fundDashboardRoute, ({ params, query, ctx }) =>
    fundDashboard(deps)(ctx, { ...query, fundId: params.id }),
  );
  mountRoute(app, trialBalanceRoute, ({ params, query, ctx }) =>
    getTrialBalance(deps)(ctx, { ...query, fundId: params.id }),
  );
  mountFileRoute(app, ledgerExportRoute, 'text/csv; charset=utf-8', async ({ params, query, ctx }) => {
    const { filename, csv } = await exportLedger(deps)(ctx, { ...query, fundId: params.id });
    return { filename, body: csv };
  });
  mountRoute(app, listApplicationsRoute, ({ params, query, ctx }) =>
    listApplications(deps)(ctx, { ...query, fundId: params.id }),
  );
  mountRoute(app, listLoansRoute, ({ params, query, ctx }) =>
    listLoans(deps)(ctx, { ...query, fundId: params.id }),
  );
  mountRoute(app, schedulePreviewRoute, ({ params, body, ctx }) =>
    previewSchedule(deps)(ctx, { ...body, fundId: params.id }),
  );
  mountRoute(app, fileApplicationRoute, ({ body, ctx }) => fileApplication(deps)(ctx, body));
  mountRoute(app, getApplicationRoute, ({ params, ctx }) =>
    getApplication(deps)(ctx, { applicationId: params.id }),
  );
  mountRoute(app, decideApplicationRoute, ({ params, body, ctx }) =>
    decideApplication(deps)(ctx, { ...body, applicationId: params.id }),
  );
  mountRoute(app, getLoanRoute, ({ params, ctx }) => getLoan(deps)(ctx, { loanId: params.id }));
  mountRoute(app, disburseRoute, ({ params, body, ctx }) =>
    disburse(deps)(ctx, { ...body, loanId: params.id }),
  );
  mountRoute(app, recordPaymentRoute, ({ params, body, ctx }) =>
    recordPayment(deps)(ctx, { ...body, loanId: params.id }),
  );
  mountRoute(app, reversePaymentRoute, ({ params, body, ctx }) =>
    reversePayment(deps)(ctx, { ...body, loanId: params.id, paymentId: params.paymentId }),
  );
  mountRoute(app, restructureRoute, ({ params, body, ctx }) =>
    restructureLoan(deps)(ctx, { ...body, loanId: params.id }),
  );
  mountRoute(app, writeOffRoute, ({ params, body, ctx }) =>
    writeOffLoan(deps)(ctx, { ...body, loanId: params.id }),
  );
  mountRoute(app, refundCreditRoute, ({ params, body, ctx }) =>
    refundCredit(deps)(ctx, { ...body, loanId: params.id }),
  );
  mountFileRoute(app, agreementRoute, 'application/pdf', async ({ params, query, ctx }) => {
    const { filename, pdf } = await loanAgreement(deps)(ctx, { ...query, loanId: params.id });
    return { filename, body: pdf };
  });
  mountRoute(app, personLoansRoute, ({ params, ctx }) => personLoans(deps)(ctx, { personId: params.id }));
}
