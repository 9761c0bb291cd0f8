import { z } from 'zod';
import { contractTypes, workingTimes } from '../modules/offers/domain/contract-types.js';
import { offerStatuses, settableOfferStatuses } from '../modules/offers/domain/offer-status.js';
import { payPeriods } from '../modules/offers/domain/pay.js';
import { offerSources } from '../modules/offers/domain/vocabulary.js';
import { defineRoute, idParam, paged } from './define.js';
import { optionalText, plainText, plannedDate, text } from './primitives.js';

export { contractTypes, workingTimes } from '../modules/offers/domain/contract-types.js';
export { offerStatuses, settableOfferStatuses } from '../modules/offers/domain/offer-status.js';
export { payPeriods } from '../modules/offers/domain/pay.js';
export { offerSources } from '../modules/offers/domain/vocabulary.js';

const languageCode = plainText()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'ISO 639 code of 2 or 3 letters');
const cents = z.number().int().min(0).max(100_000_000_00);

// ——— Inputs ———

/** A job offer as a counselor types it; the use case checks it against the employer's country. */
export const offerBody = z.object({
  employerId: z.uuid(),
  siteId: z.uuid().nullish().describe('The employer’s site where the job is; its place gives the distance'),
  title: text(200),
  description: optionalText(10_000),
  escoId: plainText().trim().max(300).nullish().describe('The ESCO occupation (id or URI)'),
  place: z
    .object({ postalCode: optionalText(12), city: optionalText(120) })
    .nullish()
    .describe('Where the job is when it is not at one of the employer’s sites'),
  remote: z.boolean().default(false),
  contractType: z.enum(contractTypes),
  contractMonths: z.number().int().min(1).max(60).nullish().describe('Length of a fixed-term contract'),
  workingTime: z.enum(workingTimes).default('full_time'),
  hoursPerWeek: z.number().min(1).max(60).nullish(),
  pay: z
    .object({ minCents: cents.nullish(), maxCents: cents.nullish(), period: z.enum(payPeriods).nullish() })
    .nullish()
    .describe('Pay range in integer cents of the country’s currency'),
  language: z
    .object({
      language: languageCode,
      scale: z.enum(['cefr', 'clb', 'nclc']),
      level: plainText().trim().max(3),
    })
    .nullish()
    .describe('The level required in a language (CEFR A1–C2, CLB or NCLC 1–12)'),
  requiredCredentials: z
    .array(z.object({ code: text(60), label: text(200) }))
    .max(10)
    .default([])
    .describe('Licences or credentials the job requires (a nursing licence, a CDL, a driving licence B)'),
  skills: z.array(text(100)).max(30).default([]),
  startsOn: plannedDate('The start date').nullish(),
  expiresOn: plannedDate('The closing date').nullish(),
  positions: z.number().int().min(1).max(999).default(1),
  source: z.enum(offerSources).default('employer'),
  sourceReference: optionalText(200).describe('The offer’s number where it came from'),
});

export const offerStatusBody = z.object({ status: z.enum(settableOfferStatuses) });

export const offerListQuery = z.object({
  q: plainText().trim().max(100).optional(),
  status: z.enum(offerStatuses).optional(),
  employerId: z.uuid().optional(),
  contractType: z.enum(contractTypes).optional(),
  place: plainText()
    .trim()
    .max(120)
    .optional()
    .describe('Words of the town’s name, or the beginning of its code'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

// ——— Outputs ———

const equivalent = z.object({
  scheme: z.enum(['rome', 'onet', 'noc']),
  code: z.string(),
  relation: z.string(),
  title: z.string().nullable(),
});

export const offerView = z.object({
  id: z.uuid(),
  employer: z.object({ id: z.uuid(), name: z.string(), siae: z.boolean() }),
  site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  country: z.enum(['FR', 'US', 'CA']),
  title: z.string(),
  description: z.string().nullable(),
  occupation: z
    .object({
      escoId: z.string(),
      label: z.string().nullable(),
      iscoCode: z.string().nullable(),
      equivalents: z.array(equivalent),
    })
    .nullable(),
  place: z
    .object({
      code: z.string().nullable(),
      name: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    })
    .nullable(),
  remote: z.boolean(),
  contractType: z.enum(contractTypes),
  contractMonths: z.number().int().nullable(),
  workingTime: z.enum(workingTimes),
  hoursPerWeek: z.number().nullable(),
  pay: z
    .object({
      minCents: z.number().int().nullable(),
      maxCents: z.number().int().nullable(),
      period: z.enum(payPeriods),
      currency: z.enum(['EUR', 'USD', 'CAD']),
    })
    .nullable(),
  language: z
    .object({ language: z.string(), scale: z.enum(['cefr', 'clb', 'nclc']), level: z.string() })
    .nullable(),
  requiredCredentials: z.array(z.object({ code: z.string(), label: z.string() })),
  skills: z.array(z.string()),
  startsOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  positions: z.number().int(),
  status: z.enum(offerStatuses),
  source: z.enum(offerSources),
  sourceReference: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const offerListItem = offerView
  .pick({
    id: true,
    employer: true,
    title: true,
    contractType: true,
    contractMonths: true,
    hoursPerWeek: true,
    positions: true,
    status: true,
    startsOn: true,
    expiresOn: true,
    createdAt: true,
  })
  .extend({ placeName: z.string().nullable(), occupationLabel: z.string().nullable() });

// ——— Routes ———

const tags = ['offers'];

export const listOffersRoute = defineRoute({
  operationId: 'listOffers',
  method: 'GET',
  path: '/api/offers',
  policy: 'session',
  summary:
    'The job offers of my organization, newest first, by status, employer, contract or words of the title',
  tags,
  query: offerListQuery,
  response: paged(offerListItem),
});

export const getOfferRoute = defineRoute({
  operationId: 'getOffer',
  method: 'GET',
  path: '/api/offers/:id',
  policy: 'session',
  summary: 'A job offer with its occupation’s ROME, O*NET-SOC and NOC equivalents',
  tags,
  params: idParam,
  query: z.object({ lang: z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en') }),
  response: offerView,
});

export const createOfferRoute = defineRoute({
  operationId: 'createOffer',
  method: 'POST',
  path: '/api/offers',
  policy: 'session',
  summary: 'Record a job offer of an employer of my organization’s directory',
  tags,
  body: offerBody,
  successStatus: 201,
  response: z.object({ id: z.uuid() }),
});

export const changeOfferRoute = defineRoute({
  operationId: 'changeOffer',
  method: 'PUT',
  path: '/api/offers/:id',
  policy: 'session',
  summary: 'Correct a job offer (its employer stays)',
  tags,
  params: idParam,
  body: offerBody.omit({ employerId: true }),
  response: z.object({ id: z.uuid() }),
});

export const changeOfferStatusRoute = defineRoute({
  operationId: 'changeOfferStatus',
  method: 'POST',
  path: '/api/offers/:id/status',
  policy: 'session',
  summary: 'Mark an offer filled or closed, or reopen it',
  tags,
  params: idParam,
  body: offerStatusBody,
  response: z.object({ id: z.uuid(), status: z.enum(offerStatuses) }),
});

// ——— Import of employers and offers from a file ———

export const importOffersQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .describe('true: say what would be done, write nothing; false: do it, all rows or none'),
  fileName: plainText().max(300).default(''),
});

const translated = z.object({ en: z.string(), fr: z.string() });

export const importRowReport = z.object({
  row: z.number().int().describe('The line in the file, the header being line 1'),
  employer: z.object({
    outcome: z.enum(['created', 'updated', 'unchanged', 'refused']),
    name: z.string(),
    employerId: z.uuid().nullable().describe('Null when it is still to be created (dry run) or refused'),
    fields: z.array(z.string()).describe('The fields the row sets or changes'),
  }),
  offer: z
    .object({
      outcome: z.enum(['created', 'refused']),
      title: z.string(),
      offerId: z.uuid().nullable(),
    })
    .nullable()
    .describe('Null when the row has no offer_title'),
  refusals: z.array(
    z.object({
      code: z.string().describe('Stable code: EMPLOYER_LEGAL_ID_INVALID, OFFER_INCOHERENT…'),
      column: z.string().nullable().describe('The file’s column in question, when one is'),
      message: translated,
    }),
  ),
});

export const importReport = z.object({
  dryRun: z.boolean(),
  committed: z
    .boolean()
    .describe('Whether the import was written (never on a dry run nor with a refused row)'),
  format: z.enum(['csv', 'xlsx']),
  ignoredColumns: z.array(z.string()).describe('Headers that are not import columns'),
  summary: z.object({
    rows: z.number().int(),
    employersCreated: z.number().int(),
    employersUpdated: z.number().int(),
    offersCreated: z.number().int(),
    refusedRows: z.number().int(),
  }),
  rows: z.array(importRowReport),
});

export const importOffersRoute = defineRoute({
  operationId: 'importEmployersAndOffers',
  method: 'POST',
  path: '/api/offers/import',
  policy: 'session',
  summary:
    'Import employers (by legal identifier) and their job offers from a CSV or XLSX file: the body is the file’s bytes. A dry run reports row by row; the real import writes every row or none',
  tags,
  query: importOffersQuery,
  response: importReport,
});
