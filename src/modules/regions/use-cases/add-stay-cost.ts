import { z } from 'zod';
import { stayCostBody } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { ownedStay } from './stay-access.js';

/** Adds a cost line in integer cents, and who pays it (household, program, partner). */
export const addStayCost = defineUseCase(
  stayCostBody.extend({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const row = await ownedStay(trx, actor, input.stayId);
    if (!stayAllows(row.status, 'add_cost')) throw regionErrors.notAllowedNow();
    const id = newId();
    await regionsRepository(trx).insertCost({
      id,
      stayId: row.id,
      organizationId: row.organization_id,
      kind: input.kind,
      amountCents: input.amountCents,
      paidBy: input.paidBy,
      description: input.description ?? null,
      addedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.cost.add',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { kind: input.kind, paidBy: input.paidBy },
    });
    return { id };
  },
);
