import type { RequestContext } from '../../src/core/auth/actor.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import {
  applicationReadRoles,
  applicationWriteRoles,
} from '../../src/modules/applications/use-cases/application-access.js';
import { proposeApplication } from '../../src/modules/applications/use-cases/propose-application.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { createOffer } from '../../src/modules/offers/use-cases/create-offer.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * The authorization matrix's rows for job applications: a person of the matrix's organization with
 * the consent to contacting employers, an employer with offers, and one proposed application per role
 * so that each allowed role's move is a first move (withdrawn). Each proposal takes an offer nobody was
 * proposed for yet.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let personId = '';
const applicationOf = new Map<Role, string>();
let freshOffers: string[] = [];
let offerId = '';

const offerBody = (employerId: string, n: number) => ({
  employerId,
  title: `Agent de propreté ${n}`,
  contractType: 'cdd' as const,
  contractMonths: 6,
  hoursPerWeek: 26,
  place: { postalCode: '31000', city: 'Toulouse' },
});

export const applicationsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    personId = (
      await createPerson(deps)(counselor, {
        identity: { givenName: 'Samir', familyName: 'Haddad' },
        consents: [{ purpose: 'contacting_employers', givenOn: '2026-01-05' }],
      })
    ).id;
    const employerId = (await createEmployer(deps)(counselor, { name: 'Nettoyage Capitole', country: 'FR' }))
      .id;
    const offers: string[] = [];
    for (let n = 0; n < roles.length * 3 + 1; n++)
      offers.push((await createOffer(deps)(counselor, offerBody(employerId, n))).id);
    offerId = offers[0] as string;
    for (const [i, role] of roles.entries()) {
      const { id } = await proposeApplication(deps)(counselor, {
        personId,
        offerId: offers[i + 1] as string,
      });
      applicationOf.set(role, id);
    }
    freshOffers = offers.slice(roles.length + 1);
  },
};

const applicationUrl = (role: Role) => `/api/applications/${applicationOf.get(role)}`;

export const applicationsRows = [
  {
    name: "list a person's job applications",
    method: 'GET',
    url: () => `/api/people/${personId}/applications`,
    allowed: applicationReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'propose a person for a job offer',
    method: 'POST',
    url: () => `/api/people/${personId}/applications`,
    body: () => ({ offerId: freshOffers.shift() }),
    allowed: applicationWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "list a job offer's applications",
    method: 'GET',
    url: () => `/api/offers/${offerId}/applications`,
    allowed: applicationReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a job application',
    method: 'GET',
    url: applicationUrl,
    allowed: applicationReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'comment a job application',
    method: 'POST',
    url: (role: Role) => `${applicationUrl(role)}/comments`,
    body: () => ({ body: 'Called the employer back.' }),
    allowed: applicationWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'move a job application on',
    method: 'POST',
    url: (role: Role) => `${applicationUrl(role)}/moves`,
    body: () => ({ to: 'withdrawn', note: 'Found a job on his own.' }),
    allowed: applicationWriteRoles,
    otherOrganization: 'not_found',
  },
] as const;
