import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptSignupRoute,
  declineSignupRoute,
  listPublicInfoSessionsRoute,
  listSignupRequestsRoute,
  signUpRoute,
} from '../../contracts/session-signups.js';
import { type CallPart, call } from './client.js';

export { signupLanguages } from '../../contracts/session-signups.js';

export type PublicInfoSession = Awaited<ReturnType<typeof fetchPublicInfoSessions>>['items'][number];
export type SignupBody = CallPart<typeof signUpRoute, 'body'>;

function fetchPublicInfoSessions(signal?: AbortSignal) {
  return call(listPublicInfoSessionsRoute, { signal });
}

/** Public: no session, so nothing here may depend on who is looking. */
export function usePublicInfoSessions() {
  return useQuery({
    queryKey: ['public-info-sessions'],
    queryFn: ({ signal }) => fetchPublicInfoSessions(signal),
    meta: { inlineErrors: true },
  });
}

export function useSignUp(seriesId: string) {
  return useMutation({
    mutationFn: (body: SignupBody) => call(signUpRoute, { params: { id: seriesId }, body }),
    meta: { inlineErrors: true },
  });
}

export function useSignupRequests(seriesId: string) {
  return useQuery({
    queryKey: ['session-signup-requests', seriesId],
    queryFn: ({ signal }) => call(listSignupRequestsRoute, { params: { id: seriesId }, signal }),
  });
}

export function useAnswerSignup(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { requestId: string; answer: 'accept' | 'decline' }) =>
      input.answer === 'accept'
        ? call(acceptSignupRoute, { params: { id: input.requestId } })
        : call(declineSignupRoute, { params: { id: input.requestId } }).then(() => null),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['session-signup-requests', seriesId] });
      await queryClient.invalidateQueries({ queryKey: ['session-series', seriesId] });
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
}
