import { z } from 'zod';
import { proposeApplicationBody } from '../../../contracts/applications.js';
import { defineUseCase } from '../../../core/use-case.js';
import { effectiveOfferStatus, offerSummary } from '../../offers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { applicationErrors } from '../errors.js';
import { applicationActor } from './application-access.js';
import { recordMove } from './application-moves.js';

const input = proposeApplicationBody.extend({ personId: z.uuid() });

/**
 * A counselor proposes a person the organization follows for one of its open offers: the application
 * starts "proposed", nothing is sent to the employer yet (that needs the person's consent). One live
 * application per person and offer. On the person's timeline; audited.
 */
export const proposeApplication = defineUseCase(
  input,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = applicationActor(ctx, true);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw applicationErrors.personNotFound();
    const offer = await offerSummary(trx, input.offerId, actor.organizationId);
    if (!offer) throw applicationErrors.offerNotFound();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (effectiveOfferStatus(offer.status, offer.expiresOn, today) !== 'open')
      throw applicationErrors.offerNotOpen();
    const repo = applicationsRepository(trx);
    if (await repo.liveOf(input.personId, offer.id)) throw applicationErrors.alreadyLive();
    const application = {
      id: newId(),
      organizationId: actor.organizationId,
      personId: input.personId,
      offerId: offer.id,
      employerId: offer.employerId,
    };
    await repo.insert({ ...application, proposedBy: actor.userId, now });
    await recordMove(
      trx,
      { actor, now, newId, audit, timeline },
      { ...application, state: null },
      { to: 'proposed', onDate: today, note: input.note ?? null },
      ctx.requestId,
    );
    return { id: application.id };
  },
);
