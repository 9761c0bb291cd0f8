import { z } from 'zod';
import { immersionStatuses } from '../modules/immersions/domain/immersion-status.js';
import {
  agreementLanguages,
  immersionKinds,
  immersionOutcomes,
  signatories,
} from '../modules/immersions/domain/vocabulary.js';
import { contractTypes } from '../modules/offers/domain/contract-types.js';
import { defineRoute, idParam } from './define.js';
import { fromMergedFile } from './merged-file.js';
import { eventDate, optionalText, pastDate, pastDateTime, plannedDate, text } from './primitives.js';

export { immersionStatuses } from '../modules/immersions/domain/immersion-status.js';
export {
  agreementLanguages,
  immersionKinds,
  immersionOutcomes,
  signatories,
} from '../modules/immersions/domain/vocabulary.js';

// ——— Inputs ———

/** An immersion as a counselor prepares it, before anyone signs. */
export const immersionBody = z.object({
  personId: z.uuid(),
  kind: z.enum(immersionKinds),
  employerId: z.uuid().describe('The host employer, from the organization’s directory'),
  siteId: z.uuid().nullish().describe('The employer’s site where the immersion takes place'),
  tutorContactId: z.uuid().describe('The tutor: an active contact of the host employer'),
  counselorUserId: z
    .uuid()
    .optional()
    .describe('The organization’s counselor who signs the agreement; myself when absent'),
  startsOn: plannedDate('The first day'),
  endsOn: plannedDate('The last day'),
  plannedHours: z.number().int().min(1).max(2000),
  objectives: text(4000),
  language: z.enum(agreementLanguages).default('fr').describe('The language the agreement is printed in'),
});

/** A signature of the agreement, recorded by staff (on paper, or in person): who, and when. */
export const signatureBody = z.object({
  signatory: z.enum(signatories),
  signedAt: pastDateTime('The moment of the signature'),
  signerName: optionalText(200).describe(
    'Who signed for the employer (its representative); the person, tutor and counselor sign under their own names',
  ),
});

/** Hours the person missed on one day of the immersion, in quarters of an hour. */
export const missedHoursBody = z.object({
  onDay: eventDate('The day'),
  hours: z.number().min(0.25).max(24).multipleOf(0.25),
  reason: optionalText(500),
});

/** The end-of-immersion assessment. */
export const assessmentBody = z.object({
  outcome: z.enum(immersionOutcomes),
  assessedOn: pastDate('The day of the assessment'),
  endedWithJobOffer: z.boolean(),
  jobContractType: z.enum(contractTypes).nullish().describe('The contract of the job offered, when one was'),
  note: optionalText(4000),
});

// ——— Outputs ———

export const immersionView = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    kind: z.enum(immersionKinds),
    employer: z.object({ id: z.uuid(), name: z.string(), country: z.enum(['FR', 'US', 'CA']) }),
    site: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
    tutor: z.object({ id: z.uuid(), name: z.string(), jobTitle: z.string().nullable() }).nullable(),
    counselor: z.object({ userId: z.uuid(), name: z.string().nullable() }),
    startsOn: z.string(),
    endsOn: z.string(),
    plannedHours: z.number().int(),
    objectives: z.string(),
    language: z.enum(agreementLanguages),
    status: z.enum(immersionStatuses),
    signatures: z.array(
      z.object({ signatory: z.enum(signatories), signerName: z.string(), signedAt: z.string() }),
    ),
    missingSignatures: z.array(z.enum(signatories)),
    missedHours: z.array(
      z.object({ id: z.uuid(), onDay: z.string(), hours: z.number(), reason: z.string().nullable() }),
    ),
    missedHoursTotal: z.number(),
    assessment: z
      .object({
        outcome: z.enum(immersionOutcomes),
        assessedOn: z.string(),
        endedWithJobOffer: z.boolean(),
        jobContractType: z.enum(contractTypes).nullable(),
        note: z.string().nullable(),
      })
      .nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Immersion' });
export type ImmersionView = z.infer<typeof immersionView>;

export const jobVisitView = z.object({
  enrolmentId: z.uuid(),
  seriesId: z.uuid(),
  title: z.string(),
  status: z.string(),
  seriesStatus: z.enum(['planned', 'cancelled', 'completed']),
  firstMeetingAt: z.string().nullable(),
  employer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  site: z.object({ id: z.uuid(), name: z.string(), city: z.string() }).nullable(),
});
export type JobVisitView = z.infer<typeof jobVisitView>;

// ——— Routes ———

const tags = ['immersions'];

export const listPersonImmersionsRoute = defineRoute({
  operationId: 'listPersonImmersions',
  method: 'GET',
  path: '/api/people/:id/immersions',
  policy: 'session',
  summary:
    'A person’s immersions and internships, newest first, and their job visits (sessions at an employer)',
  tags,
  params: idParam,
  response: z.object({
    items: z.array(immersionView.extend({ fromMergedFile })),
    jobVisits: z.array(jobVisitView.extend({ fromMergedFile })),
  }),
});

export const createImmersionRoute = defineRoute({
  operationId: 'createImmersion',
  method: 'POST',
  path: '/api/immersions',
  policy: 'session',
  summary: 'Prepare an immersion (PMSMP, internship, job shadowing) of a person at a host employer',
  tags,
  body: immersionBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});

export const getImmersionRoute = defineRoute({
  operationId: 'getImmersion',
  method: 'GET',
  path: '/api/immersions/:id',
  policy: 'session',
  summary: 'An immersion with its signatures, missed hours and assessment',
  tags,
  params: idParam,
  response: immersionView,
});

export const signImmersionRoute = defineRoute({
  operationId: 'signImmersion',
  method: 'POST',
  path: '/api/immersions/:id/signatures',
  policy: 'session',
  summary: 'Record that a signatory signed the agreement, and when',
  tags,
  params: idParam,
  body: signatureBody,
  successStatus: 201,
  response: immersionView,
});

export const recordMissedHoursRoute = defineRoute({
  operationId: 'recordMissedHours',
  method: 'POST',
  path: '/api/immersions/:id/missed-hours',
  policy: 'session',
  summary: 'Record hours the person missed on a day of the immersion',
  tags,
  params: idParam,
  body: missedHoursBody,
  successStatus: 201,
  response: immersionView,
});

export const assessImmersionRoute = defineRoute({
  operationId: 'assessImmersion',
  method: 'POST',
  path: '/api/immersions/:id/assessment',
  policy: 'session',
  summary:
    'Record the end assessment: completed, partially completed or did not show; a job offer and its contract',
  tags,
  params: idParam,
  body: assessmentBody,
  response: immersionView,
});

export const immersionAgreementPdfRoute = defineRoute({
  operationId: 'immersionAgreementPdf',
  method: 'GET',
  path: '/api/immersions/:id/agreement.pdf',
  policy: 'session',
  summary: 'The immersion agreement as PDF, in its language or the one asked for',
  tags,
  params: idParam,
  query: z.object({ locale: z.enum(agreementLanguages).optional() }),
  response: z.string(),
});
