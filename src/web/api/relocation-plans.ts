import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  readRelocationPlanRoute,
  relocationPlanOffersRoute,
  relocationPlanRevisionsRoute,
  saveRelocationPlanRoute,
} from '../../contracts/relocation-plans.js';
import { enrolRoute } from '../../contracts/sessions.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export {
  businessKinds,
  businessStepKinds,
  documentStatuses,
  healthNeeds,
  housingTenures,
  lifeSettings,
  predepartureDocumentKinds,
  relocationTracks,
  stepStatuses,
} from '../../contracts/relocation-plans.js';
export type RelocationPlanRead = Output<typeof readRelocationPlanRoute>;
export type RelocationPlanBody = CallPart<typeof saveRelocationPlanRoute, 'body'>;
export type RelocationOffer = Output<typeof relocationPlanOffersRoute>['items'][number];

/** Who reads and writes regionalization plans (the server checks the same list). */
export const mayPlanRelocation = (role: Role) => followUpRoles.includes(role);

export function useRelocationPlan(personId: string) {
  return useQuery({
    queryKey: ['relocation-plan', personId],
    queryFn: ({ signal }) => call(readRelocationPlanRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useRelocationOffers(personId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['relocation-plan-offers', personId],
    queryFn: ({ signal }) => call(relocationPlanOffersRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useRelocationRevisions(personId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['relocation-plan-revisions', personId],
    queryFn: ({ signal }) => call(relocationPlanRevisionsRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useSaveRelocationPlan(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RelocationPlanBody) =>
      call(saveRelocationPlanRoute, { params: { id: personId }, body }),
    onSuccess: () =>
      Promise.all(
        ['relocation-plan', 'relocation-plan-offers', 'relocation-plan-revisions', 'person-timeline'].map(
          (key) => queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

/**
 * Enrols the person in a remote session of the pre-departure track: the sessions module's own
 * enrolment (seats, waitlist, consent for another organization's series, invitation), then the
 * track and the person's sessions read again.
 */
export function useEnrolInRemoteSession(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seriesId: string) => call(enrolRoute, { params: { id: seriesId }, body: { personId } }),
    meta: { inlineErrors: true },
    onSuccess: () =>
      Promise.all(
        ['relocation-plan', 'person-sessions', 'sessions', 'person-timeline'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

/** After an appointment is booked from the track: its readiness is read again. */
export function useRefreshRelocationPlan() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['relocation-plan'] });
}
