import { type Actor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { type AidRequestRow, aidRepository } from '../adapters/aid-repository.js';
import { aidErrors } from '../errors.js';
import { aidDecisionRoles, aidFilingRoles } from './aid-access.js';

export interface RequestSides {
  /** The actor's organization filed it: it follows the person. */
  member: boolean;
  /** The actor's organization steers the program and the actor decides and pays. */
  owner: boolean;
}

/** Who reads a request: those who file them and those who decide them. */
export const aidReaderRoles: readonly Role[] = [...new Set([...aidFilingRoles, ...aidDecisionRoles])];

/**
 * The organizations whose requests the actor may meet: its own (it filed them) and, for those who
 * decide, the members of the consortia it belongs to or coordinates (a program it steers runs there).
 * A request is always looked up under these (ADR 12), never by its id alone.
 */
export async function readableOrganizations(db: Executor, actor: Actor): Promise<string[]> {
  const ids = new Set([actor.organizationId]);
  if (aidDecisionRoles.includes(actor.role)) {
    const organizations = organizationsApi(db);
    for (const consortiumId of new Set([...actor.consortiumIds, ...actor.coordinatedConsortiumIds]))
      for (const member of await organizations.consortiumMembers(consortiumId)) ids.add(member.id);
  }
  return [...ids];
}

/**
 * A request as the actor's organization may see it: filed by it (member roles), or to decide and pay
 * as the program's steering organization (decision roles). The role is checked first (403); anything
 * else is not found (404), existence not revealed. Locked when asked, for a change.
 */
export async function requestFor(
  db: Executor,
  actor: Actor,
  requestId: string,
  lock = false,
  roles: readonly Role[] = aidReaderRoles,
  organizationIds?: readonly string[],
): Promise<{ request: AidRequestRow; sides: RequestSides }> {
  requireRole(actor, roles);
  const scope = organizationIds ?? (await readableOrganizations(db, actor));
  const request = await aidRepository(db).request(scope, requestId, lock);
  if (!request) throw aidErrors.requestNotFound();
  const member = request.organizationId === actor.organizationId && aidFilingRoles.includes(actor.role);
  let owner = false;
  if (aidDecisionRoles.includes(actor.role)) {
    const program = await programForFigures(db, actor, request.programId);
    owner = Boolean(program?.steers);
  }
  if (!member && !owner) throw aidErrors.requestNotFound();
  return { request, sides: { member, owner } };
}

/** A request the actor's organization decides and pays: the owner side only (404 to anyone else, members included). */
export async function requestToDecide(db: Executor, actor: Actor, requestId: string) {
  const found = await requestFor(db, actor, requestId, true, aidDecisionRoles);
  if (!found.sides.owner) throw aidErrors.requestNotFound();
  return found.request;
}
