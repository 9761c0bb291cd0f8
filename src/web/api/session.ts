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

/**
 * The organization's time zone: every time the app shows, and every time typed in a form, is a time of
 * its wall clock (core/time-zone.ts converts), whatever the zone of the browser's machine.
 */
export function useTimeZone(): string {
  return useSession().organization.timeZone;
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
