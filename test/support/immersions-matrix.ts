import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addContact } from '../../src/modules/employers/use-cases/add-contact.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { immersionRoles, signatories } from '../../src/modules/immersions/api.js';
import { createImmersion } from '../../src/modules/immersions/use-cases/create-immersion.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * The authorization matrix's rows for immersions, with a person, a host employer and its tutor in the
 * matrix's organization and one immersion that ended last week. Allowed roles sign in turn (a
 * signatory who has signed answers 409), record a quarter of an hour missed each, and assess it once
 * (then 409).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let personId = '';
let employerId = '';
let tutorContactId = '';
let immersionId = '';
let signatures = 0;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const immersionBody = () => ({
  personId,
  kind: 'pmsmp' as const,
  employerId,
  tutorContactId,
  startsOn: day(-10),
  endsOn: day(-3),
  plannedHours: 35,
  objectives: 'Découvrir le métier',
});

export const immersionsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    personId = (await createPerson(deps)(counselor, { identity: { givenName: 'Awa', familyName: 'Diallo' } }))
      .id;
    employerId = (await createEmployer(deps)(counselor, { name: 'Boulangerie Martin', country: 'FR' })).id;
    tutorContactId = (
      await addContact(deps)(counselor, {
        employerId,
        givenName: 'Émilie',
        familyName: 'Martin',
        role: 'tutor',
      })
    ).id;
    immersionId = (await createImmersion(deps)(counselor, immersionBody())).id;
  },
};

export const immersionsRows = [
  {
    name: "list a person's immersions and job visits",
    method: 'GET',
    url: () => `/api/people/${personId}/immersions`,
    allowed: immersionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'prepare an immersion',
    method: 'POST',
    url: () => '/api/immersions',
    body: immersionBody,
    allowed: immersionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read an immersion',
    method: 'GET',
    url: () => `/api/immersions/${immersionId}`,
    allowed: immersionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'print an immersion agreement',
    method: 'GET',
    url: () => `/api/immersions/${immersionId}/agreement.pdf?locale=fr`,
    allowed: immersionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record a signature of an immersion agreement',
    method: 'POST',
    url: () => `/api/immersions/${immersionId}/signatures`,
    body: () => ({ signatory: signatories[signatures++ % 4], signedAt: `${day(-12)}T10:00:00Z` }),
    allowed: immersionRoles,
    otherOrganization: 'not_found',
    // A refused or foreign call consumed a turn without signing: that signatory signs again later.
    alsoAllowedStatus: 409,
  },
  {
    name: 'record missed hours of an immersion',
    method: 'POST',
    url: () => `/api/immersions/${immersionId}/missed-hours`,
    body: () => ({ onDay: day(-9), hours: 0.25 }),
    allowed: immersionRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'assess an immersion',
    method: 'POST',
    url: () => `/api/immersions/${immersionId}/assessment`,
    body: () => ({ outcome: 'did_not_show', assessedOn: day(-2), endedWithJobOffer: false }),
    allowed: immersionRoles,
    otherOrganization: 'not_found',
    // Assessed once by the first allowed role; the others are told it already is.
    alsoAllowedStatus: 409,
  },
] as const;
