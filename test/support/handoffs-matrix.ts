import type { RequestContext } from '../../src/core/auth/actor.js';
import { followUpRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { proposeHandoff } from '../../src/modules/handoffs/use-cases/propose-handoff.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenStaff } from './fixtures.js';

/**
 * The authorization matrix's rows for hand-offs (issue 16). Each role of the matrix's organization has
 * its own person to hand over (consent naming a partner), its own proposal to withdraw, and two
 * proposals received from the partner — one to accept, one to decline — so that every allowed role
 * meets the same state. Another organization finds none of them (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  toPropose: string;
  sent: string;
  toAccept: string;
  toDecline: string;
}

let counselor: Staff | undefined;
let partnerId = '';
const scenes = new Map<Role, RoleScene>();
const today = () => new Date().toISOString().slice(0, 10);

async function personNaming(deps: Deps, staff: Staff, givenName: string, organizationId: string) {
  const personId = (await createPerson(deps)(staff, { identity: { givenName, familyName: 'Relais' } })).id;
  await addPersonItem(deps)(staff, {
    personId,
    item: {
      kind: 'consent',
      data: {
        purpose: 'sharing_with_partners',
        partnerOrganizationIds: [organizationId],
        covers: ['identity'],
        givenOn: today(),
      },
    },
  });
  return personId;
}

export const handoffsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const partner = await givenOrganization(deps.db, { name: 'Partenaire régional — Estrie' });
    partnerId = partner.id;
    const partnerCounselor = await givenStaff(deps.db, partner.id, 'counselor');
    for (const role of roles) {
      const tag = role.replace('_', '');
      const toPropose = await personNaming(deps, counselor, `Propose${tag}`, partner.id);
      const sentPerson = await personNaming(deps, counselor, `Sent${tag}`, partner.id);
      const sent = (
        await proposeHandoff(deps)(counselor, {
          personId: sentPerson,
          receiverOrganizationId: partner.id,
          reason: 'moved_to_region',
        })
      ).id;
      const received = async (name: string) =>
        (
          await proposeHandoff(deps)(partnerCounselor, {
            personId: await personNaming(deps, partnerCounselor, name, organizationId),
            receiverOrganizationId: organizationId,
            reason: 'closer_to_home',
          })
        ).id;
      scenes.set(role, {
        toPropose,
        sent,
        toAccept: await received(`Accept${tag}`),
        toDecline: await received(`Decline${tag}`),
      });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;

export const handoffsRows = [
  {
    name: "a file's hand-offs",
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).toPropose}/handoffs`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'propose a hand-off',
    method: 'POST',
    url: (role: Role) => `/api/people/${of(role).toPropose}/handoffs`,
    body: () => ({ receiverOrganizationId: partnerId, reason: 'moved_to_region' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list hand-offs received',
    method: 'GET',
    url: () => '/api/handoffs?direction=received&status=all',
    allowed: followUpRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a hand-off received',
    method: 'GET',
    url: (role: Role) => `/api/handoffs/${of(role).toAccept}`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'withdraw a hand-off sent',
    method: 'POST',
    url: (role: Role) => `/api/handoffs/${of(role).sent}/withdraw`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'decline a hand-off received',
    method: 'POST',
    url: (role: Role) => `/api/handoffs/${of(role).toDecline}/decline`,
    body: () => ({ reason: 'no_capacity' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'accept a hand-off received',
    method: 'POST',
    url: (role: Role) => `/api/handoffs/${of(role).toAccept}/accept`,
    body: () => ({ referentUserId: counselor?.actor.userId }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
] as const;
