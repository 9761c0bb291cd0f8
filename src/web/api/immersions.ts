import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assessImmersionRoute,
  createImmersionRoute,
  immersionAgreementPdfRoute,
  listPersonImmersionsRoute,
  recordMissedHoursRoute,
  signImmersionRoute,
} from '../../contracts/immersions.js';
import type { Role } from '../../core/auth/roles.js';
import { immersionRoles } from '../../modules/immersions/domain/vocabulary.js';
import { ApiError, buildUrl, type CallPart, call } from './client.js';

export type { ImmersionView, JobVisitView } from '../../contracts/immersions.js';
export {
  agreementLanguages,
  immersionKinds,
  immersionOutcomes,
  immersionStatuses,
  signatories,
} from '../../contracts/immersions.js';
export type ImmersionBody = CallPart<typeof createImmersionRoute, 'body'>;
export type SignatureBody = CallPart<typeof signImmersionRoute, 'body'>;
export type MissedHoursBody = CallPart<typeof recordMissedHoursRoute, 'body'>;
export type AssessmentBody = CallPart<typeof assessImmersionRoute, 'body'>;

/** Who sees and records immersions (the server checks the same list). */
export const mayFollowImmersions = (role: Role) => immersionRoles.includes(role);

/** A person's immersions and job visits; the read is audited on the server. */
export function usePersonImmersions(personId: string) {
  return useQuery({
    queryKey: ['person-immersions', personId],
    queryFn: ({ signal }) => call(listPersonImmersionsRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useImmersionMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person-immersions'] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
    },
  });
}

export const useCreateImmersion = () =>
  useImmersionMutation((body: ImmersionBody) => call(createImmersionRoute, { body }));
export const useSignImmersion = (id: string) =>
  useImmersionMutation((body: SignatureBody) => call(signImmersionRoute, { params: { id }, body }));
export const useRecordMissedHours = (id: string) =>
  useImmersionMutation((body: MissedHoursBody) => call(recordMissedHoursRoute, { params: { id }, body }));
export const useAssessImmersion = (id: string) =>
  useImmersionMutation((body: AssessmentBody) => call(assessImmersionRoute, { params: { id }, body }));

export function agreementPdfUrl(immersionId: string, locale: 'en' | 'fr'): string {
  return buildUrl(immersionAgreementPdfRoute.path, { id: immersionId }, { locale });
}

/** The rules' refusals (a code and the field) as field → code, to word under each input. */
export function refusalsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return result;
  for (const issue of error.details as { path?: unknown; code?: unknown }[]) {
    if (typeof issue?.path !== 'string' || typeof issue.code !== 'string') continue;
    const field = issue.path.replace(/^body\.?/, '');
    if (field && !(field in result)) result[field] = issue.code;
  }
  return result;
}
