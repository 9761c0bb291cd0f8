import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { mergesInForceOf } from './adapters/person-merges-repository.js';
import { privacyRepository } from './adapters/privacy-repository.js';
import { peopleErrors } from './errors.js';
import { visiblePerson } from './use-cases/person-access.js';

export { mergesInForceOf, mergesNaming, recordMerge } from './adapters/person-merges-repository.js';

export { mergeRoles } from './domain/merge-roles.js';

/**
 * A file of the actor's organization that may take part in a merge: visible to them (404 otherwise),
 * neither restricted nor anonymized, and in no merge in force on either side.
 */
export async function mergeableFile(db: Executor, actor: Actor, personId: string) {
  const file = await visiblePerson(db, actor, personId);
  const hold = await privacyRepository(db).state(file.id);
  if (hold?.restrictedAt || hold?.anonymizedAt) throw peopleErrors.mergeFileHeld();
  if ((await mergesInForceOf(db, actor.organizationId, [file.id])).length > 0)
    throw peopleErrors.mergeFileAlreadyMerged();
  return file;
}
