import { z } from 'zod';
import { updateCaseStepBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentBelongsTo } from '../../documents/api.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { stepChangeRefusals } from '../domain/case-rules.js';
import { caseRoles } from '../domain/vocabulary.js';
import { recognitionErrors } from '../errors.js';
import { recordCaseChange } from './case-events.js';
import { caseViews } from './case-views.js';
import { actorWith, openCase } from './recognition-access.js';

/**
 * A step of an open case moves: status, dates, actual cost and who pays, the person's documents that
 * prove it, a note. A step a loan pays keeps its cost and payer (they are the application's). Audited
 * with the fields changed; published on the timeline when its status moves.
 */
export const updateRecognitionCaseStep = defineUseCase(
  updateCaseStepBody.extend({ stepId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = actorWith(ctx, caseRoles);
    const found = await casesRepository(trx).findStep(input.stepId, actor.organizationId);
    if (!found) throw recognitionErrors.caseStepNotFound();
    const { record, steps } = await openCase(trx, ctx, found.caseId);
    const before = steps.find((s) => s.id === input.stepId)!;
    const after = {
      ...before,
      status: input.status ?? before.status,
      startedOn: input.startedOn === undefined ? before.startedOn : input.startedOn,
      doneOn: input.doneOn === undefined ? before.doneOn : input.doneOn,
      actualCostCents: input.actualCostCents === undefined ? before.actualCostCents : input.actualCostCents,
      paidBy: input.paidBy === undefined ? before.paidBy : input.paidBy,
      documentIds: input.documentIds ?? before.documentIds,
      note: input.note === undefined ? before.note : input.note,
    };
    const refusals = stepChangeRefusals(record.startedOn, before, after);
    if (refusals.length > 0) throw recognitionErrors.stepChangeRefused(undefined, refusals);
    for (const [index, documentId] of after.documentIds.entries())
      if (
        !before.documentIds.includes(documentId) &&
        !(await documentBelongsTo(trx, documentId, actor.organizationId, record.personId))
      )
        throw recognitionErrors.documentNotOfPerson(undefined, [{ path: `body.documentIds.${index}` }]);
    await casesRepository(trx).updateStep(after, actor.userId, now);
    const fields = Object.entries(input)
      .filter(([field, value]) => field !== 'stepId' && value !== undefined)
      .map(([field]) => field);
    const pathway = await pathwaysRepository(trx).find(record.pathwayId);
    await recordCaseChange({ audit, timeline, ctx }, actor, record, pathway!, {
      kind: 'recognition.step_moved',
      on: after.status !== before.status ? (after.doneOn ?? after.startedOn) : null,
      now,
      data: { position: before.position, stepKind: before.kind, status: after.status },
      details: { position: before.position, fields: fields.join(','), documents: after.documentIds.length },
    });
    const [view] = await caseViews(trx, ctx.locale, [record]);
    return view!;
  },
);
