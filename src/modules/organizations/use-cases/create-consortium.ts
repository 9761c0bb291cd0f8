import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { organizationErrors } from '../errors.js';

export const createConsortiumInput = z.object({
  name: z.string().trim().min(2).max(200),
  coordinatingOrganizationId: z.uuid(),
  memberOrganizationIds: z.array(z.uuid()).min(1),
});

/** A consortium runs a program together; its coordinating organization sees consortium-level figures. */
export const createConsortium = defineUseCase(
  createConsortiumInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    requireSystem(ctx);
    const repo = organizationsRepository(trx);
    const known = await repo.listOrganizations([
      input.coordinatingOrganizationId,
      ...input.memberOrganizationIds,
    ]);
    const knownIds = new Set(known.map((o) => o.id));
    for (const id of [input.coordinatingOrganizationId, ...input.memberOrganizationIds]) {
      if (!knownIds.has(id)) throw organizationErrors.organizationNotFound({}, { organizationId: id });
    }
    const id = newId();
    await repo.insertConsortium({
      id,
      name: input.name,
      coordinatingOrganizationId: input.coordinatingOrganizationId,
      createdAt: now,
    });
    for (const organizationId of new Set(input.memberOrganizationIds)) {
      await repo.addConsortiumMember(id, organizationId, now);
    }
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: input.coordinatingOrganizationId,
      action: 'consortium.create',
      resourceType: 'consortium',
      resourceId: id,
      requestId: ctx.requestId,
      details: { members: input.memberOrganizationIds.length },
    });
    return { id };
  },
);
