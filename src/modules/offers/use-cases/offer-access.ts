import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { type OfferRecord, offersRepository } from '../adapters/offers-repository.js';
import { offerReadRoles, offerWriteRoles } from '../domain/vocabulary.js';
import { offerErrors } from '../errors.js';

/** The caller, allowed to read offers (or to write them). */
export function offerActor(ctx: RequestContext, write: boolean): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, write ? offerWriteRoles : offerReadRoles);
  return actor;
}

/** An offer of the caller's organization; another organization's is not found, never forbidden. */
export async function requireOffer(
  trx: Executor,
  offerId: string,
  organizationId: string,
): Promise<OfferRecord> {
  const offer = await offersRepository(trx).find(offerId);
  if (!offer || offer.organizationId !== organizationId) throw offerErrors.offerNotFound();
  return offer;
}
