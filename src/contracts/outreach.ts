import { z } from 'zod';
import {
  closingOutcomes,
  contactChannels,
  leadOutcomes,
  leadSources,
  partnerKinds,
} from '../modules/outreach/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { calendarDate, optionalText, pastDate, pastDateTime, text } from './primitives.js';

export { closingOutcomes, contactChannels, leadOutcomes, leadSources, partnerKinds };

/**
 * Repérage (outreach) before intake: a person met or signalled, only what it takes to reach them, the
 * attempts to do so, and what became of them (docs/outreach.md).
 */
export const leadBody = z
  .object({
    programId: z.uuid().nullish().describe('The program the person could join, if one is in view'),
    metOn: pastDate('The day the person was met or signalled'),
    source: z.enum(leadSources),
    partnerKind: z.enum(partnerKinds).nullish().describe('Who signalled the person, for a partner referral'),
    partnerName: optionalText(200),
    eventName: optionalText(200).describe('The outreach event, for one met there'),
    givenName: text(100),
    familyName: optionalText(100),
    phone: optionalText(40),
    email: z.string().trim().email().max(254).nullish(),
    language: optionalText(12).describe('A language to reach them in (BCP 47 tag, e.g. "ar", "prs")'),
    note: optionalText(2000),
    assignedUserId: z.uuid().nullish().describe('The colleague who follows the lead up; myself when absent'),
  })
  .refine((b) => b.source === 'partner_referral' || !b.partnerKind, {
    message: 'A partner is named only for a partner referral',
    path: ['partnerKind'],
  });

const person = z.object({ userId: z.uuid(), name: z.string().nullable() });

export const leadSummary = z
  .object({
    id: z.uuid(),
    programId: z.uuid().nullable(),
    metOn: z.string(),
    source: z.enum(leadSources),
    partnerKind: z.enum(partnerKinds).nullable(),
    partnerName: z.string().nullable(),
    eventName: z.string().nullable(),
    /** Null once the lead was anonymized (closed without enrolment for a year). */
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    assigned: person.nullable(),
    outcome: z.enum(leadOutcomes).nullable(),
    outcomeOn: z.string().nullable(),
    personId: z.uuid().nullable(),
    attempts: z.number().int(),
    lastAttemptAt: z.string().nullable(),
    anonymized: z.boolean(),
  })
  .meta({ id: 'OutreachLeadSummary' });

export const leadView = leadSummary
  .extend({
    phone: z.string().nullable(),
    email: z.string().nullable(),
    language: z.string().nullable(),
    note: z.string().nullable(),
    createdBy: person,
    createdAt: z.string(),
    attemptsMade: z.array(
      z.object({
        id: z.uuid(),
        attemptedAt: z.string(),
        channel: z.enum(contactChannels),
        reached: z.boolean(),
        note: z.string().nullable(),
        recordedBy: person,
      }),
    ),
  })
  .meta({ id: 'OutreachLead' });

export const leadsQuery = z.object({
  state: z.enum(['open', 'closed', 'all']).default('open'),
  source: z.enum(leadSources).optional(),
  programId: z.uuid().optional(),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Only the leads I follow up'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const listLeadsRoute = defineRoute({
  operationId: 'listOutreachLeads',
  method: 'GET',
  path: '/api/outreach/leads',
  policy: 'session',
  summary:
    "My organization's leads: open ones never tried first, then the least recently tried (to call next); closed ones, latest first",
  tags: ['outreach'],
  query: leadsQuery,
  response: z.object({
    items: z.array(leadSummary),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  }),
});

export const recordLeadRoute = defineRoute({
  operationId: 'recordOutreachLead',
  method: 'POST',
  path: '/api/outreach/leads',
  policy: 'session',
  summary: 'Record a person met at an outreach event or signalled by a partner, before any file exists',
  tags: ['outreach'],
  body: leadBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const readLeadRoute = defineRoute({
  operationId: 'readOutreachLead',
  method: 'GET',
  path: '/api/outreach/leads/:id',
  policy: 'session',
  summary: 'A lead with its contact details and every attempt to reach them (audited)',
  tags: ['outreach'],
  params: idParam,
  response: leadView,
});

export const changeLeadRoute = defineRoute({
  operationId: 'changeOutreachLead',
  method: 'PUT',
  path: '/api/outreach/leads/:id',
  policy: 'session',
  summary: 'Correct an open lead (who they are, how to reach them, who follows them up)',
  tags: ['outreach'],
  params: idParam,
  body: leadBody,
  response: z.undefined(),
  successStatus: 204,
});

export const attemptBody = z.object({
  attemptedAt: pastDateTime('The attempt'),
  channel: z.enum(contactChannels),
  reached: z.boolean(),
  note: optionalText(1000),
});

export const recordAttemptRoute = defineRoute({
  operationId: 'recordOutreachAttempt',
  method: 'POST',
  path: '/api/outreach/leads/:id/attempts',
  policy: 'session',
  summary:
    'Record an attempt to reach an open lead (by phone, text, e-mail, in person or through the partner)',
  tags: ['outreach'],
  params: idParam,
  body: attemptBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const closeLeadBody = z.object({
  outcome: z.enum(closingOutcomes),
  outcomeOn: pastDate('The day the lead was closed'),
});

export const closeLeadRoute = defineRoute({
  operationId: 'closeOutreachLead',
  method: 'POST',
  path: '/api/outreach/leads/:id/close',
  policy: 'session',
  summary: 'Close an open lead that did not lead to an enrolment, with why (not interested, not eligible…)',
  tags: ['outreach'],
  params: idParam,
  body: closeLeadBody,
  response: z.undefined(),
  successStatus: 204,
});

export const convertLeadRoute = defineRoute({
  operationId: 'convertOutreachLead',
  method: 'POST',
  path: '/api/outreach/leads/:id/convert',
  policy: 'session',
  summary:
    "Link an open lead to the file opened at intake: the lead counts as enrolled from the person's enrolment",
  tags: ['outreach'],
  params: idParam,
  body: z.object({ personId: z.uuid() }),
  response: z.object({ outcomeOn: z.string() }),
});

export const reopenLeadRoute = defineRoute({
  operationId: 'reopenOutreachLead',
  method: 'POST',
  path: '/api/outreach/leads/:id/reopen',
  policy: 'session',
  summary: 'Reopen a lead closed by mistake (not one already anonymized)',
  tags: ['outreach'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

const figuresRow = z.object({
  met: z.number().int(),
  open: z.number().int(),
  outcomes: z.object(
    Object.fromEntries(leadOutcomes.map((o) => [o, z.number().int()])) as Record<
      (typeof leadOutcomes)[number],
      z.ZodNumber
    >,
  ),
  conversionRate: z.number().nullable(),
  medianDaysToEnrolment: z.number().nullable(),
});

export const outreachFiguresRoute = defineRoute({
  operationId: 'programOutreachFigures',
  method: 'GET',
  path: '/api/programs/:id/outreach-figures',
  policy: 'session',
  summary:
    "A program's repérage over a period: leads met by source, what became of them, and the share of decided ones enrolled",
  tags: ['outreach'],
  params: idParam,
  query: z
    .object({ from: calendarDate(), to: calendarDate() })
    .refine((q) => q.from <= q.to, { message: 'The period ends on or after its first day', path: ['to'] }),
  response: z.object({
    total: figuresRow,
    bySource: z.array(figuresRow.extend({ source: z.enum(leadSources) })),
    /** Only the organization's own leads, unless the reader steers the program. */
    scope: z.enum(['organization', 'program']),
  }),
});
