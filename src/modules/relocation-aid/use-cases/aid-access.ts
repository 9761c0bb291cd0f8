import type { Actor } from '../../../core/auth/actor.js';
import { requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { programForFigures } from '../../programs/api.js';
import { aidErrors } from '../errors.js';

export { aidAdminRoles, aidBudgetRoles, aidDecisionRoles, aidFilingRoles } from '../domain/aid-roles.js';

/** The program the actor's organization takes part in; 404 otherwise. */
export async function programTakenPart(db: Executor, actor: Actor, programId: string) {
  const program = await programForFigures(db, actor, programId);
  if (!program) throw aidErrors.programNotFound();
  return program;
}

/**
 * The program the actor's organization steers (its owner, or its consortium's coordinator), for one of
 * these roles; a program it only takes part in, or does not know, is not found (404).
 */
export async function programSteered(db: Executor, actor: Actor, programId: string, roles: readonly Role[]) {
  requireRole(actor, roles);
  const program = await programForFigures(db, actor, programId);
  if (!program?.steers) throw aidErrors.programNotFound();
  return program;
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
