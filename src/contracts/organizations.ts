import { z } from 'zod';
import { timeZoneName } from '../modules/organizations/domain/time-zone-name.js';
import { defineRoute } from './define.js';
import { optionalText, text } from './primitives.js';

const organizationSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  /** IANA time zone in which the organization's times are shown. */
  timeZone: z.string(),
});

export const siteView = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string().nullable(),
  city: z.string().nullable(),
});

export const myOrganizationRoute = defineRoute({
  operationId: 'myOrganization',
  method: 'GET',
  path: '/api/organization',
  policy: 'session',
  summary: 'The current organization, its sites and the consortia it belongs to with their members',
  tags: ['organizations'],
  response: z.object({
    organization: organizationSummary,
    sites: z.array(siteView),
    consortia: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        coordinatingOrganizationId: z.uuid(),
        members: z.array(organizationSummary),
      }),
    ),
  }),
});

export const updateOrganizationRoute = defineRoute({
  operationId: 'updateOrganization',
  method: 'PATCH',
  path: '/api/organization',
  policy: 'session',
  summary:
    "Change the current organization's time zone, in which its times are shown, typed, e-mailed and printed (administrators)",
  tags: ['organizations'],
  body: z.object({
    timeZone: timeZoneName.describe("An IANA time zone by its canonical name, such as 'America/Toronto'"),
  }),
  response: organizationSummary,
});

export const addSiteRoute = defineRoute({
  operationId: 'addSite',
  method: 'POST',
  path: '/api/organization/sites',
  policy: 'session',
  summary: 'Add a site (office, antenna) to the current organization (administrators, directors)',
  tags: ['organizations'],
  body: z.object({
    name: text(200).min(2),
    address: optionalText(500),
    city: optionalText(120),
  }),
  response: siteView,
  successStatus: 201,
});
