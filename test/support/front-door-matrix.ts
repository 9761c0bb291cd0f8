import { type RequestContext, systemContext } from '../../src/core/auth/actor.js';
import { personDataRoles, programAdminRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { assignFrontDoorRequest } from '../../src/modules/front-door/use-cases/assign-request.js';
import { setFrontDoorSettings } from '../../src/modules/front-door/use-cases/front-door-settings.js';
import { submitFrontDoorRequest } from '../../src/modules/front-door/use-cases/submit-request.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';

/**
 * The authorization matrix's rows for the front door. The matrix's organization coordinates a
 * consortium whose program has a front door, and receives requests; each role has its own requests
 * (one new to assign, one assigned to the organization to read and close, one to open as a file), so
 * that every allowed role meets the same state. Another organization sees none of them.
 */
interface RoleScene {
  toAssign: string;
  toClose: string;
  toConvert: string;
}

let programId = '';
let memberId = '';
const scenes = new Map<Role, RoleScene>();
const slug = 'matrix-front-door';

const request = (email: string) => ({
  language: 'fr' as const,
  givenName: 'Matrice',
  email,
  residence: { country: 'MA', city: 'Rabat' },
  languages: [],
  regionsSought: [],
  anyRegion: true,
  communityKinds: [],
  communityNeeds: [],
  household: [],
  consent: true as const,
});

let mine = '';

export const frontDoorScene = {
  async prepare(deps: Deps, organizationId: string) {
    mine = organizationId;
    memberId = (await givenOrganization(deps.db, { name: 'Front door member' })).id;
    const consortium = await givenConsortium(deps.db, mine, [mine, memberId]);
    programId = (
      await createProgram(deps)(systemContext(), {
        ownerOrganizationId: mine,
        consortiumId: consortium.id,
        code: 'FRONT-DOOR-MATRIX',
        nameFr: 'Porte d’entrée',
        nameEn: 'Front door',
        countingUnit: 'household',
        status: 'active',
        rules: [],
      })
    ).id;
    await setFrontDoorSettings(deps)(systemContext(), {
      programId,
      body: { slug, open: true, receivingOrganizationIds: [mine, memberId], rules: [] },
    });
    const coordinator = await givenStaff(deps.db, mine, 'coordinator');
    const ask = async (email: string): Promise<string> => {
      const ctx: RequestContext = { actor: null, requestId: 'matrix', locale: 'fr', ip: null };
      await submitFrontDoorRequest(deps)(ctx, { slug, body: request(email) });
      const row = await deps.db
        .selectFrom('front_door_requests')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return row.id;
    };
    // A role refused a move shares one request with the others refused: nothing happens to it.
    const spare = await ask('spare@example.test');
    await assignFrontDoorRequest(deps)(coordinator, { requestId: spare, organizationId: mine });
    for (const role of roles) {
      const tag = role.replace('_', '');
      const works = personDataRoles.includes(role);
      const toAssign = programAdminRoles.includes(role) ? await ask(`assign.${tag}@example.test`) : spare;
      const toClose = works ? await ask(`close.${tag}@example.test`) : spare;
      const toConvert = works ? await ask(`convert.${tag}@example.test`) : spare;
      for (const requestId of works ? [toClose, toConvert] : [])
        await assignFrontDoorRequest(deps)(coordinator, { requestId, organizationId: mine });
      scenes.set(role, { toAssign, toClose, toConvert });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;

export const frontDoorRows = [
  {
    name: "read the program's front door and routing rules",
    method: 'GET',
    url: () => `/api/programs/${programId}/front-door`,
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "change the program's front door and routing rules",
    method: 'PUT',
    url: () => `/api/programs/${programId}/front-door`,
    body: () => ({ slug, open: true, receivingOrganizationIds: [mine, memberId], rules: [] }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "list the front door's queue",
    method: 'GET',
    url: () => '/api/front-door/requests?state=all',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a front-door request',
    method: 'GET',
    url: (role: Role) => `/api/front-door/requests/${of(role).toClose}`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'assign a front-door request to a member',
    method: 'POST',
    url: (role: Role) => `/api/front-door/requests/${of(role).toAssign}/assignment`,
    body: () => ({ organizationId: memberId }),
    allowed: programAdminRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'close a front-door request',
    method: 'POST',
    url: (role: Role) => `/api/front-door/requests/${of(role).toClose}/close`,
    body: () => ({ reason: 'unreachable' }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "open a person's file from a front-door request",
    method: 'POST',
    url: (role: Role) => `/api/front-door/requests/${of(role).toConvert}/conversion`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
] as const;
