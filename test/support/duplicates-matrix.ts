import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * The authorization matrix's rows for duplicate detection on open files (docs/duplicates.md): two files
 * of the matrix's organization that the rule takes for one person; every role that sees files reads
 * them and decides they are different people (the same decision again replaces the first).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let first = '';
let second = '';

export const duplicatesScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const identity = { familyName: 'Doublon', birthDate: '1988-05-06' };
    first = (await createPerson(deps)(counselor, { identity: { ...identity, givenName: 'Yuriy' } })).id;
    second = (await createPerson(deps)(counselor, { identity: { ...identity, givenName: 'Jurij' } })).id;
  },
};

export const duplicatesRows = [
  {
    name: "read a file's possible duplicates",
    method: 'GET',
    url: () => `/api/people/${first}/possible-duplicates`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'decide that two files are different people',
    method: 'POST',
    url: () => `/api/people/${first}/duplicate-decisions`,
    body: () => ({ otherPersonId: second, decision: 'different' }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'run duplicate detection over my organization',
    method: 'GET',
    url: () => '/api/duplicate-pairs?limit=10',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
] as const;
