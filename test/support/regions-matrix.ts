import type { RequestContext } from '../../src/core/auth/actor.js';
import {
  followUpRoles,
  personDataRoles,
  programAdminRoles,
  type Role,
  roles,
} from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { addProgrammeItem } from '../../src/modules/regions/use-cases/add-programme-item.js';
import { addStayCost } from '../../src/modules/regions/use-cases/add-stay-cost.js';
import { addCoverage } from '../../src/modules/regions/use-cases/manage-coverage.js';
import { planStay } from '../../src/modules/regions/use-cases/plan-stay.js';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';

/**
 * The authorization matrix's rows for regions and exploratory stays (issue 17). The matrix's
 * organization coordinates a consortium where a partner covers Abitibi-Témiscamingue ('08') and where
 * it covers Estrie ('05') itself; each role has its own person and stays (to read, change, cancel,
 * report, complete), a region covered to remove, and a stay of a member's household hosted by the
 * matrix's organization (to write observations on). Another organization finds none of them (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  personId: string;
  stay: string;
  toCancel: string;
  toReport: string;
  item: string;
  cost: string;
  hosted: string;
}

let counselor: Staff | undefined;
let coordinator: Staff | undefined;
let consortiumId = '';
let partnerId = '';
const scenes = new Map<Role, RoleScene>();
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const regionsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
    if (role === 'coordinator') coordinator = staff;
  },
  async prepare(deps: Deps, organizationId: string) {
    if (!counselor || !coordinator) throw new Error('the matrix has no counselor or coordinator');
    const partner = await givenOrganization(deps.db, { name: 'Carrefour Abitibi', kind: 'regional_partner' });
    const member = await givenOrganization(deps.db, { name: 'Membre du consortium' });
    partnerId = partner.id;
    consortiumId = (await givenConsortium(deps.db, organizationId, [organizationId, partner.id, member.id]))
      .id;
    // The staff were created before the consortium: act with it.
    const inConsortium = (staff: Staff): Staff => ({
      ...staff,
      actor: { ...staff.actor, consortiumIds: [consortiumId], coordinatedConsortiumIds: [consortiumId] },
    });
    const coordinating = inConsortium(coordinator);
    const planner = inConsortium(counselor);
    const cover = (organization: string, regionCode: string) =>
      addCoverage(deps)(coordinating, {
        consortiumId,
        organizationId: organization,
        regionCountry: 'CA',
        regionCode,
      });
    await cover(partner.id, '08');
    await cover(organizationId, '05');
    const memberCounselor = await givenStaff(deps.db, member.id, 'counselor');
    for (const code of regionsToRemove) await cover(partner.id, code);
    for (const role of roles) {
      const tag = role.replace('_', '');
      const personId = (
        await createPerson(deps)(planner, { identity: { givenName: `Sejour${tag}`, familyName: 'Région' } })
      ).id;
      const plan = async (startsOn: string, endsOn: string) =>
        (
          await planStay(deps)(planner, {
            personId,
            regionCountry: 'CA',
            regionCode: '08',
            hostOrganizationId: partner.id,
            startsOn,
            endsOn,
            travellerPersonIds: [personId],
            childrenWithoutFile: 0,
          })
        ).id;
      const stay = await plan(dayFromToday(30), dayFromToday(32));
      const item = (
        await addProgrammeItem(deps)(planner, {
          stayId: stay,
          day: dayFromToday(31),
          kind: 'housing_visit',
          description: 'Visite d’un logement',
        })
      ).id;
      const cost = (
        await addStayCost(deps)(planner, {
          stayId: stay,
          kind: 'transport',
          amountCents: 15_000,
          paidBy: 'program',
        })
      ).id;
      const memberPerson = (
        await createPerson(deps)(memberCounselor, {
          identity: { givenName: `Accueil${tag}`, familyName: 'Région' },
        })
      ).id;
      const hosted = (
        await planStay(deps)(
          { ...memberCounselor, actor: { ...memberCounselor.actor, consortiumIds: [consortiumId] } },
          {
            personId: memberPerson,
            regionCountry: 'CA',
            regionCode: '05',
            hostOrganizationId: organizationId,
            startsOn: dayFromToday(10),
            endsOn: dayFromToday(11),
            travellerPersonIds: [memberPerson],
            childrenWithoutFile: 0,
          },
        )
      ).id;
      scenes.set(role, {
        personId,
        stay,
        toCancel: await plan(dayFromToday(40), dayFromToday(41)),
        toReport: await plan(dayFromToday(-3), dayFromToday(-1)),
        item,
        cost,
        hosted,
      });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;
// The matrix gives bodies no role: children without a file travel, the person's file stays home.
const stayBody = () => ({
  regionCountry: 'CA',
  regionCode: '08',
  hostOrganizationId: partnerId,
  startsOn: dayFromToday(30),
  endsOn: dayFromToday(33),
  travellerPersonIds: [],
  childrenWithoutFile: 1,
});
// Every request of the removal row (each role, both organizations) removes a region of its own.
const regionsToRemove = ['03', '04', '07', '09', '10', '11', '12', '13', '14', '15', '16', '17'];
let removed = 0;

export const regionsRows = [
  {
    name: 'list the regions and their partners',
    method: 'GET',
    url: () => '/api/regions',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a region',
    method: 'GET',
    url: () => '/api/regions/CA/08',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'record that a partner covers a region',
    method: 'POST',
    url: () => '/api/regions/coverage',
    body: () => ({ consortiumId, organizationId: partnerId, regionCountry: 'CA', regionCode: '09' }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record that a partner no longer covers a region',
    method: 'POST',
    url: () => '/api/regions/coverage/remove',
    body: () => ({
      consortiumId,
      organizationId: partnerId,
      regionCountry: 'CA',
      regionCode: regionsToRemove[removed++ % regionsToRemove.length],
    }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a file's stays",
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).personId}/stays`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'plan a stay',
    method: 'POST',
    url: (role: Role) => `/api/people/${of(role).personId}/stays`,
    body: stayBody,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'the stays in my regions',
    method: 'GET',
    url: () => '/api/stays',
    allowed: followUpRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a stay',
    method: 'GET',
    url: (role: Role) => `/api/stays/${of(role).stay}`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a stay',
    method: 'PUT',
    url: (role: Role) => `/api/stays/${of(role).stay}`,
    body: stayBody,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'add to a stay’s programme',
    method: 'POST',
    url: (role: Role) => `/api/stays/${of(role).stay}/programme`,
    body: () => ({ day: dayFromToday(30), kind: 'meeting', description: 'Rencontre au centre d’emploi' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'remove a programme item',
    method: 'DELETE',
    url: (role: Role) => `/api/stays/${of(role).stay}/programme/${of(role).item}`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'add a cost to a stay',
    method: 'POST',
    url: (role: Role) => `/api/stays/${of(role).stay}/costs`,
    body: () => ({ kind: 'meals', amountCents: 4_250, paidBy: 'household' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'remove a cost of a stay',
    method: 'DELETE',
    url: (role: Role) => `/api/stays/${of(role).stay}/costs/${of(role).cost}`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'cancel a stay',
    method: 'POST',
    url: (role: Role) => `/api/stays/${of(role).toCancel}/cancel`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'report on a stay',
    method: 'POST',
    url: (role: Role) => `/api/stays/${of(role).toReport}/report`,
    body: () => ({ decision: 'interested', note: 'Le ménage veut revenir au printemps' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'write the host’s observations on a stay',
    method: 'POST',
    url: (role: Role) => `/api/stays/${of(role).hosted}/observations`,
    body: () => ({ observations: 'Famille accueillie à la gare' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
] as const;
