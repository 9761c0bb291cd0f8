import { z } from 'zod';
import {
  programmeItemKinds,
  stayCostKinds,
  stayCostPayers,
  stayDecisions,
  stayStatuses,
} from '../modules/regions/domain/stay-rules.js';
import { defineRoute, idParam, paged, pageQuery } from './define.js';
import { optionalText, plannedDate, text } from './primitives.js';

export { programmeItemKinds, stayCostKinds, stayCostPayers, stayDecisions, stayStatuses };

/**
 * Regions, their regional partners on the platform, and exploratory stays (docs/regions.md). A region
 * is a district of the places reference data kept as { country, code }: in Québec an administrative
 * region '01'…'17'.
 */
const regionCountry = z.enum(['CA', 'FR', 'US']).describe('The region’s country');
const regionCode = z
  .string()
  .regex(/^[0-9A-Za-z]{1,10}$/, { message: 'A region code: letters and digits, at most 10' })
  .describe('The district’s code in the places reference data (Québec: 01 to 17)');

const organizationRef = z.object({ id: z.uuid(), name: z.string() });

export const regionView = z.object({
  country: z.string(),
  code: z.string(),
  name: z.string(),
  partners: z.array(organizationRef),
});
export type RegionView = z.infer<typeof regionView>;

export const listRegionsRoute = defineRoute({
  operationId: 'listRegions',
  method: 'GET',
  path: '/api/regions',
  policy: 'session',
  summary: 'The regions of Québec with the partner organizations covering each for my consortia',
  tags: ['regions'],
  response: z.object({ items: z.array(regionView), canManageCoverage: z.boolean() }),
});

export const regionParams = z.object({ country: regionCountry, code: regionCode });

export const regionDetailView = regionView.extend({
  infoSessions: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      presenter: z.string().nullable(),
      organization: organizationRef,
      nextStartsAt: z.string().nullable(),
    }),
  ),
  employers: z.array(z.object({ id: z.uuid(), name: z.string(), towns: z.array(z.string()) })),
  offers: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      placeName: z.string().nullable(),
      contractType: z.string(),
      expiresOn: z.string().nullable(),
    }),
  ),
  stays: z.object({ planned: z.number().int(), done: z.number().int() }),
});
export type RegionDetailView = z.infer<typeof regionDetailView>;

export const readRegionRoute = defineRoute({
  operationId: 'readRegion',
  method: 'GET',
  path: '/api/regions/:country/:code',
  policy: 'session',
  summary:
    'One region: its partner organizations, their coming Info-Emploi presentations, employers and open offers there',
  tags: ['regions'],
  params: regionParams,
  response: regionDetailView,
});

export const coverageBody = z.object({
  consortiumId: z.uuid().describe('The consortium my organization coordinates'),
  organizationId: z.uuid().describe('The partner organization, a member of that consortium'),
  regionCountry,
  regionCode,
});

export const addCoverageRoute = defineRoute({
  operationId: 'addRegionalPartnerCoverage',
  method: 'POST',
  path: '/api/regions/coverage',
  policy: 'session',
  summary:
    'Record that a member organization of my consortium covers a region (coordinators of the consortium)',
  tags: ['regions'],
  body: coverageBody,
  response: z.undefined(),
  successStatus: 204,
});

export const removeCoverageRoute = defineRoute({
  operationId: 'removeRegionalPartnerCoverage',
  method: 'POST',
  path: '/api/regions/coverage/remove',
  policy: 'session',
  summary: 'Record that a partner no longer covers a region (coordinators of the consortium)',
  tags: ['regions'],
  body: coverageBody,
  response: z.undefined(),
  successStatus: 204,
});

// --- Exploratory stays ---

export const stayBody = z.object({
  regionCountry,
  regionCode,
  hostOrganizationId: z.uuid().describe('A regional partner covering the region'),
  startsOn: plannedDate('The first day'),
  endsOn: plannedDate('The last day'),
  travellerPersonIds: z
    .array(z.uuid())
    .max(20)
    .describe('Files of the household who go (the main contact included when they go)'),
  childrenWithoutFile: z.number().int().min(0).max(20).default(0),
  purpose: optionalText(2000),
});

export const programmeItemBody = z.object({
  day: plannedDate('The day'),
  startsAt: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'A time as HH:MM' })
    .nullish(),
  kind: z.enum(programmeItemKinds),
  employerId: z.uuid().nullish().describe('An employer of my directory, for an employer visit'),
  description: text(1000),
});

export const stayCostBody = z.object({
  kind: z.enum(stayCostKinds),
  amountCents: z.number().int().min(1).max(100_000_000),
  paidBy: z.enum(stayCostPayers),
  description: optionalText(500),
});

export const stayReportBody = z.object({
  decision: z.enum(stayDecisions),
  decidedOn: plannedDate('The day decided').nullish(),
  note: optionalText(4000),
});

export const hostObservationsBody = z.object({ observations: optionalText(4000) });

const traveller = z.object({
  /** The file's id, for the person's organization only. */
  personId: z.uuid().nullable(),
  /** The name, or initials when no consent in force lets the host know who they are. */
  name: z.string(),
  named: z.boolean(),
});

export const staySummaryView = z.object({
  id: z.uuid(),
  region: z.object({ country: z.string(), code: z.string(), name: z.string() }),
  host: organizationRef,
  organization: organizationRef,
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(stayStatuses),
  decision: z.enum(stayDecisions).nullable(),
  decidedOn: z.string().nullable(),
  householdSize: z.number().int(),
  travellers: z.array(traveller),
  childrenWithoutFile: z.number().int(),
  totalCostCents: z.number().int(),
  /** Whether the reader's organization follows the person (owner) or hosts / covers the region (host). */
  side: z.enum(['owner', 'host']),
});
export type StaySummaryView = z.infer<typeof staySummaryView>;

export const stayView = staySummaryView.extend({
  personId: z.uuid().nullable(),
  purpose: z.string().nullable(),
  reportNote: z.string().nullable(),
  hostObservations: z.string().nullable(),
  reportedAt: z.string().nullable(),
  programme: z.array(
    z.object({
      id: z.uuid(),
      day: z.string(),
      startsAt: z.string().nullable(),
      kind: z.enum(programmeItemKinds),
      employer: organizationRef.nullable(),
      description: z.string(),
      addedBy: z.enum(['owner', 'host']),
    }),
  ),
  costs: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(stayCostKinds),
      amountCents: z.number().int(),
      paidBy: z.enum(stayCostPayers),
      description: z.string().nullable(),
    }),
  ),
  costsByPayer: z.object({
    household: z.number().int(),
    program: z.number().int(),
    partner: z.number().int(),
  }),
  actions: z.array(z.enum(['edit', 'cancel', 'report', 'add_item', 'add_cost', 'observe'])),
});
export type StayView = z.infer<typeof stayView>;

export const personStaysRoute = defineRoute({
  operationId: 'personStays',
  method: 'GET',
  path: '/api/people/:id/stays',
  policy: 'session',
  summary: 'Exploratory stays of this file (as main contact or traveller)',
  tags: ['regions'],
  params: idParam,
  response: z.object({ items: z.array(staySummaryView) }),
});

export const planStayRoute = defineRoute({
  operationId: 'planStay',
  method: 'POST',
  path: '/api/people/:id/stays',
  policy: 'session',
  summary: 'Plan an exploratory stay of one to five days in a region, hosted by a partner covering it',
  tags: ['regions'],
  params: idParam,
  body: stayBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const regionStaysQuery = z.object({ status: z.enum(stayStatuses).optional(), ...pageQuery.shape });

export const regionStaysRoute = defineRoute({
  operationId: 'staysInMyRegions',
  method: 'GET',
  path: '/api/stays',
  policy: 'session',
  summary:
    'Stays hosted by my organization or in the regions it covers (minimum exposure of names), newest first, by page',
  tags: ['regions'],
  query: regionStaysQuery,
  response: paged(staySummaryView),
});

export const readStayRoute = defineRoute({
  operationId: 'readStay',
  method: 'GET',
  path: '/api/stays/:id',
  policy: 'session',
  summary: 'One stay: programme, costs and report',
  tags: ['regions'],
  params: idParam,
  response: stayView,
});

export const updateStayRoute = defineRoute({
  operationId: 'updateStay',
  method: 'PUT',
  path: '/api/stays/:id',
  policy: 'session',
  summary: 'Change a planned stay (region, host, dates, travellers)',
  tags: ['regions'],
  params: idParam,
  body: stayBody,
  response: z.undefined(),
  successStatus: 204,
});

export const cancelStayRoute = defineRoute({
  operationId: 'cancelStay',
  method: 'POST',
  path: '/api/stays/:id/cancel',
  policy: 'session',
  summary: 'Cancel a planned stay',
  tags: ['regions'],
  params: idParam,
  response: z.undefined(),
  successStatus: 204,
});

export const reportStayRoute = defineRoute({
  operationId: 'reportStay',
  method: 'POST',
  path: '/api/stays/:id/report',
  policy: 'session',
  summary: 'Report on a stay: interested, not interested or decided to move (the stay is then done)',
  tags: ['regions'],
  params: idParam,
  body: stayReportBody,
  response: z.undefined(),
  successStatus: 204,
});

export const observeStayRoute = defineRoute({
  operationId: 'observeStay',
  method: 'POST',
  path: '/api/stays/:id/observations',
  policy: 'session',
  summary: 'The host partner’s observations on a stay',
  tags: ['regions'],
  params: idParam,
  body: hostObservationsBody,
  response: z.undefined(),
  successStatus: 204,
});

export const addProgrammeItemRoute = defineRoute({
  operationId: 'addStayProgrammeItem',
  method: 'POST',
  path: '/api/stays/:id/programme',
  policy: 'session',
  summary: 'Add a visit or meeting to the stay’s programme (the person’s organization or the host)',
  tags: ['regions'],
  params: idParam,
  body: programmeItemBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const stayChildParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const removeProgrammeItemRoute = defineRoute({
  operationId: 'removeStayProgrammeItem',
  method: 'DELETE',
  path: '/api/stays/:id/programme/:itemId',
  policy: 'session',
  summary: 'Remove a programme item (the organization that added it)',
  tags: ['regions'],
  params: stayChildParams,
  response: z.undefined(),
  successStatus: 204,
});

export const addStayCostRoute = defineRoute({
  operationId: 'addStayCost',
  method: 'POST',
  path: '/api/stays/:id/costs',
  policy: 'session',
  summary: 'Add a cost line (integer cents, and who pays it)',
  tags: ['regions'],
  params: idParam,
  body: stayCostBody,
  response: z.object({ id: z.uuid() }),
  successStatus: 201,
});

export const removeStayCostRoute = defineRoute({
  operationId: 'removeStayCost',
  method: 'DELETE',
  path: '/api/stays/:id/costs/:itemId',
  policy: 'session',
  summary: 'Remove a cost line',
  tags: ['regions'],
  params: stayChildParams,
  response: z.undefined(),
  successStatus: 204,
});
