import { z } from 'zod';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import { staffAdminRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { staffLifecycleRepository } from '../adapters/staff-lifecycle-repository.js';
import { accountErrors } from '../errors.js';
import { requireRecentAuthentication } from './recent-authentication.js';

const staffMemberInput = z.object({ userId: z.uuid() });

/**
 * A director or administrator acting on a colleague of their own organization, after a recent proof
 * of identity. Someone who is not staff here answers like an unknown id (404); oneself is refused.
 */
export async function colleague(db: Executor, actor: Actor, userId: string, now: Date) {
  requireRole(actor, staffAdminRoles);
  const staff = await organizationsApi(db).staffOfOrganization(actor.organizationId);
  if (!staff.some((member) => member.userId === userId)) throw accountErrors.userNotFound();
  if (userId === actor.userId) throw accountErrors.cannotDeactivateSelf();
  await requireRecentAuthentication(db, actor, now);
  const user = await accountsRepository(db).findUser(userId);
  if (!user) throw accountErrors.userNotFound();
  return user;
}

/**
 * A staff member leaves (ASVS 7.4.2): their account is deactivated, every session of it ends at
 * once, their unused reset or invitation links are discarded, and their login answers like a wrong
 * password. They are no longer proposed as a referent or for handovers (accountsApi.mailboxes). An
 * account that also works for another organization is not this organization's to close.
 */
export const deactivateStaff = defineUseCase(staffMemberInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const user = await colleague(trx, actor, input.userId, now);
  const memberships = await organizationsApi(trx).membershipsOfUser(user.id);
  if (memberships.some((m) => m.organizationId !== actor.organizationId))
    throw accountErrors.staffSharedWithOtherOrganization();
  const accounts = accountsRepository(trx);
  if (!user.disabledAt)
    await staffLifecycleRepository(trx).setDeactivated(user.id, { at: now, by: actor.userId });
  const endedSessions = await accounts.revokeAllSessions(user.id, now);
  const discardedLinks = await accounts.discardUnusedResetTokens(user.id);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'user.deactivated',
    resourceType: 'user',
    resourceId: user.id,
    requestId: ctx.requestId,
    details: { endedSessions, discardedLinks, alreadyDeactivated: user.disabledAt !== null },
  });
  return { ok: true as const, endedSessions };
});

/** Gives a deactivated colleague their account back; they log in with their password again. */
export const reactivateStaff = defineUseCase(staffMemberInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const user = await colleague(trx, actor, input.userId, now);
  if (user.disabledAt) await staffLifecycleRepository(trx).setDeactivated(user.id, null);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'user.reactivated',
    resourceType: 'user',
    resourceId: user.id,
    requestId: ctx.requestId,
    details: { wasDeactivated: user.disabledAt !== null },
  });
  return { ok: true as const };
});

/**
 * Ends every session of a colleague at once, without deactivating the account (ASVS 7.4.5): a lost
 * phone, a shared computer. They log in again with their password (and second factor).
 */
export const endStaffSessions = defineUseCase(staffMemberInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const user = await colleague(trx, actor, input.userId, now);
  const endedSessions = await accountsRepository(trx).revokeAllSessions(user.id, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'user.sessions_ended',
    resourceType: 'user',
    resourceId: user.id,
    requestId: ctx.requestId,
    details: { endedSessions },
  });
  return { ok: true as const, endedSessions };
});
