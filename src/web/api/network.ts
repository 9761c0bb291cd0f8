import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  addContactRoute,
  addSubscriberRoute,
  attendanceExportRoute,
  changeContactRoute,
  changeConveningRoute,
  changePartnerRoute,
  confirmUnsubscribeRoute,
  createConveningRoute,
  createPartnerRoute,
  importSubscribersRoute,
  listBulletinsRoute,
  listConveningsRoute,
  listPartnersRoute,
  listSubscribersRoute,
  markAttendanceRoute,
  publicConveningRoute,
  publicRegisterRoute,
  publicUnsubscribeRoute,
  readConveningRoute,
  readPartnerRoute,
  recordEngagementRoute,
  registerRoute,
  sendBulletinRoute,
  unsubscribeSubscriberRoute,
} from '../../contracts/network.js';
import type { Role } from '../../core/auth/roles.js';
import { bulletinRoles, networkRoles } from '../../modules/network/domain/network-roles.js';
import { buildUrl, type CallPart, call } from './client.js';
import { useSession } from './session.js';

export {
  attendanceMarks,
  consentSources,
  engagementKinds,
  partnerKinds,
  partnerSectors,
} from '../../contracts/network.js';
export type PartnerBody = CallPart<typeof createPartnerRoute, 'body'>;
export type PartnersQuery = CallPart<typeof listPartnersRoute, 'query'>;
export type PartnerSummary = Output<typeof listPartnersRoute>['items'][number];
export type PartnerView = Output<typeof readPartnerRoute>;
export type ContactBody = CallPart<typeof addContactRoute, 'body'>;
export type EngagementBody = CallPart<typeof recordEngagementRoute, 'body'>;
export type ConveningBody = CallPart<typeof createConveningRoute, 'body'>;
export type ConveningView = Output<typeof readConveningRoute>;
export type RegistrationBody = CallPart<typeof registerRoute, 'body'>;
export type SubscriberBody = CallPart<typeof addSubscriberRoute, 'body'>;
export type SubscribersQuery = CallPart<typeof listSubscribersRoute, 'query'>;
export type ImportBody = CallPart<typeof importSubscribersRoute, 'body'>;
export type PublicRegistrationBody = CallPart<typeof publicRegisterRoute, 'body'>;

/** Who keeps the network, and who keeps the bulletin (the server checks the same lists). */
export const mayKeepNetwork = (role: Role) => networkRoles.includes(role);
export const mayKeepBulletin = (role: Role) => bulletinRoles.includes(role);

/** After any change: every network query read again (lists, pages, counts). */
function useNetworkMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['network'] }),
  });
}

export function usePartners(query: PartnersQuery) {
  const session = useSession();
  return useQuery({
    queryKey: ['network', 'partners', session.organization.id, query],
    queryFn: ({ signal }) => call(listPartnersRoute, { query, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function usePartner(partnerId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['network', 'partner', partnerId],
    queryFn: ({ signal }) => call(readPartnerRoute, { params: { id: partnerId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export const useCreatePartner = () =>
  useNetworkMutation((body: PartnerBody) => call(createPartnerRoute, { body }));
export const useChangePartner = (partnerId: string) =>
  useNetworkMutation((body: PartnerBody) => call(changePartnerRoute, { params: { id: partnerId }, body }));
export const useAddContact = (partnerId: string) =>
  useNetworkMutation((body: ContactBody) => call(addContactRoute, { params: { id: partnerId }, body }));
export const useChangeContact = () =>
  useNetworkMutation((input: { contactId: string; body: ContactBody }) =>
    call(changeContactRoute, { params: { id: input.contactId }, body: input.body }),
  );
export const useRecordEngagement = (partnerId: string) =>
  useNetworkMutation((body: EngagementBody) =>
    call(recordEngagementRoute, { params: { id: partnerId }, body }),
  );

export function useConvenings() {
  const session = useSession();
  return useQuery({
    queryKey: ['network', 'convenings', session.organization.id],
    queryFn: ({ signal }) => call(listConveningsRoute, { signal }),
    meta: { inlineErrors: true },
  });
}

export function useConvening(conveningId: string) {
  return useQuery({
    queryKey: ['network', 'convening', conveningId],
    queryFn: ({ signal }) => call(readConveningRoute, { params: { id: conveningId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export const useCreateConvening = () =>
  useNetworkMutation((body: ConveningBody) => call(createConveningRoute, { body }));
export const useChangeConvening = (conveningId: string) =>
  useNetworkMutation((body: ConveningBody) =>
    call(changeConveningRoute, { params: { id: conveningId }, body }),
  );
export const useRegister = (conveningId: string) =>
  useNetworkMutation((body: RegistrationBody) => call(registerRoute, { params: { id: conveningId }, body }));
export const useMarkAttendance = () =>
  useNetworkMutation((input: { registrationId: string; attendance: 'present' | 'absent' | null }) =>
    call(markAttendanceRoute, {
      params: { id: input.registrationId },
      body: { attendance: input.attendance },
    }),
  );

export function attendanceListUrl(conveningId: string, format: 'csv' | 'xlsx', language: 'fr' | 'en') {
  return buildUrl(attendanceExportRoute.path, { id: conveningId }, { format, language });
}

export function useSubscribers(query: SubscribersQuery) {
  const session = useSession();
  return useQuery({
    queryKey: ['network', 'subscribers', session.organization.id, query],
    queryFn: ({ signal }) => call(listSubscribersRoute, { query, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useBulletins() {
  const session = useSession();
  return useQuery({
    queryKey: ['network', 'bulletins', session.organization.id],
    queryFn: ({ signal }) => call(listBulletinsRoute, { signal }),
    meta: { inlineErrors: true },
  });
}

export const useAddSubscriber = () =>
  useNetworkMutation((body: SubscriberBody) => call(addSubscriberRoute, { body }));
export const useImportSubscribers = () =>
  useNetworkMutation((body: ImportBody) => call(importSubscribersRoute, { body }));
export const useUnsubscribeSubscriber = () =>
  useNetworkMutation((subscriberId: string) =>
    call(unsubscribeSubscriberRoute, { params: { id: subscriberId } }),
  );
export const useSendBulletin = () =>
  useNetworkMutation((body: CallPart<typeof sendBulletinRoute, 'body'>) => call(sendBulletinRoute, { body }));

/** Public: no session, so nothing here may depend on who is looking. */
export function usePublicConvening(conveningId: string) {
  return useQuery({
    queryKey: ['public-convening', conveningId],
    queryFn: ({ signal }) => call(publicConveningRoute, { params: { id: conveningId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function usePublicRegister(conveningId: string) {
  return useMutation({
    mutationFn: (body: PublicRegistrationBody) =>
      call(publicRegisterRoute, { params: { id: conveningId }, body }),
    meta: { inlineErrors: true },
  });
}

export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: ['bulletin-unsubscribe', token],
    queryFn: ({ signal }) => call(publicUnsubscribeRoute, { params: { token }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useConfirmUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(confirmUnsubscribeRoute, { params: { token } }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bulletin-unsubscribe', token] }),
  });
}
