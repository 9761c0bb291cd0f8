import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { sharedFileRoles } from '../../src/modules/sharing/domain/sharing-roles.js';
import { givenOrganization, givenStaff } from './fixtures.js';

/**
 * The authorization matrix's rows for consents to share (issue 16). A partner organization follows a
 * person who agreed to share their identity and plan with the matrix's organization: its staff who
 * follow people list and open that file, funders and administrators find no file there (404) and may
 * not list (403); another organization is not named and finds nothing. The matrix's own person has a
 * consent whose reads its staff who see files may list.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let sharedPersonId = '';
let ownPersonId = '';
let ownConsentId = '';
const today = () => new Date().toISOString().slice(0, 10);

export const sharingScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const db = deps.db;
    const partner = await givenOrganization(db, { name: 'Mission Locale de Montpellier' });
    const partnerCounselor = await givenStaff(db, partner.id, 'counselor');
    sharedPersonId = (
      await createPerson(deps)(partnerCounselor, { identity: { givenName: 'Nadia', familyName: 'Partagée' } })
    ).id;
    await addPersonItem(deps)(partnerCounselor, {
      personId: sharedPersonId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          partnerOrganizationIds: [organizationId],
          covers: ['identity', 'plan'],
          givenOn: today(),
        },
      },
    });
    ownPersonId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Omar', familyName: 'Consenti' } })
    ).id;
    ownConsentId = (
      await addPersonItem(deps)(counselor, {
        personId: ownPersonId,
        item: {
          kind: 'consent',
          data: {
            purpose: 'sharing_with_partners',
            partnerOrganizationIds: [partner.id],
            covers: ['identity'],
            givenOn: today(),
          },
        },
      })
    ).id;
  },
};

export const sharingRows = [
  {
    name: 'list the people who shared their file with my organization',
    method: 'GET',
    url: () => '/api/shared-people',
    allowed: sharedFileRoles,
    otherOrganization: 'own_data',
  },
  {
    name: "read a partner's shared file",
    method: 'GET',
    url: () => `/api/shared-people/${sharedPersonId}`,
    allowed: sharedFileRoles,
    refusedAsNotFound: ['administrator', 'funder'],
    otherOrganization: 'not_found',
  },
  {
    name: 'list who read under a consent',
    method: 'GET',
    url: () => `/api/people/${ownPersonId}/consents/${ownConsentId}/reads`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
] as const;
