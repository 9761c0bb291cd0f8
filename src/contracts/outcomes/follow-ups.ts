import { z } from 'zod';
import {
  attemptResults,
  followUpFormLanguages,
  followUpStatuses,
  wageBands,
} from '../../modules/outcomes/domain/vocabulary.js';
import { defineRoute, idParam } from '../define.js';
import { optionalText, pastDate } from '../primitives.js';

/** The follow-ups after exit a counselor records, tries or sends the form of. */

export const followUpView = z.object({
  id: z.uuid(),
  enrolmentId: z.uuid(),
  months: z.number().int(),
  dueOn: z.string(),
  status: z.enum(followUpStatuses),
  attempts: z.number().int(),
  answeredOn: z.string().nullable(),
  answeredVia: z.string().nullable(),
  answer: z
    .object({
      employed: z.boolean(),
      sameEmployer: z.boolean().nullable(),
      contractType: z.string().nullable(),
      hoursPerWeek: z.number().nullable(),
      wageBand: z.enum(wageBands).nullable(),
      inTraining: z.boolean(),
      inRegion: z.boolean().nullable(),
      satisfied: z.number().int().nullable(),
    })
    .nullable(),
  linkSentAt: z.string().nullable(),
  linkExpiresAt: z.string().nullable(),
});

/** The answer itself, the same whether the person gives it on the form or a counselor takes it down. */
export const followUpAnswerBody = z.object({
  employed: z.boolean(),
  sameEmployer: z.boolean().nullish(),
  contractType: z.enum(['permanent', 'fixed_term', 'temporary', 'self_employed', 'other']).nullish(),
  hoursPerWeek: z.number().min(1).max(80).nullish(),
  wageBand: z.enum(wageBands).nullish(),
  inTraining: z.boolean(),
  inRegion: z.boolean().nullish(),
  satisfied: z.number().int().min(1).max(5).nullish(),
});

export const recordFollowUpAnswerBody = followUpAnswerBody.extend({
  answeredOn: pastDate('The day the person answered'),
  via: z.enum(['phone', 'in_person', 'email']),
});

export const recordFollowUpAnswerRoute = defineRoute({
  operationId: 'recordFollowUpAnswer',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/answer',
  policy: 'session',
  summary: 'Record the person’s answer to a follow-up after exit (by phone or in person)',
  tags: ['outcomes'],
  params: idParam,
  body: recordFollowUpAnswerBody,
  response: z.object({ ok: z.literal(true) }),
});

export const followUpAttemptBody = z.object({
  result: z.enum(attemptResults).exclude(['sent']),
  note: optionalText(500),
});

export const recordFollowUpAttemptRoute = defineRoute({
  operationId: 'recordFollowUpAttempt',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/attempts',
  policy: 'session',
  summary:
    'Record an attempt to reach the person that brought no answer; after the program’s number of attempts the moment counts as unreachable',
  tags: ['outcomes'],
  params: idParam,
  body: followUpAttemptBody,
  response: z.object({ status: z.enum(followUpStatuses), attempts: z.number().int() }),
});

export const sendFollowUpLinkRoute = defineRoute({
  operationId: 'sendFollowUpLink',
  method: 'POST',
  path: '/api/exit-follow-ups/:id/link',
  policy: 'session',
  summary:
    'Send the person a single-use link to the follow-up form, in their language, by e-mail and by SMS (a mobile number, where texts are sent); says which channels carried it',
  tags: ['outcomes'],
  params: idParam,
  body: z.object({ language: z.enum(followUpFormLanguages).nullish() }),
  response: z.object({
    /** Where it went, the e-mail address first, separated by commas. */
    sentTo: z.string(),
    expiresAt: z.string(),
    /** Each channel that carried the same link: the address, or the mobile number in E.164. */
    channels: z.array(z.object({ channel: z.enum(['email', 'sms']), to: z.string() })),
    /** The person has a mobile number but the SMS provider failed; the e-mail went. */
    smsFailed: z.boolean(),
  }),
});
