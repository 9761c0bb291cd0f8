import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bulkEnrolRoute,
  bulkMessageRoute,
  type CaseloadViewFilters,
  changeCaseloadViewRoute,
  deleteCaseloadViewRoute,
  listCaseloadViewsRoute,
  saveCaseloadViewRoute,
} from '../../contracts/caseload-work.js';
import type { Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type { CaseloadViewFilters } from '../../contracts/caseload-work.js';
export { readStoredFilters } from '../../contracts/caseload-work.js';

/** Who enrols people in sessions and writes to them (the server checks the same lists). */
const actingRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];
export const mayActOnSeveral = (role: Role) => actingRoles.includes(role);

export function useCaseloadViews() {
  const session = useSession();
  return useQuery({
    queryKey: ['caseload-views', session.organization.id],
    queryFn: ({ signal }) => call(listCaseloadViewsRoute, { signal }),
    select: (data) => data.items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useViewMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['caseload-views'] }),
  });
}

export function useSaveView() {
  return useViewMutation((body: { name: string; shared: boolean; filters: CaseloadViewFilters }) =>
    call(saveCaseloadViewRoute, { body }),
  );
}

export function useChangeView() {
  return useViewMutation(
    ({ id, ...body }: { id: string } & CallPart<typeof changeCaseloadViewRoute, 'body'>) =>
      call(changeCaseloadViewRoute, { params: { id }, body }),
  );
}

export function useDeleteView() {
  return useViewMutation((id: string) => call(deleteCaseloadViewRoute, { params: { id } }));
}

export function useBulkEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof bulkEnrolRoute, 'body'>) => call(bulkEnrolRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
      await queryClient.invalidateQueries({ queryKey: ['session-series'] });
    },
  });
}

export function useBulkMessage() {
  return useMutation({
    mutationFn: (body: CallPart<typeof bulkMessageRoute, 'body'>) => call(bulkMessageRoute, { body }),
    meta: { inlineErrors: true },
  });
}
