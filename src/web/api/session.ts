import { queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { currentSessionRoute, type SessionView } from '../../contracts/accounts.js';
import { setFormatCountry, setFormatTimeZone } from '../format.js';
import { call, setCsrfToken } from './client.js';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }) => {
    const session = await call(currentSessionRoute, { signal });
    setCsrfToken(session.csrfToken);
    setFormatCountry(session.organization.country);
    setFormatTimeZone(session.organization.timeZone);
    return session;
  },
  staleTime: 60_000,
  retry: false,
});

/** The logged-in session; the app layout loads it before any page under it renders. */
export function useSession(): SessionView {
  return useSuspenseQuery(sessionQuery).data;
}

export function useReplaceSession(): (session: SessionView) => void {
  const queryClient = useQueryClient();
  return (session) => {
    setCsrfToken(session.csrfToken);
    setFormatCountry(session.organization.country);
    setFormatTimeZone(session.organization.timeZone);
    queryClient.setQueryData(sessionQuery.queryKey, session);
  };
}
