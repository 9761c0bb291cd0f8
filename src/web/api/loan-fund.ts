import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addProductRoute,
  agreementRoute,
  closePeriodRoute,
  contributionInput,
  decideApplicationRoute,
  disburseRoute,
  fileApplicationRoute,
  fundDashboard,
  fundDashboardRoute,
  getFundRoute,
  getLoanRoute,
  type LoanDetail,
  ledgerExportRoute,
  listApplicationsRoute,
  listContributionsRoute,
  listFundsRoute,
  listLoansRoute,
  loanDetail,
  personLoansRoute,
  recordContributionRoute,
  recordPaymentRoute,
  refundCreditRoute,
  restructureRoute,
  reversePaymentRoute,
  schedulePreviewRoute,
  trialBalance,
  trialBalanceRoute,
  writeOffRoute,
} from '../../contracts/loan-fund.js';
import { buildUrl, type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type { ApplicationView, LoanDetail } from '../../contracts/loan-fund.js';
export {
  applicationStatuses,
  loanPurposes,
  paymentMethods,
} from '../../contracts/loan-fund.js';

// The vocabularies come from the contract, as the web app takes every vocabulary (see programs, people).
export const agingBuckets = fundDashboard.shape.aging.element.shape.bucket.options;
export const contributionKinds = contributionInput.shape.kind.options;
export const ledgerAccounts = trialBalance.shape.accounts.element.shape.account.options;
export const loanStatuses = loanDetail.shape.status.options;

export type FundDetail = Awaited<ReturnType<typeof fetchFund>>;
export type FundDashboard = Awaited<ReturnType<typeof fetchDashboard>>;
export type PersonLoans = Awaited<ReturnType<typeof fetchPersonLoans>>;
export type SchedulePreviewBody = CallPart<typeof schedulePreviewRoute, 'body'>;

function fetchFund(fundId: string, signal?: AbortSignal) {
  return call(getFundRoute, { params: { id: fundId }, signal });
}

function fetchDashboard(fundId: string, asOf: string | undefined, signal?: AbortSignal) {
  return call(fundDashboardRoute, { params: { id: fundId }, query: { asOf }, signal });
}

function fetchPersonLoans(personId: string, signal?: AbortSignal) {
  return call(personLoansRoute, { params: { id: personId }, signal });
}

export function useLoanFunds() {
  const session = useSession();
  return useQuery({
    queryKey: ['loan-funds', session.organization.id],
    queryFn: async ({ signal }) => (await call(listFundsRoute, { signal })).items,
    meta: { inlineErrors: true },
  });
}

export function useLoanFund(fundId: string) {
  return useQuery({
    queryKey: ['loan-fund', fundId],
    queryFn: ({ signal }) => fetchFund(fundId, signal),
    meta: { inlineErrors: true },
  });
}

export function useFundDashboard(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['loan-fund', fundId, 'dashboard', asOf ?? null],
    queryFn: ({ signal }) => fetchDashboard(fundId, asOf, signal),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useTrialBalance(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['loan-fund', fundId, 'trial-balance', asOf ?? null],
    queryFn: ({ signal }) => call(trialBalanceRoute, { params: { id: fundId }, query: { asOf }, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export type ApplicationFilters = CallPart<typeof listApplicationsRoute, 'query'>;

export function useFundApplications(fundId: string, filters: ApplicationFilters) {
  return useQuery({
    queryKey: ['loan-fund', fundId, 'applications', filters],
    queryFn: ({ signal }) => call(listApplicationsRoute, { params: { id: fundId }, query: filters, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export type LoanFilters = CallPart<typeof listLoansRoute, 'query'>;

export function useFundLoans(fundId: string, filters: LoanFilters) {
  return useQuery({
    queryKey: ['loan-fund', fundId, 'loans', filters],
    queryFn: ({ signal }) => call(listLoansRoute, { params: { id: fundId }, query: filters, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useContributions(fundId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['loan-fund', fundId, 'contributions', page, pageSize],
    queryFn: ({ signal }) =>
      call(listContributionsRoute, { params: { id: fundId }, query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useAddProduct(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof addProductRoute, 'body'>) =>
      call(addProductRoute, { params: { id: fundId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['loan-fund', fundId] });
      // A person's loan tab offers the fund's products.
      await queryClient.invalidateQueries({ queryKey: ['person-loans'] });
    },
  });
}

export function useRecordContribution(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof recordContributionRoute, 'body'>) =>
      call(recordContributionRoute, { params: { id: fundId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['loan-fund', fundId] }),
  });
}

export function useClosePeriod(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof closePeriodRoute, 'body'>) =>
      call(closePeriodRoute, { params: { id: fundId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['loan-fund', fundId] }),
  });
}

export function useDecideApplication(fundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { applicationId: string; body: CallPart<typeof decideApplicationRoute, 'body'> }) =>
      call(decideApplicationRoute, { params: { id: input.applicationId }, body: input.body }),
    meta: { inlineErrors: true },
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: ['loan-fund', fundId] });
      await queryClient.invalidateQueries({ queryKey: ['person-loans', application.personId] });
    },
  });
}

export function usePersonLoans(personId: string) {
  return useQuery({
    queryKey: ['person-loans', personId],
    queryFn: ({ signal }) => fetchPersonLoans(personId, signal),
    meta: { inlineErrors: true },
  });
}

export function useFileApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof fileApplicationRoute, 'body'>) => call(fileApplicationRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: ['person-loans', application.personId] });
      await queryClient.invalidateQueries({ queryKey: ['loan-fund', application.fundId] });
    },
  });
}

/** A dry run of the product's schedule for the amount being asked; nothing is written. */
export function useSchedulePreview(fundId: string | null, body: SchedulePreviewBody | null) {
  return useQuery({
    queryKey: ['schedule-preview', fundId, body],
    enabled: Boolean(fundId && body),
    queryFn: ({ signal }) =>
      call(schedulePreviewRoute, {
        params: { id: fundId as string },
        body: body as SchedulePreviewBody,
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    meta: { inlineErrors: true },
  });
}

export function useLoan(loanId: string) {
  return useQuery({
    queryKey: ['loan', loanId],
    queryFn: ({ signal }) => call(getLoanRoute, { params: { id: loanId }, signal }),
    meta: { inlineErrors: true },
  });
}

/** Every loan action answers the loan as it now stands: the page shows it at once, lists refresh. */
function useLoanAction<Input, Result extends LoanDetail>(
  loanId: string,
  action: (input: Input) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    meta: { inlineErrors: true },
    onSuccess: async (loan) => {
      queryClient.setQueryData(['loan', loanId], loan);
      await queryClient.invalidateQueries({ queryKey: ['loan-fund', loan.fundId] });
      await queryClient.invalidateQueries({ queryKey: ['person-loans', loan.personId] });
    },
  });
}

export function useDisburse(loanId: string) {
  return useLoanAction(loanId, (body: CallPart<typeof disburseRoute, 'body'>) =>
    call(disburseRoute, { params: { id: loanId }, body }),
  );
}

export function useRecordPayment(loanId: string) {
  return useLoanAction(loanId, (body: CallPart<typeof recordPaymentRoute, 'body'>) =>
    call(recordPaymentRoute, { params: { id: loanId }, body }),
  );
}

export function useReversePayment(loanId: string) {
  return useLoanAction(
    loanId,
    (input: { paymentId: string; body: CallPart<typeof reversePaymentRoute, 'body'> }) =>
      call(reversePaymentRoute, { params: { id: loanId, paymentId: input.paymentId }, body: input.body }),
  );
}

export function useRestructure(loanId: string) {
  return useLoanAction(loanId, (body: CallPart<typeof restructureRoute, 'body'>) =>
    call(restructureRoute, { params: { id: loanId }, body }),
  );
}

export function useWriteOff(loanId: string) {
  return useLoanAction(loanId, (body: CallPart<typeof writeOffRoute, 'body'>) =>
    call(writeOffRoute, { params: { id: loanId }, body }),
  );
}

export function useRefundCredit(loanId: string) {
  return useLoanAction(loanId, (body: CallPart<typeof refundCreditRoute, 'body'>) =>
    call(refundCreditRoute, { params: { id: loanId }, body }),
  );
}

/** Files (CSV, PDF) are plain links: the session cookie authenticates them. */
export function ledgerCsvUrl(fundId: string, from: string, to: string): string {
  return buildUrl(ledgerExportRoute.path, { id: fundId }, { from, to });
}

export function agreementUrl(loanId: string, locale: 'en' | 'fr'): string {
  return buildUrl(agreementRoute.path, { id: loanId }, { locale });
}
