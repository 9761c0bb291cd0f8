import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  commentJobApplicationRoute,
  listOfferJobApplicationsRoute,
  listPersonJobApplicationsRoute,
  moveJobApplicationRoute,
  proposeJobApplicationRoute,
} from '../../contracts/applications.js';
import { followUpRoles, personDataRoles, type Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

export { applicationStates, refusalParties, refusalReasons } from '../../contracts/applications.js';
export type ApplicationItem = Awaited<ReturnType<typeof fetchPersonApplications>>['items'][number];
export type MoveBody = CallPart<typeof moveJobApplicationRoute, 'body'>;

/** Who reads applications and who proposes, moves and comments (the server checks the same lists). */
export const mayReadApplications = (role: Role) => personDataRoles.includes(role);
export const mayWorkOnApplications = (role: Role) => followUpRoles.includes(role);

const fetchPersonApplications = (personId: string, signal?: AbortSignal) =>
  call(listPersonJobApplicationsRoute, { params: { id: personId }, query: { pageSize: 200 }, signal });

/** A person's applications with whether their consent to contacting employers is in force (audited). */
export function usePersonApplications(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['applications', 'person', personId],
    queryFn: ({ signal }) => fetchPersonApplications(personId, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useOfferApplications(offerId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['applications', 'offer', offerId],
    queryFn: ({ signal }) =>
      call(listOfferJobApplicationsRoute, { params: { id: offerId }, query: { pageSize: 200 }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useApplicationMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
    },
  });
}

export function useProposeApplication(personId: string) {
  return useApplicationMutation((body: CallPart<typeof proposeJobApplicationRoute, 'body'>) =>
    call(proposeJobApplicationRoute, { params: { id: personId }, body }),
  );
}

export function useMoveApplication() {
  return useApplicationMutation(({ id, ...body }: { id: string } & MoveBody) =>
    call(moveJobApplicationRoute, { params: { id }, body }),
  );
}

export function useCommentApplication() {
  return useApplicationMutation(({ id, body }: { id: string; body: string }) =>
    call(commentJobApplicationRoute, { params: { id }, body: { body } }),
  );
}
