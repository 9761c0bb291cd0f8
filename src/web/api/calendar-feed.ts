import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  calendarFeedRoute,
  createCalendarFeedRoute,
  revokeCalendarFeedRoute,
} from '../../contracts/calendar-feed.js';
import { call } from './client.js';

/** My calendar subscription: whether it exists (the URL is shown once, by the creation). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: ['calendar-feed'],
    queryFn: ({ signal }) => call(calendarFeedRoute, { signal }),
    meta: { inlineErrors: true },
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(createCalendarFeedRoute, {}),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(revokeCalendarFeedRoute, {}),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
