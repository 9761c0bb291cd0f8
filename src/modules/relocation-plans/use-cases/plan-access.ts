import { type Actor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { householdFactsOf } from '../../people/api.js';
import { relocationPlanErrors } from '../errors.js';

/**
 * Who reads and writes regionalization plans: the staff who follow people (the plan holds health
 * needs, so the roles that see sensitive data; administrators and funders do not). Other
 * organizations — regional partners included — do not read it here: it is not among the sections a
 * consent shares (docs/relocation-plans.md).
 */
export const relocationPlanRoles = followUpRoles;

/** The file and its household, when the actor's organization follows the person (404 otherwise). */
export async function planFile(db: Executor, actor: Actor, personId: string) {
  requireRole(actor, relocationPlanRoles);
  const household = await householdFactsOf(db, personId, actor.organizationId);
  if (!household) throw relocationPlanErrors.personNotFound();
  const holdsHouseholdPlan =
    household.mainContactPersonId === null || household.mainContactPersonId === personId;
  return { personId, household, holdsHouseholdPlan };
}
