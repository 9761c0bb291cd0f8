import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import {
  matchingRoles,
  matchWeightsAdminRoles,
} from '../../src/modules/matching/use-cases/matching-access.js';
import { createOffer } from '../../src/modules/offers/use-cases/create-offer.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * The authorization matrix's rows for matching: a person of the matrix's organization with a past job,
 * an open offer of the same occupation, and the organization's weights.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let personId = '';
let offerId = '';
const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';
const weights = { occupation: 5, skills: 2, language: 3, distance: 3, contract: 1, hours: 1, credential: 3 };

export const matchingScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    personId = (
      await createPerson(deps)(counselor, {
        identity: { givenName: 'Amal', familyName: 'Haddad', city: 'Toulouse', country: 'FR' },
        experience: [{ occupationLabel: 'Ingénieure génie civil', escoId: civilEngineer }],
      })
    ).id;
    const employerId = (await createEmployer(deps)(counselor, { name: 'Bureau Garonne', country: 'FR' })).id;
    offerId = (
      await createOffer(deps)(counselor, {
        employerId,
        title: 'Ingénieur génie civil',
        escoId: civilEngineer,
        contractType: 'cdi',
        place: { postalCode: '31000', city: 'Toulouse' },
      })
    ).id;
  },
};

export const matchingRows = [
  {
    name: "read a person's job-search wishes",
    method: 'GET',
    url: () => `/api/people/${personId}/job-wishes`,
    allowed: matchingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "record a person's job-search wishes",
    method: 'PUT',
    url: () => `/api/people/${personId}/job-wishes`,
    body: () => ({ mobilityKm: 25, contractTypes: ['cdi'], minHoursPerWeek: 20, maxHoursPerWeek: 35 }),
    allowed: matchingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read the best offers for a person',
    method: 'GET',
    url: () => `/api/people/${personId}/best-offers?limit=5&lang=fr`,
    allowed: matchingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read the best people of the caseload for an offer',
    method: 'GET',
    url: () => `/api/offers/${offerId}/best-people?limit=5`,
    allowed: matchingRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "read the organization's match weights",
    method: 'GET',
    url: () => '/api/matching/weights',
    allowed: matchingRoles,
    otherOrganization: 'own_data',
  },
  {
    name: "change the organization's match weights",
    method: 'PUT',
    url: () => '/api/matching/weights',
    body: () => weights,
    allowed: matchWeightsAdminRoles,
    otherOrganization: 'own_data',
  },
] as const;
