import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  anonymizePersonRoute,
  exportPersonDataPdfRoute,
  exportPersonDataRoute,
  liftRestrictionRoute,
  personPrivacyRoute,
  processingRegisterPdfRoute,
  processingRegisterRoute,
  restrictProcessingRoute,
  retentionPoliciesRoute,
  setRetentionPoliciesRoute,
} from '../../contracts/privacy.js';
import { ApiError, buildUrl, type CallPart, call } from './client.js';

export { retentionPurposes } from '../../contracts/privacy.js';

const privacyKey = (personId: string) => ['people', personId, 'privacy'] as const;

export function usePrivacyState(personId: string) {
  return useQuery({
    queryKey: privacyKey(personId),
    queryFn: ({ signal }) => call(personPrivacyRoute, { params: { id: personId }, signal }),
  });
}

/** After a restriction, its lifting or an anonymization, everything shown of the person may have changed. */
function usePersonChange(personId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['person', personId] }),
      queryClient.invalidateQueries({ queryKey: ['people', personId] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

export function useRestrictProcessing(personId: string) {
  const changed = usePersonChange(personId);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (reason: string) =>
      call(restrictProcessingRoute, { params: { id: personId }, body: { reason } }),
    onSuccess: changed,
  });
}

export function useLiftRestriction(personId: string) {
  const changed = usePersonChange(personId);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: () => call(liftRestrictionRoute, { params: { id: personId } }),
    onSuccess: changed,
  });
}

export function useAnonymizePerson(personId: string) {
  const changed = usePersonChange(personId);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (reason: string) =>
      call(anonymizePersonRoute, { params: { id: personId }, body: { reason } }),
    onSuccess: changed,
  });
}

export function exportUrl(personId: string, format: 'json' | 'pdf', locale: 'fr' | 'en'): string {
  return format === 'json'
    ? buildUrl(exportPersonDataRoute.path, { id: personId })
    : buildUrl(exportPersonDataPdfRoute.path, { id: personId }, { locale });
}

export function registerPdfUrl(locale: 'fr' | 'en'): string {
  return buildUrl(processingRegisterPdfRoute.path, undefined, { locale });
}

/**
 * Fetches a file the server answers as an attachment and hands it to the browser to save. Unlike a
 * link, an error (a proof of identity asked again) comes back as an ApiError the page can act on.
 */
export async function downloadFile(url: string, language: string): Promise<void> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { 'accept-language': language },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      code?: string;
      message?: string;
      details?: unknown;
    };
    throw new ApiError(
      response.status,
      body.code ?? `HTTP_${response.status}`,
      body.message ?? response.statusText,
      body.details,
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = objectUrl;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

const retentionKey = ['privacy', 'retention'] as const;

export function useRetentionPolicies() {
  return useQuery({
    queryKey: retentionKey,
    queryFn: ({ signal }) => call(retentionPoliciesRoute, { signal }),
  });
}

export function useSetRetentionPolicies() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: CallPart<typeof setRetentionPoliciesRoute, 'body'>) =>
      call(setRetentionPoliciesRoute, { body }),
    onSuccess: (data) => {
      queryClient.setQueryData(retentionKey, data);
      return queryClient.invalidateQueries({ queryKey: ['privacy', 'register'] });
    },
  });
}

export function useProcessingRegister(locale: 'fr' | 'en') {
  return useQuery({
    queryKey: ['privacy', 'register', locale],
    queryFn: ({ signal }) => call(processingRegisterRoute, { query: { locale }, signal }),
  });
}
