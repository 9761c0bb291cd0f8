import { z } from 'zod';
import type { bulletinSummary } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';
import { staffNames } from './partner-access.js';

/** The issues sent, latest first, each with how many of its e-mails have left. */
export const listBulletins = defineUseCase(
  z.object({}),
  async ({ ctx, trx }): Promise<{ items: z.input<typeof bulletinSummary>[] }> => {
    const actor = requireActor(ctx);
    requireRole(actor, bulletinRoles);
    const bulletins = await bulletinRepository(trx).listBulletins(actor.organizationId);
    const name = await staffNames(
      trx,
      bulletins.map((b) => b.sent_by),
    );
    return {
      items: bulletins.map((b) => ({
        id: b.id,
        subject: b.subject,
        sentAt: b.sent_at.toISOString(),
        sentBy: name(b.sent_by),
        recipients: b.recipients,
        delivered: Number(b.delivered ?? 0),
      })),
    };
  },
);
