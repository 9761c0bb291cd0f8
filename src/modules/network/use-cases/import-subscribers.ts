import { importSubscribersBody } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';
import { readSubscriberCsv } from '../domain/subscriber-import.js';

/**
 * Subscribers from a CSV with their consent day. Every line is checked first; with any error nothing is
 * written and every error is reported (line, column, code). Addresses already on the list are left as
 * they are, and addresses that unsubscribed are never subscribed again. A dry run writes nothing.
 */
export const importSubscribers = defineUseCase(
  importSubscribersBody,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, bulletinRoles);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const { rows, errors } = readSubscriberCsv(input.csv, today);
    const repo = bulletinRepository(trx);
    const known = new Map(
      (
        await repo.subscribersByEmail(
          actor.organizationId,
          rows.map((r) => r.email),
        )
      ).map((s) => [s.email, s]),
    );
    const fresh = rows.filter((r) => !known.has(r.email));
    const outcome = {
      imported: errors.length === 0 ? fresh.length : 0,
      alreadySubscribed: [...known.values()].filter((s) => s.unsubscribedAt === null).length,
      unsubscribedBefore: [...known.values()].filter((s) => s.unsubscribedAt !== null).length,
      errors,
    };
    if (errors.length > 0 || input.dryRun) return outcome;
    await repo.insertSubscribers(
      fresh.map((r) => ({
        id: newId(),
        organizationId: actor.organizationId,
        email: r.email,
        name: r.name,
        consentedOn: r.consentedOn,
        consentSource: input.consentSource,
        consentWording: input.consentWording,
        createdBy: actor.userId,
        now,
      })),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.subscribers_import',
      resourceType: 'network_mailing_list',
      resourceId: null,
      requestId: ctx.requestId,
      details: {
        imported: outcome.imported,
        alreadySubscribed: outcome.alreadySubscribed,
        unsubscribedBefore: outcome.unsubscribedBefore,
      },
    });
    return outcome;
  },
);
