import { z } from 'zod';
import { stayBody } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { regionNames } from './present-stays.js';
import { checkStay, stayRoles } from './stay-access.js';

/**
 * Plans an exploratory stay on the file of the household's main contact: a region, a host partner
 * covering it, one to five days, the household's files who go and children without a file.
 */
export const planStay = defineUseCase(
  stayBody.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, stayRoles);
    const checked = await checkStay(trx, actor, input.personId, input);
    const id = newId();
    const repo = regionsRepository(trx);
    await repo.insertStay({
      id,
      organizationId: actor.organizationId,
      personId: input.personId,
      householdKey: checked.householdKey,
      regionCountry: input.regionCountry,
      regionCode: input.regionCode,
      hostOrganizationId: input.hostOrganizationId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      childrenWithoutFile: input.childrenWithoutFile,
      purpose: input.purpose ?? null,
      createdBy: actor.userId,
      now,
    });
    await repo.setTravellers(id, actor.organizationId, checked.travellers);
    const host = await organizationsApi(trx).findOrganization(input.hostOrganizationId);
    const regionName = (await regionNames(trx, [input.regionCountry]))(input.regionCountry, input.regionCode);
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: input.personId,
      occurredAt: now,
      module: 'regions',
      kind: 'stay.planned',
      resourceType: 'exploratory_stay',
      resourceId: id,
      data: {
        regionName,
        organizationName: host?.name ?? '',
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'stay.plan',
      resourceType: 'exploratory_stay',
      resourceId: id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { travellers: checked.travellers.length, childrenWithoutFile: input.childrenWithoutFile },
    });
    return { id };
  },
);
