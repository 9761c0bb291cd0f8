import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles, personDataRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { type ApplicationRecord, applicationsRepository } from '../adapters/applications-repository.js';
import { applicationErrors } from '../errors.js';

/** Who reads a person's applications: the staff who read their file (funders read figures only). */
export const applicationReadRoles: readonly Role[] = personDataRoles;
/** Who proposes people, moves applications and comments: the staff who follow people. */
export const applicationWriteRoles: readonly Role[] = followUpRoles;

export function applicationActor(ctx: RequestContext, write: boolean): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, write ? applicationWriteRoles : applicationReadRoles);
  return actor;
}

/**
 * An application scoped like the person's file: of the actor's organization, on a person it follows.
 * Anything else answers as if it did not exist.
 */
export async function visibleApplication(
  db: Executor,
  actor: Pick<Actor, 'organizationId'>,
  applicationId: string,
  lock = false,
): Promise<ApplicationRecord> {
  const application = await applicationsRepository(db).find(applicationId, actor.organizationId, lock);
  if (!application || !(await personSummary(db, application.personId, actor.organizationId)))
    throw applicationErrors.applicationNotFound();
  return application;
}
