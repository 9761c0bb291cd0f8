import type { RequestContext } from '../../src/core/auth/actor.js';
import { followUpRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { saveRelocationPlan } from '../../src/modules/relocation-plans/use-cases/save-relocation-plan.js';

/**
 * The authorization matrix's rows for regionalization plans (issue 17). Each role of the matrix's
 * organization has its own file on which to start a plan, and one file with a plan to read; another
 * organization (a regional partner included) finds neither (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let withPlan = '';
const toStart = new Map<Role, string>();

export const relocationPlanMatrixBody = () => ({
  expectedRevision: 0,
  track: 'employment',
  regions: [{ country: 'CA', code: '08' }],
  movingMemberIds: [],
  schoolsNeeded: false,
  childcareNeeded: false,
  healthNeeds: [],
  lifeSettings: ['small_town'],
  predepartureDocuments: [],
  businessSteps: [],
});

export const relocationPlansScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const person = async (givenName: string) =>
      (await createPerson(deps)(counselor!, { identity: { givenName, familyName: 'Régions' } })).id;
    withPlan = await person('Planifié');
    await saveRelocationPlan(deps)(counselor, { personId: withPlan, ...relocationPlanMatrixBody() } as never);
    for (const role of roles) toStart.set(role, await person(`Plan${role.replace('_', '')}`));
  },
};

export const relocationPlansRows = [
  {
    name: 'read a regionalization plan',
    method: 'GET',
    url: () => `/api/people/${withPlan}/relocation-plan`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'start a regionalization plan',
    method: 'PUT',
    url: (role: Role) => `/api/people/${toStart.get(role)}/relocation-plan`,
    body: relocationPlanMatrixBody,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a regionalization plan's revisions",
    method: 'GET',
    url: () => `/api/people/${withPlan}/relocation-plan/revisions`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'open offers in the preferred regions',
    method: 'GET',
    url: () => `/api/people/${withPlan}/relocation-plan/offers`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
] as const;
