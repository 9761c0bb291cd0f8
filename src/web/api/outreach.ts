import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  changeLeadRoute,
  closeLeadRoute,
  convertLeadRoute,
  listLeadsRoute,
  outreachFiguresRoute,
  readLeadRoute,
  recordAttemptRoute,
  recordLeadRoute,
  reopenLeadRoute,
} from '../../contracts/outreach.js';
import { personDataRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export {
  closingOutcomes,
  contactChannels,
  leadOutcomes,
  leadSources,
  partnerKinds,
} from '../../contracts/outreach.js';
export type LeadBody = CallPart<typeof recordLeadRoute, 'body'>;
export type LeadsFilters = CallPart<typeof listLeadsRoute, 'query'>;
export type LeadView = Output<typeof readLeadRoute>;
export type LeadSummary = Output<typeof listLeadsRoute>['items'][number];
export type OutreachFigures = Output<typeof outreachFiguresRoute>;

/** Who does repérage (the server checks the same list). */
export const mayDoOutreach = (role: Role) => personDataRoles.includes(role);

export function useLeads(filters: LeadsFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['outreach-leads', session.organization.id, filters],
    queryFn: ({ signal }) => call(listLeadsRoute, { query: filters, signal }),
    meta: { inlineErrors: true },
  });
}

export function useLead(leadId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['outreach-lead', leadId],
    queryFn: ({ signal }) => call(readLeadRoute, { params: { id: leadId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** After any change of a lead: its view, the lists and the figures read again. */
function useLeadMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outreach-leads'] }),
        queryClient.invalidateQueries({ queryKey: ['outreach-lead'] }),
        queryClient.invalidateQueries({ queryKey: ['outreach-figures'] }),
      ]),
  });
}

export const useRecordLead = () => useLeadMutation((body: LeadBody) => call(recordLeadRoute, { body }));
export const useChangeLead = (leadId: string) =>
  useLeadMutation((body: LeadBody) => call(changeLeadRoute, { params: { id: leadId }, body }));
export const useRecordAttempt = (leadId: string) =>
  useLeadMutation((body: CallPart<typeof recordAttemptRoute, 'body'>) =>
    call(recordAttemptRoute, { params: { id: leadId }, body }),
  );
export const useCloseLead = (leadId: string) =>
  useLeadMutation((body: CallPart<typeof closeLeadRoute, 'body'>) =>
    call(closeLeadRoute, { params: { id: leadId }, body }),
  );
export const useConvertLead = (leadId: string) =>
  useLeadMutation((personId: string) =>
    call(convertLeadRoute, { params: { id: leadId }, body: { personId } }),
  );
export const useReopenLead = (leadId: string) =>
  useLeadMutation(() => call(reopenLeadRoute, { params: { id: leadId } }));

export function useOutreachFigures(programId: string, period: { from: string; to: string }) {
  return useQuery({
    queryKey: ['outreach-figures', programId, period],
    queryFn: ({ signal }) => call(outreachFiguresRoute, { params: { id: programId }, query: period, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}
