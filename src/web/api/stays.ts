import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  addProgrammeItemRoute,
  addStayCostRoute,
  cancelStayRoute,
  observeStayRoute,
  personStaysRoute,
  planStayRoute,
  readStayRoute,
  regionStaysRoute,
  removeProgrammeItemRoute,
  removeStayCostRoute,
  reportStayRoute,
  updateStayRoute,
} from '../../contracts/regions.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export {
  programmeItemKinds,
  stayCostKinds,
  stayCostPayers,
  stayDecisions,
  stayStatuses,
} from '../../contracts/regions.js';
export type StaySummary = Output<typeof personStaysRoute>['items'][number];
export type StayDetail = Output<typeof readStayRoute>;
export type PlanStayBody = CallPart<typeof planStayRoute, 'body'>;
export type ReportStayBody = CallPart<typeof reportStayRoute, 'body'>;
export type ProgrammeItemBody = CallPart<typeof addProgrammeItemRoute, 'body'>;
export type StayCostBody = CallPart<typeof addStayCostRoute, 'body'>;

/** Who reads, plans and reports a file's exploratory stays (the server checks the same list). */
export const mayReadStays = (role: Role) => followUpRoles.includes(role);
export const mayPlanStays = (role: Role) => followUpRoles.includes(role);

export function usePersonStays(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person-stays', personId],
    queryFn: ({ signal }) => call(personStaysRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** One stay in full, as the reader's side sees it (owner or host), with the actions that side may take. */
export function useStay(stayId: string) {
  return useQuery({
    queryKey: ['stay', stayId],
    queryFn: ({ signal }) => call(readStayRoute, { params: { id: stayId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

const hostedPageSize = 25;

/** The stays a regional partner hosts or that go to its regions, 25 at a time, newest first. */
export function useHostedStays(enabled: boolean) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['stays-in-my-regions', 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(regionStaysRoute, { query: { page: pageParam, pageSize: hostedPageSize }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    meta: { inlineErrors: true },
  });
}

/** A stay writes on the main contact's timeline and counts in the household figures: read again. */
function useStayMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    meta: { inlineErrors: true },
    onSuccess: () =>
      Promise.all(
        ['person-stays', 'stay', 'stays-in-my-regions', 'person-timeline', 'household-figures'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

export function usePlanStay(personId: string) {
  return useStayMutation((body: PlanStayBody) => call(planStayRoute, { params: { id: personId }, body }));
}

export function useReportStay() {
  return useStayMutation(({ stayId, body }: { stayId: string; body: ReportStayBody }) =>
    call(reportStayRoute, { params: { id: stayId }, body }),
  );
}

export function useUpdateStay(stayId: string) {
  return useStayMutation((body: PlanStayBody) => call(updateStayRoute, { params: { id: stayId }, body }));
}

export function useCancelStay(stayId: string) {
  return useStayMutation(() => call(cancelStayRoute, { params: { id: stayId } }));
}

export function useObserveStay(stayId: string) {
  return useStayMutation((observations: string | null) =>
    call(observeStayRoute, { params: { id: stayId }, body: { observations } }),
  );
}

export function useAddProgrammeItem(stayId: string) {
  return useStayMutation((body: ProgrammeItemBody) =>
    call(addProgrammeItemRoute, { params: { id: stayId }, body }),
  );
}

export function useRemoveProgrammeItem(stayId: string) {
  return useStayMutation((itemId: string) =>
    call(removeProgrammeItemRoute, { params: { id: stayId, itemId } }),
  );
}

export function useAddStayCost(stayId: string) {
  return useStayMutation((body: StayCostBody) => call(addStayCostRoute, { params: { id: stayId }, body }));
}

export function useRemoveStayCost(stayId: string) {
  return useStayMutation((itemId: string) => call(removeStayCostRoute, { params: { id: stayId, itemId } }));
}
