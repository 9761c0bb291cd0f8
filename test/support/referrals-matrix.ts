import type { RequestContext } from '../../src/core/auth/actor.js';
import { type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { referralRoles } from '../../src/modules/referrals/domain/vocabulary.js';
import { createService } from '../../src/modules/referrals/use-cases/create-service.js';
import { moveReferral } from '../../src/modules/referrals/use-cases/move-referral.js';
import { sendReferral } from '../../src/modules/referrals/use-cases/send-referral.js';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';

/**
 * The authorization matrix's rows for referrals (issue 16). A partner association of the matrix's
 * organization's consortium refers people to it under consents naming it (sharing the identity); the
 * matrix's organization refers its own person to the partner. Each role meets its own referrals in the
 * state its row needs. Funders and administrators list nothing (403) and find no referral (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  toAccept: string;
  toDecline: string;
  toComplete: string;
  toWithdraw: string;
}

let counselor: Staff | undefined;
let partnerId = '';
let ownPersonId = '';
let serviceId = '';
const scenes = new Map<Role, RoleScene>();
const today = () => new Date().toISOString().slice(0, 10);
const notFoundRoles = roles.filter((r) => !referralRoles.includes(r));

export const referralsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const db = deps.db;
    const partner = await givenOrganization(db, { name: 'Association Partenaire Toulouse' });
    partnerId = partner.id;
    await givenConsortium(db, partner.id, [partner.id, organizationId]);
    const partnerCounselor = await givenStaff(db, partner.id, 'counselor');
    const consent = (personId: string, by: Staff, names: string) =>
      addPersonItem(deps)(by, {
        personId,
        item: {
          kind: 'consent',
          data: {
            purpose: 'sharing_with_partners',
            partnerOrganizationIds: [names],
            covers: ['identity'],
            givenOn: today(),
          },
        },
      });
    ownPersonId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Omar', familyName: 'Orienté' } })
    ).id;
    await consent(ownPersonId, counselor, partner.id);
    serviceId = (await createService(deps)(counselor, { name: 'Cours de FLE', kind: 'language_class' })).id;
    const referred = (
      await createPerson(deps)(partnerCounselor, { identity: { givenName: 'Nadia', familyName: 'Orientée' } })
    ).id;
    await consent(referred, partnerCounselor, organizationId);
    const toMine = async () =>
      (
        await sendReferral(deps)(partnerCounselor, {
          personId: referred,
          receiverOrganizationId: organizationId,
          purpose: 'youth_guidance',
          sections: ['identity'],
        })
      ).id;
    for (const role of roles) {
      const toComplete = await toMine();
      await moveReferral(deps)(counselor, { referralId: toComplete, move: 'accept' });
      const toWithdraw = (
        await sendReferral(deps)(counselor, {
          personId: ownPersonId,
          receiverOrganizationId: partner.id,
          purpose: 'housing',
        })
      ).id;
      scenes.set(role, { toAccept: await toMine(), toDecline: await toMine(), toComplete, toWithdraw });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;

export const referralsRows = [
  {
    name: 'list the referrals received (the inbox)',
    method: 'GET',
    url: () => '/api/referrals?box=received',
    allowed: referralRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'list the referrals sent',
    method: 'GET',
    url: () => '/api/referrals?box=sent',
    allowed: referralRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'where a person may be referred',
    method: 'GET',
    url: () => `/api/referrals/targets?personId=${ownPersonId}`,
    allowed: referralRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'refer a person to a partner organization',
    method: 'POST',
    url: () => '/api/referrals',
    body: () => ({ personId: ownPersonId, receiverOrganizationId: partnerId, purpose: 'employment' }),
    allowed: referralRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'refer a person to a service of the directory',
    method: 'POST',
    url: () => '/api/referrals',
    body: () => ({ personId: ownPersonId, serviceId, purpose: 'language_class' }),
    allowed: referralRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a referral received',
    method: 'GET',
    url: (role: Role) => `/api/referrals/${of(role).toAccept}`,
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read what a referral shares of the person',
    method: 'GET',
    url: (role: Role) => `/api/referrals/${of(role).toAccept}/person`,
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'accept a referral received',
    method: 'POST',
    url: (role: Role) => `/api/referrals/${of(role).toAccept}/accept`,
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'decline a referral received',
    method: 'POST',
    url: (role: Role) => `/api/referrals/${of(role).toDecline}/decline`,
    body: () => ({ reason: 'no_capacity' }),
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'complete a referral received',
    method: 'POST',
    url: (role: Role) => `/api/referrals/${of(role).toComplete}/complete`,
    body: () => ({ outcomeNote: 'Entrée en parcours' }),
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'link a referral received to a file',
    method: 'POST',
    url: (role: Role) => `/api/referrals/${of(role).toComplete}/link`,
    body: () => ({ personId: ownPersonId }),
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'withdraw a referral sent',
    method: 'POST',
    url: (role: Role) => `/api/referrals/${of(role).toWithdraw}/withdraw`,
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a person's referrals",
    method: 'GET',
    url: () => `/api/people/${ownPersonId}/referrals`,
    allowed: referralRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list the partner directory',
    method: 'GET',
    url: () => '/api/referral-services',
    allowed: referralRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'add a service to the partner directory',
    method: 'POST',
    url: () => '/api/referral-services',
    body: () => ({ name: 'Permanence logement', kind: 'housing' }),
    allowed: referralRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'correct a service of the directory',
    method: 'PUT',
    url: () => `/api/referral-services/${serviceId}`,
    body: () => ({ name: 'Cours de FLE du soir', kind: 'language_class' }),
    allowed: referralRoles,
    refusedAsNotFound: notFoundRoles,
    otherOrganization: 'not_found',
  },
] as const;
