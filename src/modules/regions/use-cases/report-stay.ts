import { z } from 'zod';
import { stayReportBody } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { decidedOnOf, reportProblem, stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { regionNameOf } from './present-stays.js';
import { ownedStay } from './stay-access.js';

/**
 * The report after a stay: interested, not interested, or decided to move (with the day). The stay is
 * then done; a later report corrects the decision.
 */
export const reportStay = defineUseCase(
  stayReportBody.extend({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const row = await ownedStay(trx, actor, input.stayId);
    if (!stayAllows(row.status, 'report')) throw regionErrors.notAllowedNow();
    const today = await organizationsApi(trx).todayOf(row.organization_id, now);
    const problem = reportProblem({
      startsOn: row.starts_on,
      today,
      decision: input.decision,
      decidedOn: input.decidedOn ?? null,
    });
    if (problem === 'before_start') throw regionErrors.reportBeforeStart();
    if (problem === 'decided_on_missing') throw regionErrors.decidedOnMissing();
    if (problem === 'decided_on_before_start') throw regionErrors.decidedOnBeforeStart();
    await regionsRepository(trx).updateStay(row.id, row.organization_id, {
      status: 'done',
      decision: input.decision,
      decidedOn: decidedOnOf(input.decision, input.decidedOn),
      reportNote: input.note ?? null,
      reportedBy: actor.userId,
      reportedAt: now,
      now,
    });
    await timeline.publish({
      organizationId: row.organization_id,
      personId: row.person_id,
      occurredAt: now,
      module: 'regions',
      kind: 'stay.reported',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      data: { regionName: await regionNameOf(trx, row) },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.report',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { decision: input.decision, withNote: Boolean(input.note) },
    });
    return undefined;
  },
);
