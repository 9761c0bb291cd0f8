import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  cancelMoveRoute,
  householdFiguresRoute,
  personMovesRoute,
  recordMoveRoute,
} from '../../contracts/moves.js';
import { searchPlacesRoute } from '../../contracts/places.js';
import { listRegionsRoute } from '../../contracts/regions.js';
import { followUpRoles, personDataRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export { arrivalActivities, funnelStages, housingKinds } from '../../contracts/moves.js';
export type MoveView = Output<typeof personMovesRoute>['items'][number];
export type RecordMoveBody = CallPart<typeof recordMoveRoute, 'body'>;
export type HouseholdFigures = Output<typeof householdFiguresRoute>;
export type PlaceOption = Output<typeof searchPlacesRoute>['items'][number];

/** Who reads a household's moves, and who records them (the server checks the same lists). */
export const mayReadMoves = (role: Role) => personDataRoles.includes(role);
export const mayRecordMoves = (role: Role) => followUpRoles.includes(role);

export function usePersonMoves(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person-moves', personId],
    queryFn: ({ signal }) => call(personMovesRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A move ends an enrolment and writes on timelines: those are read again with the moves. */
function useMoveMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    meta: { inlineErrors: true },
    onSuccess: () =>
      Promise.all(
        ['person-moves', 'enrolments', 'person-exits', 'person', 'person-timeline', 'household-figures'].map(
          (key) => queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

export function useRecordMove(personId: string) {
  return useMoveMutation((body: RecordMoveBody) => call(recordMoveRoute, { params: { id: personId }, body }));
}

export function useCancelMove() {
  return useMoveMutation(({ moveId, reason }: { moveId: string; reason: string }) =>
    call(cancelMoveRoute, { params: { id: moveId }, body: { reason } }),
  );
}

export function useHouseholdFigures(programId: string, year: number | undefined) {
  return useQuery({
    queryKey: ['household-figures', programId, year ?? null],
    queryFn: ({ signal }) =>
      call(householdFiguresRoute, { params: { id: programId }, query: year ? { year } : {}, signal }),
    meta: { inlineErrors: true },
  });
}

/** Municipalities of a country for the destination picker. */
export function searchPlaces(country: 'CA' | 'FR' | 'US', q: string, signal: AbortSignal) {
  return call(searchPlacesRoute, { query: { country, q, limit: 10 }, signal }).then((r) => r.items);
}

/** The regions with the partner organizations covering each: whom to name as taking over after a move. */
export function useRegionPartners(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['regions'],
    queryFn: ({ signal }) => call(listRegionsRoute, { signal }),
    meta: { inlineErrors: true },
    staleTime: 5 * 60_000,
  });
}
