import { z } from 'zod';
import { defineRoute, idParam, isoDateTime } from './define.js';
import { plainText, text } from './primitives.js';
import { sessionModes } from './sessions.js';

/** The version of the consent text shown on the public form; kept with each request. */
export const signupConsentTextVersion = 'info-emploi-2026-11';
export const signupLanguages = ['fr', 'en', 'ar'] as const;

const name = text(100);

export const signupBody = z.object({
  givenName: name,
  familyName: name,
  email: z.email().max(254),
  phone: plainText()
    .trim()
    .max(30)
    .regex(/^[+0-9 ().-]*$/)
    .optional()
    .transform((v) => (v ? v : undefined)),
  preferredLanguage: z.enum(signupLanguages),
  /** The person ticked the box next to the consent text: nothing is recorded otherwise. */
  consent: z.literal(true),
  /** Hidden from people, who leave it empty; a robot filling every field is answered alike and ignored. */
  website: plainText().max(500).optional(),
});

export const publicInfoSessionView = z.object({
  id: z.uuid(),
  title: z.string(),
  organizationName: z.string(),
  presenter: z.string().nullable(),
  language: z.string(),
  mode: z.enum(sessionModes),
  nextMeetings: z.array(z.object({ startsAt: isoDateTime, durationMinutes: z.number().int() })),
  /** Seats still free, or null when the series has no limit. */
  seatsLeft: z.number().int().nullable(),
  /** New sign-ups go on the waitlist. */
  waitlist: z.boolean(),
});

export const listPublicInfoSessionsRoute = defineRoute({
  operationId: 'listPublicInfoSessions',
  method: 'GET',
  path: '/api/public/info-sessions',
  policy: 'public',
  summary: 'Upcoming information sessions anyone may sign up for (no participant data, no meeting link)',
  tags: ['sessions'],
  response: z.object({ items: z.array(publicInfoSessionView) }),
});

export const signUpRoute = defineRoute({
  operationId: 'signUp',
  method: 'POST',
  path: '/api/public/info-sessions/:id/signups',
  policy: 'public',
  summary: 'Ask to join an information session; the same answer whether or not the e-mail asked before',
  tags: ['sessions'],
  params: idParam,
  body: signupBody,
  successStatus: 201,
  response: z.object({ status: z.literal('received') }),
});

export const signupRequestView = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  preferredLanguage: z.enum(signupLanguages),
  requestedAt: isoDateTime,
  /** A person of the organization already has this e-mail: accepting enrols them. */
  knownPerson: z.boolean(),
});

export const listSignupRequestsRoute = defineRoute({
  operationId: 'listSignupRequests',
  method: 'GET',
  path: '/api/sessions/:id/signup-requests',
  policy: 'session',
  summary: 'Pending sign-up requests of a series (its organization only)',
  tags: ['sessions'],
  params: idParam,
  response: z.object({ items: z.array(signupRequestView) }),
});

export const acceptSignupRoute = defineRoute({
  operationId: 'acceptSignup',
  method: 'POST',
  path: '/api/session-signup-requests/:id/acceptance',
  policy: 'session',
  summary: 'Accept a request: register or find the person, then enrol them (seat or waitlist)',
  tags: ['sessions'],
  params: idParam,
  response: z.object({
    personId: z.uuid(),
    enrolmentId: z.uuid(),
    status: z.enum(['enrolled', 'waitlisted']),
    newPerson: z.boolean(),
  }),
});

export const declineSignupRoute = defineRoute({
  operationId: 'declineSignup',
  method: 'POST',
  path: '/api/session-signup-requests/:id/decline',
  policy: 'session',
  summary: 'Decline a request (who and when are recorded)',
  tags: ['sessions'],
  params: idParam,
  successStatus: 204,
  response: z.undefined(),
});
