import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { openOffersInPlaces } from '../../offers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { placeCodesInDistrict } from '../../places/api.js';
import { targetOccupationsOf } from '../../plans/api.js';
import { relocationPlansRepository } from '../adapters/relocation-plans-repository.js';
import { regionName } from '../domain/vocabulary.js';
import { planFile } from './plan-access.js';

/** At most this many offers per preferred region. */
const offersPerRegion = 20;

/**
 * The organization's open offers in the plan's preferred regions, the first region's first; each says
 * whether its occupation is one the person's plan aims at (target occupations of the plans module).
 * No plan, or no region: none. The read is audited on the person's file.
 */
export const relocationPlanOffers = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    await planFile(trx, actor, input.personId);
    const plan = await relocationPlansRepository(trx).ofPerson(actor.organizationId, input.personId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const targets = new Set(
      (await targetOccupationsOf(trx, actor.organizationId, [input.personId])).get(input.personId) ?? [],
    );
    const items = [];
    for (const region of plan?.regions ?? []) {
      const placeCodes = await placeCodesInDistrict(trx, region.country, region.code);
      const offers = await openOffersInPlaces(trx, {
        organizationId: actor.organizationId,
        today,
        country: region.country,
        placeCodes,
        limit: offersPerRegion,
      });
      const matching = offers.filter((o) => o.escoId !== null && targets.has(o.escoId));
      for (const offer of [...matching, ...offers.filter((o) => !matching.includes(o))])
        items.push({
          id: offer.id,
          title: offer.title,
          placeName: offer.placeName,
          regionCode: region.code,
          regionName: regionName(region.code),
          contractType: offer.contractType,
          expiresOn: offer.expiresOn,
          matchesTarget: matching.includes(offer),
        });
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_plan.offers_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { regions: plan?.regions.length ?? 0, results: items.length },
    });
    return { items };
  },
);
