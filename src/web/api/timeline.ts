import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { personTimelineRoute } from '../../contracts/timeline.js';
import type { Role } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';

/** Who reads a person's timeline (the server checks the same list). */
export const timelineReaderRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

export type TimelineFilters = Pick<CallPart<typeof personTimelineRoute, 'query'>, 'module' | 'from' | 'to'>;
export type TimelinePage = Awaited<ReturnType<typeof fetchTimelinePage>>;
export type TimelineEventItem = TimelinePage['items'][number];

const pageSize = 50;

function fetchTimelinePage(
  personId: string,
  filters: TimelineFilters,
  cursor?: string,
  signal?: AbortSignal,
) {
  return call(personTimelineRoute, {
    params: { id: personId },
    query: { ...filters, pageSize, cursor },
    signal,
  });
}

/** The timeline fifty events at a time, each page continuing where the previous one ended. */
export function usePersonTimeline(personId: string, filters: TimelineFilters) {
  return useInfiniteQuery({
    queryKey: ['person-timeline', personId, filters],
    queryFn: ({ pageParam, signal }) => fetchTimelinePage(personId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}
