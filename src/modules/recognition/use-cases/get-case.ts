import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { caseRoles } from '../domain/vocabulary.js';
import { caseViews } from './case-views.js';
import { actorWith, followedPerson, visibleCase } from './recognition-access.js';

/** One case of a person the organization follows. Audited as a read of the file. */
export const getRecognitionCase = defineUseCase(
  z.object({ caseId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const { actor, record } = await visibleCase(trx, ctx, input.caseId);
    const [view] = await caseViews(trx, ctx.locale, [record]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'recognition_case.read',
      resourceType: 'recognition_case',
      resourceId: record.id,
      personId: record.personId,
      requestId: ctx.requestId,
    });
    return view!;
  },
);

/** A person's cases, newest first. Audited as a read of the file with the count. */
export const listPersonRecognitionCases = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = actorWith(ctx, caseRoles);
    await followedPerson(trx, actor, input.personId);
    const cases = await casesRepository(trx).ofPerson(actor.organizationId, input.personId);
    const items = await caseViews(trx, ctx.locale, cases);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'recognition_case.list',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { count: items.length },
    });
    return { items };
  },
);
