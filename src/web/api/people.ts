import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listStaffRoute } from '../../contracts/accounts.js';
import {
  addPersonItemRoute,
  getPersonRoute,
  type identityInput,
  listPeopleRoute,
  removePersonItemRoute,
  revokeConsentRoute,
  updateBarrierRoute,
  updatePersonRoute,
} from '../../contracts/people.js';
import { type CaseloadFilters, caseloadRequest } from '../pages/caseload/caseload-query.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type { PersonFileView } from '../../contracts/people.js';
export type IdentityInput = import('zod').infer<typeof identityInput>;

import { cefrLevels } from '../../contracts/people.js';

export { alertFilters, caseloadSorts, cefrLevels, immigrationStatuses } from '../../contracts/people.js';
/** Level choices at intake: the CEFR levels, or the person's mother tongue. */
export const languageLevels = [...cefrLevels, 'native'] as const;
/** Languages most often met in the programs; any ISO 639 code is accepted by the API. */
export const commonLanguages = [
  'fr',
  'en',
  'ar',
  'fa',
  'ps',
  'prs',
  'ku',
  'ti',
  'am',
  'so',
  'sw',
  'uk',
  'ru',
  'ka',
  'hy',
  'tr',
  'es',
  'pt',
  'ln',
  'wo',
  'bm',
  'ff',
  'ur',
  'bn',
  'ta',
  'zh',
  'vi',
  'sq',
  'sr',
  'ro',
] as const;
/** Highest level of education, mapped to ISCED 2011 levels. */
export const educationLevels = {
  none: 0,
  primary: 1,
  secondary: 3,
  vocational: 4,
  bachelor: 6,
  master: 7,
  doctorate: 8,
} as const;
export type EducationLevel = keyof typeof educationLevels;

export function educationLevelOf(isced: number | null | undefined): EducationLevel | null {
  if (isced === null || isced === undefined) return null;
  const entries = Object.entries(educationLevels) as [EducationLevel, number][];
  return [...entries].reverse().find(([, level]) => level <= isced)?.[0] ?? null;
}

export type { CaseloadFilters };

/** One page of the caseload (src/web/boot.ts may have asked for the first already: see caseload-query.ts). */
export function caseloadQuery(organizationId: string, filters: CaseloadFilters) {
  return queryOptions({
    queryKey: ['caseload', organizationId, filters],
    queryFn: ({ signal }) =>
      call(listPeopleRoute, {
        signal,
        query: caseloadRequest(filters) as CallPart<typeof listPeopleRoute, 'query'>,
      }),
    meta: { inlineErrors: true },
  });
}

export function useCaseload(filters: CaseloadFilters) {
  const session = useSession();
  return useQuery({ ...caseloadQuery(session.organization.id, filters), placeholderData: keepPreviousData });
}

export function useStaffOptions() {
  const session = useSession();
  return useQuery({
    queryKey: ['staff', session.organization.id],
    queryFn: ({ signal }) => call(listStaffRoute, { signal }),
    select: (data) => data.items,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** `enabled: false` while the file's overview (its own read) is all the page shows. */
export function usePersonFile(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person', personId],
    queryFn: ({ signal }) => call(getPersonRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useUpdateIdentity(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identity: IdentityInput) =>
      call(updatePersonRoute, { params: { id: personId }, body: identity }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person', personId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}

export function useAddPersonItem(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: CallPart<typeof addPersonItemRoute, 'body'>) =>
      call(addPersonItemRoute, { params: { id: personId }, body: item }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['person', personId] }),
  });
}

export function useRemovePersonItem(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { kind: CallPart<typeof removePersonItemRoute, 'params'>['kind']; itemId: string }) =>
      call(removePersonItemRoute, { params: { id: personId, ...item } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['person', personId] }),
  });
}

export function useRevokeConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { itemId: string; revokedOn: string }) =>
      call(revokeConsentRoute, {
        params: { id: personId, itemId: input.itemId },
        body: { revokedOn: input.revokedOn },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['person', personId] }),
  });
}

/** Moves a barrier along identified → being addressed → resolved (resolved on the given day). */
export function useUpdateBarrier(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { itemId: string; body: CallPart<typeof updateBarrierRoute, 'body'> }) =>
      call(updateBarrierRoute, { params: { id: personId, itemId: input.itemId }, body: input.body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['person', personId] }),
  });
}
