import { z } from 'zod';
import {
  attendanceMarks,
  consentSources,
  engagementKinds,
  partnerKinds,
  partnerSectors,
  publicPageLanguages,
  registrationSources,
} from '../modules/network/domain/vocabulary.js';
import { defineRoute, idParam, isoDateTime } from './define.js';
import { optionalText, pastDate, plainText, plannedDateTime, storableUrl, text } from './primitives.js';

export {
  attendanceMarks,
  consentSources,
  engagementKinds,
  partnerKinds,
  partnerSectors,
  publicPageLanguages,
  registrationSources,
};

/**
 * The partner network (docs/network.md): organizations outside the platform and their professionals,
 * the history of exchanges with them, convenings with registrations and attendance, and the bulletin's
 * mailing list with consent and a one-click unsubscribe link in every issue.
 */
const tags = ['network'];
const email = z.string().trim().toLowerCase().email().max(254);
const person = z.object({ userId: z.uuid(), name: z.string().nullable() });

// ---------------------------------------------------------------- partners

export const partnerBody = z.object({
  name: text(200),
  kind: z.enum(partnerKinds),
  sectors: z.array(z.enum(partnerSectors)).max(partnerSectors.length).default([]),
  area: optionalText(200).describe('The region or area it serves'),
  website: storableUrl({ protocol: /^https?$/ })
    .max(500)
    .nullish(),
  notes: optionalText(4000),
  employerId: z.uuid().nullish().describe('For an employer: its record in the employers directory'),
  sharedWithConsortium: z
    .boolean()
    .default(false)
    .describe("Read (never changed) by the other organizations of the organization's consortia"),
});

export const partnerSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(partnerKinds),
    sectors: z.array(z.enum(partnerSectors)),
    area: z.string().nullable(),
    website: z.string().nullable(),
    employerId: z.uuid().nullable(),
    sharedWithConsortium: z.boolean(),
    /** False for a consortium partner's shared record: read only. */
    owned: z.boolean(),
    ownerName: z.string(),
    contacts: z.number().int(),
    lastEngagementOn: z.string().nullable(),
  })
  .meta({ id: 'NetworkPartnerSummary' });

export const contactBody = z.object({
  name: text(200),
  role: optionalText(200).describe('Their job at the partner'),
  email: email.nullish(),
  phone: plainText()
    .trim()
    .max(40)
    .regex(/^[+0-9 ().-]*$/)
    .nullish(),
  languages: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    )
    .max(10)
    .default([])
    .describe('Languages they work in (BCP 47 tags)'),
});

export const contactView = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
});

export const engagementBody = z.object({
  occurredOn: pastDate('The day of the exchange'),
  kind: z.enum(engagementKinds),
  summary: text(2000),
  contactId: z.uuid().nullish().describe('The contact met, one of the partner’s'),
});

export const engagementView = z.object({
  id: z.uuid(),
  occurredOn: z.string(),
  kind: z.enum(engagementKinds),
  summary: z.string(),
  contact: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  author: person,
  recordedAt: isoDateTime,
});

export const partnerView = partnerSummary
  .extend({
    notes: z.string().nullable(),
    employerName: z.string().nullable(),
    contactsList: z.array(contactView),
    /** Newest first. */
    engagements: z.array(engagementView),
  })
  .meta({ id: 'NetworkPartner' });

export const partnersQuery = z.object({
  q: plainText().trim().max(100).optional(),
  kind: z.enum(partnerKinds).optional(),
  sector: z.enum(partnerSectors).optional(),
});

export const listPartnersRoute = defineRoute({
  operationId: 'listNetworkPartners',
  method: 'GET',
  path: '/api/network/partners',
  policy: 'session',
  summary: "The organization's partners and those its consortium partners share, by name",
  tags,
  query: partnersQuery,
  response: z.object({ items: z.array(partnerSummary) }),
});

export const createPartnerRoute = defineRoute({
  operationId: 'createNetworkPartner',
  method: 'POST',
  path: '/api/network/partners',
  policy: 'session',
  summary: 'Add an organization of the network (public body, association, employer, school…)',
  tags,
  body: partnerBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const readPartnerRoute = defineRoute({
  operationId: 'readNetworkPartner',
  method: 'GET',
  path: '/api/network/partners/:id',
  policy: 'session',
  summary: 'A partner with its contacts and its engagement history, newest first (audited)',
  tags,
  params: idParam,
  response: partnerView,
});

export const changePartnerRoute = defineRoute({
  operationId: 'changeNetworkPartner',
  method: 'PUT',
  path: '/api/network/partners/:id',
  policy: 'session',
  summary: "Change one of the organization's partners",
  tags,
  params: idParam,
  body: partnerBody,
  response: z.undefined(),
  successStatus: 204,
});

export const addContactRoute = defineRoute({
  operationId: 'addNetworkContact',
  method: 'POST',
  path: '/api/network/partners/:id/contacts',
  policy: 'session',
  summary: 'Add a professional who works at a partner',
  tags,
  params: idParam,
  body: contactBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const changeContactRoute = defineRoute({
  operationId: 'changeNetworkContact',
  method: 'PUT',
  path: '/api/network/partner-contacts/:id',
  policy: 'session',
  summary: "Change a partner's contact",
  tags,
  params: idParam,
  body: contactBody,
  response: z.undefined(),
  successStatus: 204,
});

export const recordEngagementRoute = defineRoute({
  operationId: 'recordNetworkEngagement',
  method: 'POST',
  path: '/api/network/partners/:id/engagements',
  policy: 'session',
  summary: 'Record an exchange with a partner (a meeting, a call, an agreement signed…)',
  tags,
  params: idParam,
  body: engagementBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

// ---------------------------------------------------------------- convenings

export const conveningBody = z
  .object({
    title: text(200),
    startsAt: plannedDateTime('The start'),
    endsAt: plannedDateTime('The end').nullish(),
    place: optionalText(300),
    capacity: z.number().int().min(1).max(100_000).nullish(),
    description: optionalText(4000),
    publicRegistration: z.boolean().default(false).describe('Anyone with the link may register'),
  })
  .refine((b) => !b.endsAt || new Date(b.endsAt).getTime() > new Date(b.startsAt).getTime(), {
    message: 'The end comes after the start',
    path: ['endsAt'],
  });

const conveningCounts = z.object({
  registered: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  unmarked: z.number().int(),
  /** Registrations and presences by the kind of organization they come from (`none`: not said). */
  byPartnerKind: z.array(
    z.object({
      kind: z.enum([...partnerKinds, 'none']),
      registered: z.number().int(),
      present: z.number().int(),
    }),
  ),
});

export const conveningSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime.nullable(),
    timeZone: z.string(),
    place: z.string().nullable(),
    capacity: z.number().int().nullable(),
    publicRegistration: z.boolean(),
    registered: z.number().int(),
    present: z.number().int(),
  })
  .meta({ id: 'NetworkConveningSummary' });

export const registrationView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  partnerName: z.string().nullable(),
  partnerKind: z.enum(partnerKinds).nullable(),
  contactId: z.uuid().nullable(),
  partnerId: z.uuid().nullable(),
  needs: z.string().nullable(),
  source: z.enum(registrationSources),
  attendance: z.enum(attendanceMarks).nullable(),
  registeredAt: isoDateTime,
});

export const conveningView = conveningSummary
  .omit({ registered: true, present: true })
  .extend({
    description: z.string().nullable(),
    counts: conveningCounts,
    registrations: z.array(registrationView),
  })
  .meta({ id: 'NetworkConvening' });

export const listConveningsRoute = defineRoute({
  operationId: 'listNetworkConvenings',
  method: 'GET',
  path: '/api/network/convenings',
  policy: 'session',
  summary: "The organization's convenings, the latest first, with their registrations and presences",
  tags,
  response: z.object({ items: z.array(conveningSummary) }),
});

export const createConveningRoute = defineRoute({
  operationId: 'createNetworkConvening',
  method: 'POST',
  path: '/api/network/convenings',
  policy: 'session',
  summary: 'Plan a convening (a forum, a meeting of partners)',
  tags,
  body: conveningBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const readConveningRoute = defineRoute({
  operationId: 'readNetworkConvening',
  method: 'GET',
  path: '/api/network/convenings/:id',
  policy: 'session',
  summary: 'A convening with its registrations, attendance and counts (audited)',
  tags,
  params: idParam,
  response: conveningView,
});

export const changeConveningRoute = defineRoute({
  operationId: 'changeNetworkConvening',
  method: 'PUT',
  path: '/api/network/convenings/:id',
  policy: 'session',
  summary: 'Change a convening (its capacity never below the registrations already taken)',
  tags,
  params: idParam,
  body: conveningBody,
  response: z.undefined(),
  successStatus: 204,
});

export const registrationBody = z
  .object({
    contactId: z.uuid().nullish().describe('A contact of the network; otherwise name the registrant'),
    name: optionalText(200),
    email: email.nullish(),
    partnerName: optionalText(200),
    partnerKind: z.enum(partnerKinds).nullish(),
    needs: optionalText(1000).describe('Accessibility, interpretation, dietary needs…'),
  })
  .refine((b) => Boolean(b.contactId) || Boolean(b.name), {
    message: 'Choose a contact of the network or give a name',
    path: ['name'],
  });

export const registerRoute = defineRoute({
  operationId: 'registerForNetworkConvening',
  method: 'POST',
  path: '/api/network/convenings/:id/registrations',
  policy: 'session',
  summary: 'Register a contact of the network or anyone else for a convening',
  tags,
  params: idParam,
  body: registrationBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const markAttendanceRoute = defineRoute({
  operationId: 'markNetworkAttendance',
  method: 'PUT',
  path: '/api/network/convening-registrations/:id/attendance',
  policy: 'session',
  summary: 'Mark a registrant present or absent on the day (null clears the mark)',
  tags,
  params: idParam,
  body: z.object({ attendance: z.enum(attendanceMarks).nullable() }),
  response: z.undefined(),
  successStatus: 204,
});

export const attendanceExportRoute = defineRoute({
  operationId: 'exportNetworkAttendance',
  method: 'GET',
  path: '/api/network/convenings/:id/attendance-list',
  policy: 'session',
  summary: 'The registrations and attendance of a convening, as CSV or XLSX (audited)',
  tags,
  params: idParam,
  query: z.object({
    format: z.enum(['csv', 'xlsx']).default('xlsx'),
    language: z.enum(['fr', 'en']).default('fr'),
  }),
  response: z.string(),
});

export const publicConveningView = z.object({
  id: z.uuid(),
  title: z.string(),
  organizationName: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable(),
  timeZone: z.string(),
  place: z.string().nullable(),
  description: z.string().nullable(),
  /** Seats still free, or null when the convening has no limit. */
  seatsLeft: z.number().int().nullable(),
});

export const publicConveningRoute = defineRoute({
  operationId: 'publicNetworkConvening',
  method: 'GET',
  path: '/api/public/convenings/:id',
  policy: 'public',
  summary: 'What the public registration page shows (a convening open to registration, still to come)',
  tags,
  params: idParam,
  response: publicConveningView,
});

export const publicRegistrationBody = z.object({
  name: text(200),
  email,
  partnerName: optionalText(200).describe('The organization they come from'),
  partnerKind: z.enum(partnerKinds).nullish(),
  needs: optionalText(1000),
  language: z.enum(publicPageLanguages).default('fr'),
  /** Hidden from people, who leave it empty; a robot filling every field is answered alike and ignored. */
  website: plainText().max(500).optional(),
});

export const publicRegisterRoute = defineRoute({
  operationId: 'registerPubliclyForNetworkConvening',
  method: 'POST',
  path: '/api/public/convenings/:id/registrations',
  policy: 'public',
  summary: 'Register for a convening; the same answer whether or not the e-mail registered before',
  tags,
  params: idParam,
  body: publicRegistrationBody,
  response: z.object({ status: z.enum(['received', 'full']) }),
  successStatus: 201,
});

// ---------------------------------------------------------------- bulletin

export const subscriberBody = z.object({
  email,
  name: optionalText(200),
  consentedOn: pastDate('The day they consented'),
  consentSource: z.enum(consentSources),
  consentWording: text(1000).describe('The words they agreed to, as shown to them'),
});

export const subscriberView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  consentedOn: z.string(),
  consentSource: z.enum(consentSources),
  consentWording: z.string(),
  unsubscribedAt: isoDateTime.nullable(),
});

export const subscribersQuery = z.object({
  q: plainText().trim().max(100).optional(),
  state: z.enum(['active', 'unsubscribed', 'all']).default('active'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const listSubscribersRoute = defineRoute({
  operationId: 'listNetworkSubscribers',
  method: 'GET',
  path: '/api/network/subscribers',
  policy: 'session',
  summary: "The bulletin's mailing list, with each subscriber's consent (audited)",
  tags,
  query: subscribersQuery,
  response: z.object({
    items: z.array(subscriberView),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    active: z.number().int(),
    unsubscribed: z.number().int(),
  }),
});

export const addSubscriberRoute = defineRoute({
  operationId: 'addNetworkSubscriber',
  method: 'POST',
  path: '/api/network/subscribers',
  policy: 'session',
  summary: 'Add a subscriber with their consent (an address that unsubscribed is never added again)',
  tags,
  body: subscriberBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const importSubscribersBody = z.object({
  csv: plainText().min(1).max(1_000_000).describe('Columns email, name, consented_on (YYYY-MM-DD)'),
  consentSource: z.enum(consentSources).default('import'),
  consentWording: text(1000),
  dryRun: z.boolean().default(false),
});

export const importSubscribersRoute = defineRoute({
  operationId: 'importNetworkSubscribers',
  method: 'POST',
  path: '/api/network/subscribers/import',
  policy: 'session',
  summary: 'Import subscribers from a CSV with their consent day: every line checked, all written or none',
  tags,
  body: importSubscribersBody,
  response: z.object({
    imported: z.number().int(),
    alreadySubscribed: z.number().int(),
    unsubscribedBefore: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), column: z.string(), code: z.string() })),
  }),
});

export const unsubscribeSubscriberRoute = defineRoute({
  operationId: 'unsubscribeNetworkSubscriber',
  method: 'POST',
  path: '/api/network/subscribers/:id/unsubscribe',
  policy: 'session',
  summary: 'Unsubscribe someone who asked by another way (a call, a letter)',
  tags,
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

export const bulletinBody = z.object({
  subject: text(200),
  body: plainText().trim().min(1).max(20_000).describe('Plain text (markdown is sent as written)'),
});

export const bulletinSummary = z.object({
  id: z.uuid(),
  subject: z.string(),
  sentAt: isoDateTime,
  sentBy: person,
  recipients: z.number().int(),
  delivered: z.number().int(),
});

export const listBulletinsRoute = defineRoute({
  operationId: 'listNetworkBulletins',
  method: 'GET',
  path: '/api/network/bulletins',
  policy: 'session',
  summary: 'The bulletins sent, the latest first, with how many e-mails left',
  tags,
  response: z.object({ items: z.array(bulletinSummary) }),
});

export const sendBulletinRoute = defineRoute({
  operationId: 'sendNetworkBulletin',
  method: 'POST',
  path: '/api/network/bulletins',
  policy: 'session',
  summary: 'Send a bulletin to every active subscriber: one e-mail each, each with its unsubscribe link',
  tags,
  body: bulletinBody,
  response: z.object({ id: z.uuid(), recipients: z.number().int() }),
  successStatus: 201,
});

export const unsubscribeTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const publicUnsubscribeRoute = defineRoute({
  operationId: 'publicBulletinUnsubscribeLink',
  method: 'GET',
  path: '/api/public/bulletin-unsubscribe/:token',
  policy: 'public',
  summary:
    'What the unsubscribe page shows: whose bulletin, the address (partly hidden), whether already done',
  tags,
  params: unsubscribeTokenParam,
  response: z.object({
    organizationName: z.string(),
    maskedEmail: z.string(),
    unsubscribed: z.boolean(),
  }),
});

export const confirmUnsubscribeRoute = defineRoute({
  operationId: 'publicBulletinUnsubscribe',
  method: 'POST',
  path: '/api/public/bulletin-unsubscribe/:token',
  policy: 'public',
  summary: 'Unsubscribe with the link of an e-mail: no login, never mailed again (done twice is done)',
  tags,
  params: unsubscribeTokenParam,
  response: z.object({ unsubscribed: z.literal(true) }),
});
