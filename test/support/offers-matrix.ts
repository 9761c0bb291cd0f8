import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { employerReadRoles, employerWriteRoles } from '../../src/modules/employers/api.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { createOffer } from '../../src/modules/offers/use-cases/create-offer.js';

/**
 * The authorization matrix's rows for job offers, with an employer of the matrix's organization and
 * one of its offers. Each allowed role moves the offer's status in turn (filled, then open again).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let employerId = '';
let offerId = '';
let moves = 0;

const offerBody = () => ({
  title: 'Agent de propreté',
  contractType: 'cdd' as const,
  contractMonths: 6,
  hoursPerWeek: 26,
  place: { postalCode: '31000', city: 'Toulouse' },
});

export const offersScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    employerId = (await createEmployer(deps)(counselor, { name: 'Propreté Garonne', country: 'FR' })).id;
    offerId = (await createOffer(deps)(counselor, { employerId, ...offerBody() })).id;
  },
};

export const offersRows = [
  {
    name: 'list job offers',
    method: 'GET',
    url: () => '/api/offers?status=open',
    allowed: employerReadRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a job offer',
    method: 'GET',
    url: () => `/api/offers/${offerId}?lang=fr`,
    allowed: employerReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record a job offer',
    method: 'POST',
    url: () => '/api/offers',
    body: () => ({ employerId, ...offerBody() }),
    allowed: employerWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a job offer',
    method: 'PUT',
    url: () => `/api/offers/${offerId}`,
    body: () => ({ ...offerBody(), positions: 2 }),
    allowed: employerWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'mark a job offer filled or reopen it',
    method: 'POST',
    url: () => `/api/offers/${offerId}/status`,
    body: () => ({ status: moves++ % 2 === 0 ? 'filled' : 'open' }),
    allowed: employerWriteRoles,
    otherOrganization: 'not_found',
    // A refused or foreign call consumed a turn without moving the offer: the same status is 409.
    alsoAllowedStatus: 409,
  },
  {
    name: 'import employers and offers from a file (dry run)',
    method: 'POST',
    url: () => '/api/offers/import?dryRun=true&fileName=offres.csv',
    // The file's bytes as the body (no content type: the server reads what the bytes are).
    body: () =>
      Buffer.from(
        'legal_identifier;employer_name;country;offer_title;contract_type;hours_per_week\r\n' +
          '79100007800018;Propreté Garonne;FR;Agent de propreté;cdi;35\r\n',
      ),
    allowed: employerWriteRoles,
    otherOrganization: 'own_data',
  },
] as const;
