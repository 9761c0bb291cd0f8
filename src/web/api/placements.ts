import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changePlacementSettingsRoute,
  endPlacementEarlyRoute,
  getPlacementSettingsRoute,
  listPersonPlacementsRoute,
  recordPlacementRoute,
  renewPlacementRoute,
  suspendPlacementRoute,
} from '../../contracts/placements.js';
import type { Role } from '../../core/auth/roles.js';
import {
  placementReadRoles,
  placementSettingsRoles,
  placementWriteRoles,
} from '../../modules/placements/domain/vocabulary.js';
import { currentLanguage } from '../i18n/index.js';
import { type CallPart, call } from './client.js';

export type { PlacementView } from '../../contracts/placements.js';
export { earlyEndReasons, suspensionReasons } from '../../contracts/placements.js';
export type PlacementBody = CallPart<typeof recordPlacementRoute, 'body'>;

/** Who reads placements, records them and sets the end alert (the server checks the same lists). */
export const mayReadPlacements = (role: Role) => placementReadRoles.includes(role);
export const mayRecordPlacements = (role: Role) => placementWriteRoles.includes(role);
export const mayChangePlacementSettings = (role: Role) => placementSettingsRoles.includes(role);

const searchLanguages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
const lang = () => {
  const ui = currentLanguage();
  return (searchLanguages as readonly string[]).includes(ui)
    ? (ui as (typeof searchLanguages)[number])
    : 'en';
};

/** A person's hires and contracts with their end alerts (a read of the file, audited on the server). */
export function usePersonPlacements(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person-placements', personId],
    queryFn: ({ signal }) =>
      call(listPersonPlacementsRoute, { params: { id: personId }, query: { lang: lang() }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function usePlacementSettings(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['placement-settings'],
    queryFn: ({ signal }) => call(getPlacementSettingsRoute, { signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

function usePlacementMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person-placements'] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
      // A hire from an application moves it to hired.
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}

export function useRecordPlacement() {
  return usePlacementMutation((body: PlacementBody) => call(recordPlacementRoute, { body }));
}

export function useRenewPlacement(placementId: string) {
  return usePlacementMutation((body: CallPart<typeof renewPlacementRoute, 'body'>) =>
    call(renewPlacementRoute, { params: { id: placementId }, body }),
  );
}

export function useSuspendPlacement(placementId: string) {
  return usePlacementMutation((body: CallPart<typeof suspendPlacementRoute, 'body'>) =>
    call(suspendPlacementRoute, { params: { id: placementId }, body }),
  );
}

export function useEndPlacementEarly(placementId: string) {
  return usePlacementMutation((body: CallPart<typeof endPlacementEarlyRoute, 'body'>) =>
    call(endPlacementEarlyRoute, { params: { id: placementId }, body }),
  );
}

export function useChangePlacementSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof changePlacementSettingsRoute, 'body'>) =>
      call(changePlacementSettingsRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['placement-settings'] });
      await queryClient.invalidateQueries({ queryKey: ['person-placements'] });
    },
  });
}
