import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  acceptReferralRoute,
  completeReferralRoute,
  createServiceRoute,
  declineReferralRoute,
  getReferralRoute,
  linkReferralRoute,
  listReferralsRoute,
  listServicesRoute,
  personReferralsRoute,
  referralPersonRoute,
  referralTargetsRoute,
  sendReferralRoute,
  updateServiceRoute,
  withdrawReferralRoute,
} from '../../contracts/referrals.js';
import type { Role } from '../../core/auth/roles.js';
import { referralRoles } from '../../modules/referrals/domain/vocabulary.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export { declineReasons, referralKinds, referralStatuses } from '../../contracts/referrals.js';
export type ReferralView = Output<typeof getReferralRoute>;
export type ReferralStatus = ReferralView['status'];
export type ServiceView = Output<typeof listServicesRoute>['items'][number];
export type ServiceBody = CallPart<typeof createServiceRoute, 'body'>;
export type SendReferralBody = CallPart<typeof sendReferralRoute, 'body'>;

/** Who refers and answers (the server checks the same list). */
export const mayRefer = (role: Role) => referralRoles.includes(role);

export function useReferrals(box: 'received' | 'sent', status?: ReferralStatus) {
  const session = useSession();
  return useQuery({
    queryKey: ['referrals', session.organization.id, box, status ?? null],
    queryFn: ({ signal }) =>
      call(listReferralsRoute, { query: { box, ...(status ? { status } : {}) }, signal }),
    meta: { inlineErrors: true },
  });
}

export function useReferral(referralId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['referral', referralId],
    queryFn: ({ signal }) => call(getReferralRoute, { params: { id: referralId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** What the referral shares of the person, for the receiver; never kept once the consent may have changed. */
export function useReferralPerson(referralId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['referral-person', referralId],
    queryFn: ({ signal }) => call(referralPersonRoute, { params: { id: referralId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
    gcTime: 0,
  });
}

export function usePersonReferrals(personId: string) {
  return useQuery({
    queryKey: ['person-referrals', personId],
    queryFn: ({ signal }) => call(personReferralsRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
  });
}

export function useReferralTargets(personId: string) {
  return useQuery({
    queryKey: ['referral-targets', personId],
    queryFn: ({ signal }) => call(referralTargetsRoute, { query: { personId }, signal }),
    meta: { inlineErrors: true },
  });
}

export function useServices(archived = false) {
  const session = useSession();
  return useQuery({
    queryKey: ['referral-services', session.organization.id, archived],
    queryFn: ({ signal }) =>
      call(listServicesRoute, { query: { archived: archived ? 'true' : 'false' }, signal }),
    meta: { inlineErrors: true },
  });
}

/** After any change: the referrals, the person's list and the directory read again. */
function useReferralMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        ['referrals', 'referral', 'referral-person', 'person-referrals', 'referral-services', 'timeline'].map(
          (key) => queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

export const useSendReferral = () =>
  useReferralMutation((body: SendReferralBody) => call(sendReferralRoute, { body }));
export const useAcceptReferral = (id: string) =>
  useReferralMutation(() => call(acceptReferralRoute, { params: { id } }));
export const useDeclineReferral = (id: string) =>
  useReferralMutation((body: CallPart<typeof declineReferralRoute, 'body'>) =>
    call(declineReferralRoute, { params: { id }, body }),
  );
export const useCompleteReferral = (id: string) =>
  useReferralMutation((body: CallPart<typeof completeReferralRoute, 'body'>) =>
    call(completeReferralRoute, { params: { id }, body }),
  );
export const useWithdrawReferral = (id: string) =>
  useReferralMutation(() => call(withdrawReferralRoute, { params: { id } }));
export const useLinkReferral = (id: string) =>
  useReferralMutation((personId: string) => call(linkReferralRoute, { params: { id }, body: { personId } }));
export const useCreateService = () =>
  useReferralMutation((body: ServiceBody) => call(createServiceRoute, { body }));
export const useUpdateService = (id: string) =>
  useReferralMutation((body: ServiceBody) => call(updateServiceRoute, { params: { id }, body }));
