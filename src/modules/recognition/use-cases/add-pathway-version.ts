import { z } from 'zod';
import { pathwayVersionBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { checkedSteps } from './pathway-steps.js';
import { pathwayViews } from './pathway-views.js';
import { editablePathway } from './recognition-access.js';

/**
 * A regulator changed its rules: the working group writes a new version of the pathway's steps, in force
 * from its day. Versions are never changed, so a case keeps the steps it started with.
 */
export const addPathwayVersion = defineUseCase(
  pathwayVersionBody.extend({ pathwayId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const { actor, pathway } = await editablePathway(trx, ctx, input.pathwayId);
    const steps = checkedSteps(input);
    const repository = pathwaysRepository(trx);
    const existing = await repository.versionsOf([pathway.id]);
    const number = Math.max(0, ...existing.map((v) => v.number)) + 1;
    await repository.insertVersion(
      {
        id: newId(),
        organizationId: pathway.organizationId,
        pathwayId: pathway.id,
        number,
        effectiveOn: input.effectiveOn,
        changeNote: input.changeNote ?? null,
        steps,
      },
      actor.userId,
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: pathway.organizationId,
      action: 'recognition_pathway.versioned',
      resourceType: 'recognition_pathway',
      resourceId: pathway.id,
      requestId: ctx.requestId,
      details: { version: number, steps: steps.length },
    });
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const [view] = await pathwayViews(trx, actor, ctx.locale, [pathway], today);
    return view!;
  },
);
