import { useQuery } from '@tanstack/react-query';
import { languageScalesRoute } from '../../contracts/reference.js';
import { call } from './client.js';

/** CEFR and CLB/NCLC levels and the certifying tests; reference data, fetched once per session. */
export function useLanguageScales() {
  return useQuery({
    queryKey: ['reference', 'language-scales'],
    queryFn: ({ signal }) => call(languageScalesRoute, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    meta: { inlineErrors: true },
  });
}
