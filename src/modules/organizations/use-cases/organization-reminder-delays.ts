import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { reminderDelayRoles } from '../domain/reminder-delays.js';
import { organizationErrors } from '../errors.js';

/**
 * The organization's reminder delays, for any of its staff (the referral and hand-off pages say when a
 * reminder comes), with whether the reader may change them.
 */
export const organizationReminderDelays = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  const delays = (await organizationsRepository(trx).reminderDelaysOf([actor.organizationId])).get(
    actor.organizationId,
  );
  if (!delays) throw organizationErrors.organizationNotFound();
  return { ...delays, canChange: reminderDelayRoles.includes(actor.role) };
});
