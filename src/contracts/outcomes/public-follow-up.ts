import { z } from 'zod';
import { followUpFormLanguages } from '../../modules/outcomes/domain/vocabulary.js';
import { defineRoute } from '../define.js';
import { followUpAnswerBody } from './follow-ups.js';

/** The public follow-up form: no account, the single-use link is the only key. */

export const followUpTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const publicFollowUpRoute = defineRoute({
  operationId: 'publicFollowUpForm',
  method: 'GET',
  path: '/api/public/follow-up/:token',
  policy: 'public',
  summary:
    'What the follow-up form shows: who asks, the moment, the language, the currency of the pay bands; 404 FOLLOW_UP_LINK_INVALID once used or expired',
  tags: ['outcomes'],
  params: followUpTokenParam,
  response: z.object({
    organizationName: z.string(),
    programName: z.string(),
    firstName: z.string(),
    months: z.number().int(),
    language: z.enum(followUpFormLanguages),
    asksRegion: z.boolean(),
    /**
     * The ISO 4217 currency of the organization's country, in which the monthly pay bands are shown
     * (a person who left a program in Louisville earns dollars); null for a country without one listed.
     */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    expiresAt: z.string(),
  }),
});

export const answerPublicFollowUpRoute = defineRoute({
  operationId: 'answerPublicFollowUp',
  method: 'POST',
  path: '/api/public/follow-up/:token',
  policy: 'public',
  summary: 'The person answers the follow-up form; the link cannot be used again',
  tags: ['outcomes'],
  params: followUpTokenParam,
  body: followUpAnswerBody,
  response: z.object({ ok: z.literal(true) }),
});
