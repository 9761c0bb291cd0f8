import type { RequestContext } from '../../src/core/auth/actor.js';
import { figuresRoles, followUpRoles, personDataRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { recordMove } from '../../src/modules/moves/use-cases/record-move.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * The authorization matrix's rows for households' moves (issue 17). Each role of the matrix's
 * organization has its own file to record a move on and its own move to cancel, so that every allowed
 * role meets the same state. Another organization finds none of them (404), nor the program's figures.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let programId = '';
const files = new Map<Role, { personId: string; moveId: string }>();
const today = () => new Date().toISOString().slice(0, 10);
const move = () => ({
  movedOn: today(),
  destination: { country: 'CA' as const, code: '6128577' },
  housing: 'rented' as const,
  activity: 'job' as const,
});

export const movesScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, matrixProgramId: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    programId = matrixProgramId;
    for (const role of roles) {
      const personId = (
        await createPerson(deps)(counselor, {
          identity: { givenName: `Move${role.replace('_', '')}`, familyName: 'Région' },
        })
      ).id;
      const { id } = await recordMove(deps)(counselor, { ...move(), personId });
      files.set(role, { personId, moveId: id });
    }
  },
};

const of = (role: Role) => files.get(role) as { personId: string; moveId: string };

export const movesRows = [
  {
    name: "a household's moves",
    method: 'GET',
    url: (role: Role) => `/api/people/${of(role).personId}/moves`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "record a household's move",
    method: 'POST',
    url: (role: Role) => `/api/people/${of(role).personId}/moves`,
    body: () => move(),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'cancel a move',
    method: 'POST',
    url: (role: Role) => `/api/moves/${of(role).moveId}/cancel`,
    body: () => ({ reason: 'Recorded on the wrong file' }),
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a program's household figures",
    method: 'GET',
    url: () => `/api/programs/${programId}/household-figures`,
    allowed: figuresRoles,
    otherOrganization: 'not_found',
  },
] as const;
