import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { reminderDelayRoles, reminderDelaysBody } from '../domain/reminder-delays.js';
import { organizationErrors } from '../errors.js';

/**
 * An administrator, director or coordinator sets how many days (1 to 60) a referral the organization
 * sent may stay pending, and a hand-off it proposed may wait, before the daily reminders give their
 * tasks. The next morning's sweep reads them. Audited with both values when they change.
 */
export const setReminderDelays = defineUseCase(reminderDelaysBody, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, reminderDelayRoles);
  const repo = organizationsRepository(trx);
  const current = (await repo.reminderDelaysOf([actor.organizationId])).get(actor.organizationId);
  if (!current) throw organizationErrors.organizationNotFound();
  const next = { referralDays: input.referralDays, handoffDays: input.handoffDays };
  if (current.referralDays !== next.referralDays || current.handoffDays !== next.handoffDays) {
    await repo.setReminderDelays(actor.organizationId, next);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'organization.reminder_delays_set',
      resourceType: 'organization',
      resourceId: actor.organizationId,
      requestId: ctx.requestId,
      details: { from: current, to: next },
    });
  }
  return { ...next, canChange: true };
});
