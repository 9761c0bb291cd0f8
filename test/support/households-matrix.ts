import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { addHouseholdMember } from '../../src/modules/people/use-cases/add-household-member.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { formHousehold } from '../../src/modules/people/use-cases/form-household.js';
import { rekeyOpenEnrolments } from '../../src/modules/programs/api.js';

/**
 * The authorization matrix's rows for households of files. Each role has its own household (a main
 * contact, a member who leaves, one who becomes main contact), a file to add to it and one to form a
 * household from, so that every allowed role meets the same state.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  householdId: string;
  main: string;
  leaving: string;
  nextMain: string;
  candidate: string;
  alone: string;
}

let counselor: Staff | undefined;
const scenes = new Map<Role, RoleScene>();

export const householdsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const staff = counselor;
    const file = async (givenName: string) =>
      (await createPerson(deps)(staff, { identity: { givenName, familyName: 'Matrix' } })).id;
    for (const role of roles) {
      const tag = role.replace('_', '');
      const [main, leaving, nextMain, candidate, alone] = [
        await file(`Main${tag}`),
        await file(`Leaving${tag}`),
        await file(`Next${tag}`),
        await file(`Candidate${tag}`),
        await file(`Alone${tag}`),
      ];
      const { householdId } = await formHousehold(rekeyOpenEnrolments)(deps)(staff, { personId: main });
      for (const [personId, relation] of [
        [leaving, 'child'],
        [nextMain, 'spouse'],
      ] as const)
        await addHouseholdMember(rekeyOpenEnrolments)(deps)(staff, { householdId, personId, relation });
      scenes.set(role, { householdId, main, leaving, nextMain, candidate, alone });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;
/**
 * The matrix asks a row's body without the role; the url, asked first for the same request, names it.
 */
let bodyRole: Role = 'counselor';
const forRole = (role: Role, url: string) => {
  bodyRole = role;
  return url;
};

export const householdsRows = [
  {
    name: "read a person's household",
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).main}/household`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "form a household from a person's file",
    method: 'POST',
    url: (role: Role) => `/api/people/${of(role).alone}/household`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'add a file to a household',
    method: 'POST',
    url: (role: Role) => forRole(role, `/api/households/${of(role).householdId}/members`),
    body: () => ({ personId: of(bodyRole).candidate, relation: 'parent' }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'remove a member from a household',
    method: 'DELETE',
    url: (role: Role) => `/api/households/${of(role).householdId}/members/${of(role).leaving}`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "change a household's main contact",
    method: 'PUT',
    url: (role: Role) => forRole(role, `/api/households/${of(role).householdId}/main-contact`),
    body: () => ({ personId: of(bodyRole).nextMain }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
] as const;
