import { useQuery } from '@tanstack/react-query';
import { getPersonOverviewRoute } from '../../contracts/person-overview.js';
import { call } from './client.js';

export type { PersonOverviewView } from '../../contracts/person-overview.js';

/** Under the file's key: whatever refreshes the file refreshes its overview. */
export function usePersonOverview(personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['person', personId, 'overview'],
    queryFn: ({ signal }) => call(getPersonOverviewRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}
