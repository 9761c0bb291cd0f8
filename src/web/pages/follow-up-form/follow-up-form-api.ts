import { useMutation, useQuery } from '@tanstack/react-query';
import { answerPublicFollowUpRoute, publicFollowUpRoute } from '../../../contracts/outcomes.js';
import { ApiError, call } from '../../api/client.js';
import type { FollowUpAnswerBody } from './follow-up-form.js';

/** Public: the link is the only key; nothing here depends on a session. */
export function usePublicFollowUp(token: string) {
  return useQuery({
    queryKey: ['public-follow-up', token],
    queryFn: ({ signal }) => call(publicFollowUpRoute, { params: { token }, signal }),
    meta: { inlineErrors: true },
    // Once answered the link is spent: asking again would only turn the thank-you into "already used".
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAnswerFollowUp(token: string) {
  return useMutation({
    mutationFn: (body: FollowUpAnswerBody) => call(answerPublicFollowUpRoute, { params: { token }, body }),
    meta: { inlineErrors: true },
  });
}

/**
 * A link used, expired or unknown (404 FOLLOW_UP_LINK_INVALID), or not even shaped like one (400 on the
 * token): the person is told the same thing.
 */
export function isInvalidLink(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'FOLLOW_UP_LINK_INVALID' ||
      error.status === 404 ||
      (error.status === 400 && Object.keys(error.fieldErrors()).some((field) => field.startsWith('token'))))
  );
}
