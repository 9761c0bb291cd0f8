import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  correctExitRoute,
  type exitView,
  type followUpView,
  personExitsRoute,
  recordExitRoute,
  recordFollowUpAnswerRoute,
  recordFollowUpAttemptRoute,
  sendFollowUpLinkRoute,
} from '../../contracts/outcomes.js';
import { followUpRoles, type Role } from '../../core/auth/roles.js';
import { currentLanguage } from '../i18n/index.js';
import { type CallPart, call } from './client.js';

export {
  attemptResults,
  exitOutcomes,
  exitVerdicts,
  followUpFormLanguages,
  wageBands,
} from '../../contracts/outcomes.js';
export {
  type ExitEvidenceKind,
  type ExitOutcome,
  exitEvidenceKinds,
  familyOf,
  isFixedTerm,
  outcomeCatalogue,
  outcomeFamilies,
} from '../../modules/outcomes/domain/vocabulary.js';

export type ExitView = z.infer<typeof exitView>;
export type FollowUpView = z.infer<typeof followUpView>;
export type ExitBody = CallPart<typeof recordExitRoute, 'body'>;
export type CorrectExitBody = CallPart<typeof correctExitRoute, 'body'>;
export type FollowUpAnswerBody = CallPart<typeof recordFollowUpAnswerRoute, 'body'>;
export type FollowUpAttemptBody = CallPart<typeof recordFollowUpAttemptRoute, 'body'>;
export type FollowUpLinkBody = CallPart<typeof sendFollowUpLinkRoute, 'body'>;
/** Which channels carried a follow-up link (e-mail, SMS) and until when it works. */
export type FollowUpLinkSent = z.infer<typeof sendFollowUpLinkRoute.response>;

/** Who records exits, their corrections and follow-up answers: staff who follow people (the server checks the same). */
export const mayRecordExits = (role: Role) => followUpRoles.includes(role);

/** Days before its due date a follow-up may be answered, tried or sent (the server's rule: 14). */
export const earlyAnswerDays = 14;

/** Program names in the reader's language (French for Arabic, which falls back to it). */
const lang = () => (currentLanguage() === 'en' ? 'en' : 'fr');

const exitsKey = (personId: string) => ['person-exits', personId] as const;

/** A person's exits (current and corrected versions) and the follow-ups after each exit. */
export function usePersonExits(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...exitsKey(personId), lang()],
    queryFn: ({ signal }) =>
      call(personExitsRoute, { params: { id: personId }, query: { lang: lang() }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** A write about a person's exits: their enrolments, exits, follow-ups and timeline are read again. */
function useOutcomeMutation<V, R>(personId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // The dialogs show the server's message where it belongs; no second notice.
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: exitsKey(personId) });
      await queryClient.invalidateQueries({ queryKey: ['enrolments', personId] });
      await queryClient.invalidateQueries({ queryKey: ['person', personId] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      await queryClient.invalidateQueries({ queryKey: ['program'] });
    },
  });
}

/** Ends an enrolment with its exit: classified by the program's rule, its follow-ups scheduled. */
export function useRecordExit(personId: string) {
  return useOutcomeMutation(personId, (input: { enrolmentId: string; body: ExitBody }) =>
    call(recordExitRoute, { params: { id: input.enrolmentId }, body: input.body }),
  );
}

/** A new version of an exit; the one it replaces stays in the history with the reason. */
export function useCorrectExit(personId: string) {
  return useOutcomeMutation(personId, (input: { exitId: string; body: CorrectExitBody }) =>
    call(correctExitRoute, { params: { id: input.exitId }, body: input.body }),
  );
}

export function useRecordFollowUpAnswer(personId: string) {
  return useOutcomeMutation(personId, (input: { followUpId: string; body: FollowUpAnswerBody }) =>
    call(recordFollowUpAnswerRoute, { params: { id: input.followUpId }, body: input.body }),
  );
}

export function useRecordFollowUpAttempt(personId: string) {
  return useOutcomeMutation(personId, (input: { followUpId: string; body: FollowUpAttemptBody }) =>
    call(recordFollowUpAttemptRoute, { params: { id: input.followUpId }, body: input.body }),
  );
}

export function useSendFollowUpLink(personId: string) {
  return useOutcomeMutation(personId, (input: { followUpId: string; body: FollowUpLinkBody }) =>
    call(sendFollowUpLinkRoute, { params: { id: input.followUpId }, body: input.body }),
  );
}
