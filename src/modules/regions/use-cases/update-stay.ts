import { z } from 'zod';
import { stayBody } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { checkStay, ownedStay } from './stay-access.js';

/** Changes a planned stay; its programme must still fall within the new dates. */
export const updateStay = defineUseCase(
  stayBody.extend({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const row = await ownedStay(trx, actor, input.stayId);
    if (!stayAllows(row.status, 'edit')) throw regionErrors.notAllowedNow();
    const checked = await checkStay(trx, actor, row.person_id, input);
    const repo = regionsRepository(trx);
    if ((await repo.itemsOutside(row.id, input.startsOn, input.endsOn)) > 0)
      throw regionErrors.itemsOutsideNewDates();
    await repo.updateStay(row.id, row.organization_id, {
      regionCountry: input.regionCountry,
      regionCode: input.regionCode,
      hostOrganizationId: input.hostOrganizationId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      childrenWithoutFile: input.childrenWithoutFile,
      purpose: input.purpose ?? null,
      now,
    });
    await repo.setTravellers(row.id, row.organization_id, checked.travellers);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.update',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { travellers: checked.travellers.length },
    });
    return undefined;
  },
);
