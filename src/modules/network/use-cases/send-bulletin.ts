import { bulletinBody } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { enqueueJob } from '../../../core/jobs/job-queue.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';
import { networkErrors } from '../errors.js';

export const bulletinMailKind = 'network.bulletin-mail';

/**
 * An issue of the bulletin to every active subscriber: the issue and one delivery per subscriber are
 * written, and each e-mail is a job of its own enqueued in the same transaction (ids only in the job),
 * so that a mail server failing on one address neither undoes the issue nor sends the others twice. The
 * job checks the subscriber again when it runs: an address unsubscribed meanwhile is not mailed.
 */
export const sendBulletin = defineUseCase(bulletinBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, bulletinRoles);
  const repo = bulletinRepository(trx);
  const subscribers = await repo.activeSubscriberIds(actor.organizationId);
  if (subscribers.length === 0) throw networkErrors.noSubscribers();
  const id = newId();
  await repo.insertBulletin({
    id,
    organizationId: actor.organizationId,
    subject: input.subject,
    body: input.body,
    recipients: subscribers.length,
    sentBy: actor.userId,
    now,
  });
  const deliveries = subscribers.map((subscriberId) => ({
    id: newId(),
    organizationId: actor.organizationId,
    bulletinId: id,
    subscriberId,
  }));
  await repo.insertDeliveries(deliveries);
  for (const delivery of deliveries)
    await enqueueJob(trx, {
      id: newId(),
      kind: bulletinMailKind,
      payload: { deliveryId: delivery.id, organizationId: actor.organizationId },
      runAt: now,
      now,
      dedupeKey: `${bulletinMailKind}:${delivery.id}`,
    });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'network.bulletin_send',
    resourceType: 'network_bulletin',
    resourceId: id,
    requestId: ctx.requestId,
    details: { recipients: subscribers.length },
  });
  return { id, recipients: subscribers.length };
});
