import type { Actor } from '../../../core/auth/actor.js';
import { hasRole, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles, sensitiveDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type PersonRow, peopleRepository } from '../adapters/people-repository.js';
import { peopleErrors } from '../errors.js';

/** The person if the actor's organization follows them and the role works with people's files. */
export async function visiblePerson(db: Executor, actor: Actor, personId: string): Promise<PersonRow> {
  requireRole(actor, personDataRoles);
  const person = await peopleRepository(db).findPerson(personId, actor.organizationId);
  if (!person) throw peopleErrors.personNotFound();
  return person;
}

export function seesSensitive(actor: Actor): boolean {
  return hasRole(actor, sensitiveDataRoles);
}

export async function checkReferent(
  db: Executor,
  organizationId: string,
  referentUserId: string | null | undefined,
) {
  if (!referentUserId) return;
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  if (!staff.some((s) => s.userId === referentUserId)) throw peopleErrors.referentNotStaff();
  // A deactivated account (a staff member who left) follows nobody new.
  if (!(await accountsApi(db).mailboxes([referentUserId])).has(referentUserId)) {
    const names = await accountsApi(db).displayNames([referentUserId]);
    throw peopleErrors.referentNotEligible(
      { name: names.get(referentUserId) ?? '' },
      { userId: referentUserId },
    );
  }
}
