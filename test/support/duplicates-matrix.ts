import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { duplicateRunRoles, mergeRoles } from '../../src/modules/people/domain/merge-roles.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenConsortium } from './fixtures.js';

/**
 * The authorization matrix's rows for duplicate detection on open files (docs/duplicates.md): two files
 * of the matrix's organization that the rule takes for one person; every role that sees files reads
 * them and decides they are different people (the same decision again replaces the first).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let counselor: Staff | undefined;
let first = '';
let second = '';
/** A consortium the matrix's organization coordinates (with itself as its member): the batch run's scope. */
let consortiumId = '';
/** A pair of files per role that merges (merged by the merge row, then undone by the undo row). */
const mergePairs = new Map<Role, { kept: string; merged: string }>();
let merging: { kept: string; merged: string } = { kept: '', merged: '' };
const pairOf = (role: Role) => {
  merging = mergePairs.get(role) ?? mergePairs.get('counselor')!;
  return merging;
};

export const duplicatesScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps) {
    if (!counselor) throw new Error('the matrix has no counselor');
    const identity = { familyName: 'Doublon', birthDate: '1988-05-06' };
    first = (await createPerson(deps)(counselor, { identity: { ...identity, givenName: 'Yuriy' } })).id;
    second = (await createPerson(deps)(counselor, { identity: { ...identity, givenName: 'Jurij' } })).id;
    consortiumId = (
      await givenConsortium(deps.db, counselor.actor.organizationId, [counselor.actor.organizationId])
    ).id;
    for (const role of mergeRoles) {
      const open = async (givenName: string) =>
        (await createPerson(deps)(counselor!, { identity: { givenName, familyName: `Fusion ${role}` } })).id;
      mergePairs.set(role, { kept: await open('Amina'), merged: await open('Aminah') });
    }
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
    name: 'merge another file of my organization into this one',
    method: 'POST',
    url: (role: Role) => `/api/people/${pairOf(role).kept}/merges`,
    body: () => ({ mergedPersonId: merging.merged }),
    allowed: mergeRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'undo the merge of a file',
    method: 'POST',
    url: (role: Role) => `/api/people/${pairOf(role).merged}/merge-undo`,
    allowed: mergeRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'run duplicate detection over a consortium my organization coordinates',
    method: 'POST',
    url: () => '/api/duplicate-runs',
    body: () => ({ consortiumId }),
    allowed: duplicateRunRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'read the duplicate-detection runs over the consortia my organization coordinates',
    method: 'GET',
    url: () => '/api/duplicate-runs',
    allowed: duplicateRunRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read my files a consortium run found followed elsewhere too',
    method: 'GET',
    url: () => '/api/duplicate-pairs/consortium?limit=10',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'run duplicate detection over my organization',
    method: 'GET',
    url: () => '/api/duplicate-pairs?limit=10',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
] as const;
