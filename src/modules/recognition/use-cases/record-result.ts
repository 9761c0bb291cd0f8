import { z } from 'zod';
import { caseResultBody, closeCaseBody } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { resultRefusals } from '../domain/case-rules.js';
import { recognitionErrors } from '../errors.js';
import { recordCaseChange } from './case-events.js';
import { caseViews } from './case-views.js';
import { openCase } from './recognition-access.js';

/**
 * The regulator's decision: recognised, partial with its conditions, or refused, dated; with the
 * credential obtained (typed and dated, what credential attainment counts). The case then stops changing.
 */
export const recordRecognitionResult = defineUseCase(
  caseResultBody.extend({ caseId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const { actor, record } = await openCase(trx, ctx, input.caseId);
    const refusals = resultRefusals(record.startedOn, input);
    if (refusals.length > 0) throw recognitionErrors.resultRefused(undefined, refusals);
    await casesRepository(trx).setResult(
      record.id,
      record.organizationId,
      {
        result: input.result,
        decidedOn: input.decidedOn,
        conditions: input.conditions ?? null,
        credential: input.credential ?? null,
      },
      now,
    );
    const pathway = await pathwaysRepository(trx).find(record.pathwayId);
    await recordCaseChange({ audit, timeline, ctx }, actor, record, pathway!, {
      kind: 'recognition.result_recorded',
      on: input.decidedOn,
      now,
      data: { credentialKind: input.credential?.kind ?? null },
      details: { result: input.result, withCredential: Boolean(input.credential) },
    });
    const updated = await casesRepository(trx).find(record.id, record.organizationId);
    const [view] = await caseViews(trx, ctx.locale, [updated!]);
    return view!;
  },
);

/** The case stops without a result (the person withdrew, moved, changed goal…): a drop-out at its next step. */
export const closeRecognitionCase = defineUseCase(
  closeCaseBody.extend({ caseId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const { actor, record } = await openCase(trx, ctx, input.caseId);
    if (input.closedOn < record.startedOn)
      throw recognitionErrors.closingRefused(undefined, [
        { path: 'body.closedOn', code: 'before_case_start' },
      ]);
    await casesRepository(trx).close(
      record.id,
      record.organizationId,
      { closedOn: input.closedOn, reason: input.reason, note: input.note ?? null },
      now,
    );
    const pathway = await pathwaysRepository(trx).find(record.pathwayId);
    await recordCaseChange({ audit, timeline, ctx }, actor, record, pathway!, {
      kind: 'recognition.case_closed',
      on: input.closedOn,
      now,
      details: { reason: input.reason },
    });
    const updated = await casesRepository(trx).find(record.id, record.organizationId);
    const [view] = await caseViews(trx, ctx.locale, [updated!]);
    return view!;
  },
);
