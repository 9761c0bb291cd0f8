import { z } from 'zod';
import { commitmentStatuses } from '../modules/employers/domain/commitment-status.js';
import { employerCountries, legalIdentifierSchemes } from '../modules/employers/domain/legal-identifier.js';
import { sectorSchemes } from '../modules/employers/domain/sector.js';
import {
  commitmentKinds,
  contactRoles,
  engagementKinds,
  pathwayFields,
  siaeKinds,
  sizeBands,
} from '../modules/employers/domain/vocabulary.js';
import { defineRoute, idParam, paged } from './define.js';
import {
  endsAfterStart,
  optionalText,
  pastDate,
  plainText,
  plannedDate,
  storableUrl,
  text,
} from './primitives.js';

export { commitmentStatuses } from '../modules/employers/domain/commitment-status.js';
export { employerCountries } from '../modules/employers/domain/legal-identifier.js';
export {
  commitmentKinds,
  contactRoles,
  engagementKinds,
  pathwayFields,
  siaeKinds,
  sizeBands,
} from '../modules/employers/domain/vocabulary.js';

// ——— Inputs ———

/** An employer as a counselor types it; the use case checks the identifier and codes against the country. */
export const employerBody = z.object({
  name: text(200),
  country: z
    .enum(employerCountries)
    .describe('FR, US or CA: decides the identifier and the sector classification'),
  legalIdentifier: plainText()
    .trim()
    .max(40)
    .nullish()
    .describe('SIRET (France), EIN (United States) or NEQ (Québec), as written; unique in the organization'),
  sectorCode: plainText().trim().max(12).nullish().describe('NAF rév. 2 (88.99B), NAICS or SCIAN (622110)'),
  sectorLabel: optionalText(200),
  sizeBand: z.enum(sizeBands).nullish(),
  website: storableUrl({ protocol: /^https?$/ })
    .max(300)
    .nullish(),
  siae: z.boolean().default(false).describe('A French work-integration structure (structure d’insertion)'),
  siaeKind: z.enum(siaeKinds).nullish().describe('ACI, EI, ETTI, AI or EITI; kept only for an SIAE'),
  siaeConsortiumId: z.uuid().nullish().describe('The consortium of my organization the SIAE belongs to'),
  sharedWithConsortium: z
    .boolean()
    .default(false)
    .describe('Readable (not writable) by the organizations of my organization’s consortia'),
});

export const siteBody = z.object({
  name: text(120),
  addressLine: optionalText(300),
  postalCode: plainText().trim().max(12).nullish().describe('In the shape of the employer’s country'),
  city: text(120),
  headOffice: z.boolean().default(false).describe('At most one head office; naming another moves it'),
});

export const contactBody = z.object({
  givenName: text(100),
  familyName: text(100),
  role: z.enum(contactRoles),
  jobTitle: optionalText(120),
  email: z.email().max(320).nullish(),
  phone: optionalText(40),
});
export const contactChangeBody = contactBody.extend({
  active: z.boolean().describe('False once the contact has left or should no longer be called'),
});

const madeOn = pastDate('The day of the commitment');
export const commitmentBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pathway'),
    field: z.enum(pathwayFields),
    description: optionalText(1000),
    madeOn,
  }),
  z
    .object({
      kind: z.literal('hiring_pledge'),
      field: z.enum(pathwayFields).nullish(),
      hires: z.number().int().min(1).max(100_000),
      periodStart: plannedDate('The start of the period'),
      periodEnd: plannedDate('The end of the period'),
      description: optionalText(1000),
      madeOn,
    })
    .refine(...endsAfterStart('periodStart', 'periodEnd')),
]);

export const commitmentStatusBody = z.object({ status: z.enum(commitmentStatuses) });

export const engagementBody = z.object({
  kind: z.enum(engagementKinds),
  occurredOn: pastDate('The day of the exchange'),
  summary: text(2000),
  contactId: z.uuid().nullish().describe('One of the employer’s contacts'),
});

export const employersQuery = z.object({
  q: plainText()
    .trim()
    .max(100)
    .optional()
    .describe('A name (typos tolerated) or the digits of an identifier'),
  sector: plainText()
    .trim()
    .max(60)
    .optional()
    .describe('A code or its beginning (86, 62.1, 622110), or words of the sector’s label'),
  kind: z.enum(['all', 'siae']).default('all'),
  scope: z
    .enum(['all', 'own', 'shared'])
    .default('all')
    .describe('Mine, those my consortia share with me, or both'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const engagementsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

// ——— Views ———

const legalIdentifierView = z.object({
  scheme: z.enum(legalIdentifierSchemes),
  value: z.string().describe('Digits only'),
  display: z.string().describe('As people write it: 123 456 789 00012, 12-3456789'),
});
const sectorView = z.object({
  scheme: z.enum(sectorSchemes),
  code: z.string(),
  label: z.string().nullable(),
});
const ownerView = z.object({ organizationId: z.uuid(), organizationName: z.string() });

export const employerListItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.enum(employerCountries),
    legalIdentifier: legalIdentifierView.nullable(),
    sector: sectorView.nullable(),
    sizeBand: z.enum(sizeBands).nullable(),
    siae: z.boolean(),
    siaeKind: z.enum(siaeKinds).nullable(),
    city: z.string().nullable().describe('The head office’s city, else the first site’s'),
    sharedWithConsortium: z.boolean(),
    sharedWithMe: z
      .boolean()
      .describe('Another organization’s employer, shared with my consortium (read only)'),
    owner: ownerView,
    openCommitments: z.number().int(),
    lastEngagementOn: z.string().nullable(),
  })
  .meta({ id: 'EmployerListItem' });
export type EmployerListItem = z.infer<typeof employerListItem>;

export const employerSiteView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    addressLine: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string(),
    country: z.enum(employerCountries),
    headOffice: z.boolean(),
    place: z
      .object({
        code: z.string().describe('INSEE code (FR), ZIP code (US) or GeoNames id (CA), in the places module'),
        name: z.string(),
        district: z.string().nullable().describe('Département, county or Québec administrative region'),
        region: z.string(),
        latitude: z.number(),
        longitude: z.number(),
      })
      .nullable()
      .describe(
        'The municipality the address resolves to, with its coordinates; null when it designates none',
      ),
  })
  .meta({ id: 'EmployerSite' });

export const employerContactView = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    role: z.enum(contactRoles),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'EmployerContact' });

export const employerCommitmentView = z
  .object({
    id: z.uuid(),
    kind: z.enum(commitmentKinds),
    field: z.enum(pathwayFields).nullable(),
    description: z.string().nullable(),
    hires: z.number().int().nullable(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    madeOn: z.string(),
    status: z.enum(commitmentStatuses),
    statusChangedAt: z.string().nullable(),
    nextStatuses: z.array(z.enum(commitmentStatuses)),
  })
  .meta({ id: 'EmployerCommitment' });

export const employerView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.enum(employerCountries),
    legalIdentifier: legalIdentifierView.nullable(),
    sector: sectorView.nullable(),
    sizeBand: z.enum(sizeBands).nullable(),
    website: z.string().nullable(),
    siae: z.boolean(),
    siaeKind: z.enum(siaeKinds).nullable(),
    siaeConsortium: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    sharedWithConsortium: z.boolean(),
    sharedWithMe: z.boolean(),
    mayEdit: z.boolean().describe('My organization owns it and my role writes to the directory'),
    owner: ownerView,
    sites: z.array(employerSiteView),
    contacts: z.array(employerContactView),
    commitments: z.array(employerCommitmentView),
    engagements: z.number().int().describe('How many exchanges the history holds'),
    lastEngagementOn: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Employer' });
export type EmployerView = z.infer<typeof employerView>;

export const engagementView = z
  .object({
    id: z.uuid(),
    kind: z.enum(engagementKinds),
    occurredOn: z.string(),
    summary: z.string(),
    contact: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    recordedBy: z.object({ userId: z.uuid(), name: z.string().nullable() }),
    recordedAt: z.string(),
  })
  .meta({ id: 'EmployerEngagement' });
export type EngagementView = z.infer<typeof engagementView>;

// ——— Routes ———

const employerParams = idParam;
const siteParams = z.object({ id: z.uuid(), siteId: z.uuid() });
const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });
const commitmentParams = z.object({ id: z.uuid(), commitmentId: z.uuid() });
const created = z.object({ id: z.uuid() });
const changed = z.object({ id: z.uuid(), changed: z.boolean() });
const tags = ['employers'] as const;

export const listEmployersRoute = defineRoute({
  operationId: 'listEmployers',
  method: 'GET',
  path: '/api/employers',
  policy: 'session',
  summary:
    'The employers directory: my organization’s employers and those my consortia share (marked), searched by name or identifier, sector and SIAE',
  tags,
  query: employersQuery,
  response: paged(employerListItem),
});

export const createEmployerRoute = defineRoute({
  operationId: 'createEmployer',
  method: 'POST',
  path: '/api/employers',
  policy: 'session',
  summary:
    'Add an employer to my organization’s directory (409 EMPLOYER_LEGAL_ID_TAKEN when its identifier is)',
  tags,
  body: employerBody,
  response: created,
  successStatus: 201,
});

export const getEmployerRoute = defineRoute({
  operationId: 'getEmployer',
  method: 'GET',
  path: '/api/employers/:id',
  policy: 'session',
  summary: 'An employer with its sites, contacts and commitments (the read of contacts’ names is audited)',
  tags,
  params: employerParams,
  response: employerView,
});

export const changeEmployerRoute = defineRoute({
  operationId: 'changeEmployer',
  method: 'PUT',
  path: '/api/employers/:id',
  policy: 'session',
  summary: 'Change an employer of my organization (every field; audited with the names of those changed)',
  tags,
  params: employerParams,
  body: employerBody,
  response: changed,
});

export const addEmployerSiteRoute = defineRoute({
  operationId: 'addEmployerSite',
  method: 'POST',
  path: '/api/employers/:id/sites',
  policy: 'session',
  summary: 'Add a site (an address) to an employer',
  tags,
  params: employerParams,
  body: siteBody,
  response: z.object({
    id: z.uuid(),
    located: z.boolean().describe('The address resolved to a municipality'),
  }),
  successStatus: 201,
});

export const changeEmployerSiteRoute = defineRoute({
  operationId: 'changeEmployerSite',
  method: 'PUT',
  path: '/api/employers/:id/sites/:siteId',
  policy: 'session',
  summary: 'Change a site of an employer',
  tags,
  params: siteParams,
  body: siteBody,
  response: changed.extend({ located: z.boolean().describe('The address resolved to a municipality') }),
});

export const removeEmployerSiteRoute = defineRoute({
  operationId: 'removeEmployerSite',
  method: 'DELETE',
  path: '/api/employers/:id/sites/:siteId',
  policy: 'session',
  summary: 'Remove a site of an employer (kept for the offers and hires that name it)',
  tags,
  params: siteParams,
  response: z.object({ id: z.uuid() }),
});

export const addEmployerContactRoute = defineRoute({
  operationId: 'addEmployerContact',
  method: 'POST',
  path: '/api/employers/:id/contacts',
  policy: 'session',
  summary: 'Add a contact at an employer (personal data: audited with field names only)',
  tags,
  params: employerParams,
  body: contactBody,
  response: created,
  successStatus: 201,
});

export const changeEmployerContactRoute = defineRoute({
  operationId: 'changeEmployerContact',
  method: 'PUT',
  path: '/api/employers/:id/contacts/:contactId',
  policy: 'session',
  summary: 'Change a contact at an employer, or mark them as no longer there',
  tags,
  params: contactParams,
  body: contactChangeBody,
  response: changed,
});

export const addEmployerCommitmentRoute = defineRoute({
  operationId: 'addEmployerCommitment',
  method: 'POST',
  path: '/api/employers/:id/commitments',
  policy: 'session',
  summary: 'Record a commitment: a pathway opened in a field, or a pledge of a number of hires over a period',
  tags,
  params: employerParams,
  body: commitmentBody,
  response: created,
  successStatus: 201,
});

export const changeEmployerCommitmentStatusRoute = defineRoute({
  operationId: 'changeEmployerCommitmentStatus',
  method: 'PUT',
  path: '/api/employers/:id/commitments/:commitmentId/status',
  policy: 'session',
  summary: 'Move a commitment on: in progress, fulfilled, not fulfilled, withdrawn (or reopened)',
  tags,
  params: commitmentParams,
  body: commitmentStatusBody,
  response: changed,
});

export const recordEmployerEngagementRoute = defineRoute({
  operationId: 'recordEmployerEngagement',
  method: 'POST',
  path: '/api/employers/:id/engagements',
  policy: 'session',
  summary: 'Record an exchange with an employer (call, visit, event, agreement, e-mail) in its history',
  tags,
  params: employerParams,
  body: engagementBody,
  response: created,
  successStatus: 201,
});

export const listEmployerEngagementsRoute = defineRoute({
  operationId: 'listEmployerEngagements',
  method: 'GET',
  path: '/api/employers/:id/engagements',
  policy: 'session',
  summary: 'An employer’s engagement history, newest first, one page',
  tags,
  params: employerParams,
  query: engagementsQuery,
  response: paged(engagementView),
});
