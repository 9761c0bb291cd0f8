import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import { personStaysRoute, planStayRoute, reportStayRoute } from '../../contracts/regions.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export { stayDecisions, stayStatuses } from '../../contracts/regions.js';
export type StaySummary = Output<typeof personStaysRoute>['items'][number];
export type PlanStayBody = CallPart<typeof planStayRoute, 'body'>;
export type ReportStayBody = CallPart<typeof reportStayRoute, 'body'>;

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

/** A stay writes on the main contact's timeline and counts in the household figures: read again. */
function useStayMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    meta: { inlineErrors: true },
    onSuccess: () =>
      Promise.all(
        ['person-stays', 'person-timeline', 'household-figures'].map((key) =>
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
