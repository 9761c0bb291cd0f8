import type { JobHandlers } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { newSecretToken } from '../accounts/domain/tokens.js';
import { organizationsApi } from '../organizations/api.js';
import { bulletinRepository } from './adapters/bulletin-repository.js';
import { bulletinMail } from './domain/bulletin-mail.js';
import { bulletinMailKind } from './use-cases/send-bulletin.js';

/** The web page a subscriber opens from the link at the foot of each e-mail (no login). */
export function unsubscribeLink(publicUrl: string, token: string): string {
  return new URL(`/desabonnement/${token}`, publicUrl).toString();
}

/**
 * One e-mail of an issue. Read again when it runs: sent or skipped already, nothing; the subscriber
 * unsubscribed meanwhile, skipped for good. Each attempt writes a new unsubscribe link (a random
 * 256-bit token, only its hash kept, as the follow-up form's links), committed before the e-mail
 * leaves, so the link in the mail always works. At least once: a crash between the send and the mark
 * may send the same issue twice to one address, never to an address that unsubscribed.
 */
export async function sendBulletinMail(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const deliveryId = String(payload.deliveryId);
  const organizationId = String(payload.organizationId);
  const prepared = await deps.db.transaction().execute(async (trx) => {
    const repo = bulletinRepository(trx);
    const delivery = await repo.findDelivery(deliveryId, organizationId, true);
    if (!delivery || delivery.sentAt || delivery.skipped) return null;
    const subscriber = await repo.findSubscriber(delivery.subscriberId);
    const bulletin = await repo.findBulletin(delivery.bulletinId, organizationId);
    if (!subscriber || subscriber.unsubscribedAt || !bulletin) {
      await repo.markDelivery(deliveryId, organizationId, { skipped: true });
      return null;
    }
    const { token, hash } = newSecretToken();
    await repo.setToken(deliveryId, organizationId, hash);
    const organization = await organizationsApi(trx).findOrganization(organizationId);
    return {
      to: subscriber.email,
      ...bulletinMail({
        subject: bulletin.subject,
        body: bulletin.body,
        organizationName: organization?.name ?? '',
        unsubscribeLink: unsubscribeLink(deps.publicUrl, token),
      }),
    };
  });
  if (!prepared) return;
  await deps.mailer.send({ ...prepared, organizationId });
  await bulletinRepository(deps.db).markDelivery(deliveryId, organizationId, { sentAt: deps.clock.now() });
}

export const networkJobHandlers: JobHandlers = {
  [bulletinMailKind]: sendBulletinMail,
};
