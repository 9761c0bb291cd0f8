import { z } from 'zod';
import { defineRoute } from './define.js';

/** The secret of a subscription URL: 32 random bytes in base64url (43 characters). */
export const calendarFeedToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const feedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** When a calendar application last fetched the feed; null when never. */
  lastReadAt: z.string().nullable(),
});

export const calendarFeedRoute = defineRoute({
  operationId: 'calendarFeed',
  method: 'GET',
  path: '/api/calendar-feed',
  policy: 'session',
  summary:
    'Whether I have a calendar subscription URL, since when, and when it was last read (never the URL)',
  tags: ['follow-up'],
  response: feedStatus,
});

export const createCalendarFeedRoute = defineRoute({
  operationId: 'createCalendarFeed',
  method: 'POST',
  path: '/api/calendar-feed',
  policy: 'session',
  summary:
    'Create my calendar subscription URL, or replace it (the old URL stops at once); the URL is shown this once',
  tags: ['follow-up'],
  response: feedStatus.extend({ url: z.string() }),
  successStatus: 201,
});

export const revokeCalendarFeedRoute = defineRoute({
  operationId: 'revokeCalendarFeed',
  method: 'POST',
  path: '/api/calendar-feed/revoke',
  policy: 'session',
  summary: 'Revoke my calendar subscription URL: calendar applications get nothing more',
  tags: ['follow-up'],
  response: z.undefined(),
  successStatus: 204,
});

export const calendarFeedIcsRoute = defineRoute({
  operationId: 'calendarFeedIcs',
  method: 'GET',
  path: '/api/calendar-feed.ics',
  policy: 'public',
  summary:
    "A staff member's appointments as an iCalendar feed, for Outlook or Google Calendar; the secret token is the only key (initials, never names)",
  tags: ['follow-up'],
  query: z.object({ token: calendarFeedToken }),
  response: z.string(),
});
