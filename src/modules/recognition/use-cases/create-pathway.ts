import { createPathwayBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { catalogueEditorRoles } from '../domain/vocabulary.js';
import { checkedSteps } from './pathway-steps.js';
import { pathwayViews } from './pathway-views.js';
import { actorWith } from './recognition-access.js';

/**
 * The working group adds a pathway to its organization's catalogue, with its first version of steps.
 * Audited (the catalogue holds no person's data).
 */
export const createPathway = defineUseCase(
  createPathwayBody,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = actorWith(ctx, catalogueEditorRoles);
    const steps = checkedSteps(input.firstVersion, 'body.firstVersion');
    const repository = pathwaysRepository(trx);
    const pathway = {
      id: newId(),
      organizationId: actor.organizationId,
      occupationScheme: input.occupation.scheme,
      occupationCode: input.occupation.code,
      jurisdiction: input.jurisdiction,
      routeName: input.routeName ?? null,
      regulated: input.regulated,
      regulatorName: input.regulatorName ?? null,
      regulatorUrl: input.regulatorUrl ?? null,
      illustrative: input.illustrative,
      sharedWithConsortium: input.sharedWithConsortium,
      retired: false,
    };
    await repository.insertPathway(pathway, actor.userId, now);
    await repository.insertVersion(
      {
        id: newId(),
        organizationId: actor.organizationId,
        pathwayId: pathway.id,
        number: 1,
        effectiveOn: input.firstVersion.effectiveOn,
        changeNote: input.firstVersion.changeNote ?? null,
        steps,
      },
      actor.userId,
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'recognition_pathway.created',
      resourceType: 'recognition_pathway',
      resourceId: pathway.id,
      requestId: ctx.requestId,
      details: { jurisdiction: input.jurisdiction, steps: steps.length, illustrative: input.illustrative },
    });
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const [view] = await pathwayViews(trx, actor, ctx.locale, [pathway], today);
    return view!;
  },
);
