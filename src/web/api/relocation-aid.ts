import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
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
  recordAidAllocationRoute,
  reverseAidPaymentRoute,
  withdrawAidRequestRoute,
} from '../../contracts/relocation-aid.js';
import type { Role } from '../../core/auth/roles.js';
import {
  aidAdminRoles,
  aidDecisionRoles,
  aidFilingRoles,
} from '../../modules/relocation-aid/domain/aid-roles.js';
import { buildUrl, type CallPart, call } from './client.js';
import { useSession } from './session.js';

export {
  aidPurposes,
  costKinds,
  paymentMethods,
  quebecRegionCodes,
  refusalReasons,
} from '../../contracts/relocation-aid.js';
export { costKindsByPurpose } from '../../modules/relocation-aid/domain/vocabulary.js';
export type AidRequestView = Output<typeof personAidRequestsRoute>['items'][number];
export type AidBudgetView = Output<typeof readAidBudgetRoute>;
export type AidReportView = Output<typeof aidReportRoute>;
export type AidRuleVersion = Output<typeof listAidRulesRoute>['items'][number];
export type FileAidRequestBody = CallPart<typeof fileAidRequestRoute, 'body'>;
export type AidRulesBody = CallPart<typeof addAidRulesRoute, 'body'>;
export type DecideAidBody = CallPart<typeof decideAidRequestRoute, 'body'>;

/** Who files requests on the people they follow (the server checks the same list). */
export const mayFileAid = (role: Role) => aidFilingRoles.includes(role);
/** Who decides and pays; who sets the rules and allocations (the server scopes each program). */
export const mayDecideAid = (role: Role) => aidDecisionRoles.includes(role);
export const mayAdministerAid = (role: Role) => aidAdminRoles.includes(role);

export function usePersonAidRequests(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['aid-requests', 'person', personId],
    queryFn: ({ signal }) => call(personAidRequestsRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useAidQueue(query: CallPart<typeof listAidRequestsRoute, 'query'>, enabled = true) {
  const session = useSession();
  return useQuery({
    enabled,
    queryKey: ['aid-requests', 'queue', session.organization.id, query],
    queryFn: ({ signal }) => call(listAidRequestsRoute, { query, signal }),
    meta: { inlineErrors: true },
  });
}

export function useAidRules(programId: string | null) {
  return useQuery({
    enabled: Boolean(programId),
    queryKey: ['aid-rules', programId],
    queryFn: ({ signal }) => call(listAidRulesRoute, { params: { id: programId! }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useAidBudget(programId: string | null, year: number) {
  return useQuery({
    enabled: Boolean(programId),
    queryKey: ['aid-budget', programId, year],
    queryFn: ({ signal }) =>
      call(readAidBudgetRoute, { params: { id: programId! }, query: { year }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useAidReport(programId: string | null, year: number) {
  return useQuery({
    enabled: Boolean(programId),
    queryKey: ['aid-report', programId, year],
    queryFn: ({ signal }) => call(aidReportRoute, { params: { id: programId! }, query: { year }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function aidReportFileUrl(programId: string, year: number, format: 'csv' | 'xlsx') {
  return buildUrl(aidReportExportRoute.path, { id: programId }, { year, format });
}

/** After any change: requests, budgets, reports, rules and the person's timeline read again. */
function useAidMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        ['aid-requests', 'aid-budget', 'aid-report', 'aid-rules', 'person-timeline', 'timeline'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

export const useFileAidRequest = (personId: string) =>
  useAidMutation((body: FileAidRequestBody) => call(fileAidRequestRoute, { params: { id: personId }, body }));
export const useWithdrawAidRequest = () =>
  useAidMutation((requestId: string) => call(withdrawAidRequestRoute, { params: { id: requestId } }));
export const useDecideAidRequest = () =>
  useAidMutation(({ requestId, body }: { requestId: string; body: DecideAidBody }) =>
    call(decideAidRequestRoute, { params: { id: requestId }, body }),
  );
export const usePayAidRequest = () =>
  useAidMutation(
    ({ requestId, body }: { requestId: string; body: CallPart<typeof payAidRequestRoute, 'body'> }) =>
      call(payAidRequestRoute, { params: { id: requestId }, body }),
  );
export const useReverseAidPayment = () =>
  useAidMutation(
    ({ requestId, body }: { requestId: string; body: CallPart<typeof reverseAidPaymentRoute, 'body'> }) =>
      call(reverseAidPaymentRoute, { params: { id: requestId }, body }),
  );
export const useCancelAidApproval = () =>
  useAidMutation(
    ({ requestId, body }: { requestId: string; body: CallPart<typeof cancelAidApprovalRoute, 'body'> }) =>
      call(cancelAidApprovalRoute, { params: { id: requestId }, body }),
  );
export const useAddAidRules = (programId: string) =>
  useAidMutation((body: AidRulesBody) => call(addAidRulesRoute, { params: { id: programId }, body }));
export const useRecordAidAllocation = (programId: string) =>
  useAidMutation((body: CallPart<typeof recordAidAllocationRoute, 'body'>) =>
    call(recordAidAllocationRoute, { params: { id: programId }, body }),
  );
