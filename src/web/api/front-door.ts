import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  assignFrontDoorRequestRoute,
  closeFrontDoorRequestRoute,
  convertFrontDoorRequestRoute,
  getFrontDoorSettingsRoute,
  listFrontDoorRequestsRoute,
  readFrontDoorRequestRoute,
  setFrontDoorSettingsRoute,
} from '../../contracts/front-door.js';
import { personDataRoles, programAdminRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type FrontDoorFilters = CallPart<typeof listFrontDoorRequestsRoute, 'query'>;
export type FrontDoorRequestSummary = Output<typeof listFrontDoorRequestsRoute>['items'][number];
export type FrontDoorRequestView = Output<typeof readFrontDoorRequestRoute>;
export type FrontDoorSettings = Output<typeof getFrontDoorSettingsRoute>;
export type FrontDoorSettingsBody = CallPart<typeof setFrontDoorSettingsRoute, 'body'>;

/** Who works with the queue, and who sets the front door (the server checks the same lists). */
export const mayUseFrontDoor = (role: Role) => personDataRoles.includes(role);
export const maySetFrontDoor = (role: Role) => programAdminRoles.includes(role);

export function useFrontDoorRequests(filters: FrontDoorFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['front-door-requests', session.organization.id, filters],
    queryFn: ({ signal }) => call(listFrontDoorRequestsRoute, { query: filters, signal }),
    meta: { inlineErrors: true },
  });
}

export function useFrontDoorRequest(requestId: string) {
  return useQuery({
    queryKey: ['front-door-request', requestId],
    queryFn: ({ signal }) => call(readFrontDoorRequestRoute, { params: { id: requestId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useRequestMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['front-door-requests'] }),
        queryClient.invalidateQueries({ queryKey: ['front-door-request'] }),
      ]),
    meta: { inlineErrors: true },
  });
}

export function useAssignFrontDoorRequest(requestId: string) {
  return useRequestMutation((body: CallPart<typeof assignFrontDoorRequestRoute, 'body'>) =>
    call(assignFrontDoorRequestRoute, { params: { id: requestId }, body }),
  );
}

export function useCloseFrontDoorRequest(requestId: string) {
  return useRequestMutation((body: CallPart<typeof closeFrontDoorRequestRoute, 'body'>) =>
    call(closeFrontDoorRequestRoute, { params: { id: requestId }, body }),
  );
}

export function useConvertFrontDoorRequest(requestId: string) {
  return useRequestMutation(() => call(convertFrontDoorRequestRoute, { params: { id: requestId } }));
}

export function useFrontDoorSettings(programId: string) {
  return useQuery({
    queryKey: ['front-door-settings', programId],
    queryFn: ({ signal }) => call(getFrontDoorSettingsRoute, { params: { id: programId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useSetFrontDoorSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrontDoorSettingsBody) =>
      call(setFrontDoorSettingsRoute, { params: { id: programId }, body }),
    onSuccess: (settings) => queryClient.setQueryData(['front-door-settings', programId], settings),
    meta: { inlineErrors: true },
  });
}
