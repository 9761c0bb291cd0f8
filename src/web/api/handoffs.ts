import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  acceptHandoffRoute,
  declineHandoffRoute,
  listHandoffsRoute,
  personHandoffsRoute,
  proposeHandoffRoute,
  withdrawHandoffRoute,
} from '../../contracts/handoffs.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export { handoffDeclineReasons, handoffReasons } from '../../contracts/handoffs.js';
export type HandoffView = Output<typeof listHandoffsRoute>['items'][number];
export type HandoffsFilters = CallPart<typeof listHandoffsRoute, 'query'>;
export type ProposeHandoffBody = CallPart<typeof proposeHandoffRoute, 'body'>;
export type AcceptHandoffBody = CallPart<typeof acceptHandoffRoute, 'body'>;
export type DeclineHandoffBody = CallPart<typeof declineHandoffRoute, 'body'>;

/** Who hands people over and takes them over (the server checks the same list). */
export const mayHandOff = (role: Role) => followUpRoles.includes(role);

export function useHandoffs(filters: HandoffsFilters) {
  const session = useSession();
  return useQuery({
    queryKey: ['handoffs', session.organization.id, filters],
    queryFn: ({ signal }) => call(listHandoffsRoute, { query: filters, signal }),
    meta: { inlineErrors: true },
  });
}

export function usePersonHandoffs(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person-handoffs', personId],
    queryFn: ({ signal }) => call(personHandoffsRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** After any decision: the lists, the files' hand-offs, enrolments and timelines read again. */
function useHandoffMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        [
          'handoffs',
          'person-handoffs',
          // A move names the partner it is handed to, and shows the hand-off's state.
          'person-moves',
          'enrolments',
          'person',
          'person-timeline',
          'timeline',
          'caseload',
        ].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      ),
  });
}

export const useProposeHandoff = (personId: string) =>
  useHandoffMutation((body: ProposeHandoffBody) =>
    call(proposeHandoffRoute, { params: { id: personId }, body }),
  );

export const useAcceptHandoff = () =>
  useHandoffMutation(({ id, body }: { id: string; body: AcceptHandoffBody }) =>
    call(acceptHandoffRoute, { params: { id }, body }),
  );

export const useDeclineHandoff = () =>
  useHandoffMutation(({ id, body }: { id: string; body: DeclineHandoffBody }) =>
    call(declineHandoffRoute, { params: { id }, body }),
  );

export const useWithdrawHandoff = () =>
  useHandoffMutation((id: string) => call(withdrawHandoffRoute, { params: { id } }));
