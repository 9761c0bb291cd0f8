import { z } from 'zod';
import { updatePathwayBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { pathwayViews } from './pathway-views.js';
import { editablePathway } from './recognition-access.js';

/** The working group changes a pathway's regulator, flags or retirement; its steps change by a new version. */
export const updatePathway = defineUseCase(
  updatePathwayBody.extend({ pathwayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const { actor, pathway } = await editablePathway(trx, ctx, input.pathwayId);
    const { pathwayId: _id, ...patch } = input;
    const changed = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    await pathwaysRepository(trx).updatePathway(pathway.id, pathway.organizationId, patch, actor.userId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: pathway.organizationId,
      action: 'recognition_pathway.updated',
      resourceType: 'recognition_pathway',
      resourceId: pathway.id,
      requestId: ctx.requestId,
      details: { fields: changed.join(',') },
    });
    const updated = await pathwaysRepository(trx).find(pathway.id);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const [view] = await pathwayViews(trx, actor, ctx.locale, [updated!], today);
    return view!;
  },
);
