import type { Actor } from '../../../core/auth/actor.js';
import { personDataRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type LeadRecord, leadsRepository } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';

/** Who keeps leads: the staff who work with people's files (a lead is a person's data before a file). */
export const outreachRoles: readonly Role[] = personDataRoles;

/** A lead of the actor's organization; any other answers as if it did not exist. */
export async function visibleLead(db: Executor, actor: Actor, leadId: string): Promise<LeadRecord> {
  const lead = await leadsRepository(db).find(leadId, actor.organizationId);
  if (!lead) throw outreachErrors.leadNotFound();
  return lead;
}

export function requireOpen(lead: LeadRecord) {
  if (lead.outcome !== null) throw outreachErrors.leadClosed();
}

/** An active colleague of the organization whose role keeps leads (the same answer whoever they are). */
export async function requireColleague(db: Executor, organizationId: string, userId: string) {
  const staff = await organizationsApi(db).staffOfOrganization(organizationId);
  const role = staff.find((member) => member.userId === userId)?.role;
  const active = await accountsApi(db).mailboxes([userId]);
  if (!role || !(outreachRoles as readonly string[]).includes(role) || !active.has(userId))
    throw outreachErrors.assigneeNotColleague(undefined, { userId });
}

/** Staff names for the views, in one read. */
export async function namesOf(db: Executor, userIds: readonly (string | null)[]) {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  const names = await accountsApi(db).displayNames(ids);
  return (userId: string | null) => (userId === null ? null : { userId, name: names.get(userId) ?? null });
}
