import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import {
  placementReadRoles,
  placementSettingsRoles,
  placementWriteRoles,
} from '../../src/modules/placements/api.js';
import { addDays } from '../../src/modules/placements/domain/contract-rules.js';
import { recordPlacement } from '../../src/modules/placements/use-cases/record-placement.js';

/**
 * The authorization matrix's rows for placements, with a person of the matrix's organization hired on
 * an insertion contract by one of its employers. Each allowed role renews the contract a month further
 * and suspends it another week; the early end happens once (then 409).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let personId = '';
let employerId = '';
let placementId = '';
let renewals = 0;
let suspensions = 0;

const contract = () => ({
  personId,
  employerId,
  jobTitle: 'Agent de tri',
  contractType: 'siae_insertion' as const,
  hoursPerWeek: 26,
  startsOn: '2026-01-05',
  plannedEndOn: '2026-07-04',
});

export const placementsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    employerId = (await createEmployer(deps)(counselor, { name: 'Tri Garonne', country: 'FR' })).id;
    personId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Yanis', familyName: 'Benali' } })
    ).id;
    placementId = (await recordPlacement(deps)(counselor, contract())).id;
  },
};

export const placementsRows = [
  {
    name: 'list a person’s hires and contracts',
    method: 'GET',
    url: () => `/api/people/${personId}/placements?lang=fr`,
    allowed: placementReadRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record a hire',
    method: 'POST',
    url: () => '/api/placements',
    body: () => contract(),
    allowed: placementWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'renew a contract',
    method: 'POST',
    url: () => `/api/placements/${placementId}/renewals`,
    body: () => ({ newEndOn: addDays('2026-07-04', 31 * ++renewals), decidedOn: '2026-06-01' }),
    allowed: placementWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'suspend a contract',
    method: 'POST',
    url: () => `/api/placements/${placementId}/suspensions`,
    body: () => {
      const fromOn = addDays('2026-02-02', 7 * suspensions++);
      return { fromOn, toOn: addDays(fromOn, 4), reason: 'immersion' };
    },
    allowed: placementWriteRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'end a contract early',
    method: 'POST',
    url: () => `/api/placements/${placementId}/early-end`,
    body: () => ({ endedOn: '2026-06-30', reason: 'hired_elsewhere' }),
    allowed: placementWriteRoles,
    otherOrganization: 'not_found',
    // Ended once by the first allowed role: the others get the business refusal (409).
    alsoAllowedStatus: 409,
  },
  {
    name: 'read the contract end-alert setting',
    method: 'GET',
    url: () => '/api/placement-settings',
    allowed: placementReadRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'change the contract end-alert setting',
    method: 'PUT',
    url: () => '/api/placement-settings',
    body: () => ({ endAlertDays: 30 }),
    allowed: placementSettingsRoles,
    otherOrganization: 'own_data',
  },
] as const;
