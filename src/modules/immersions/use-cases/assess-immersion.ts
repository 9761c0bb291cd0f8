import { z } from 'zod';
import { assessmentBody } from '../../../contracts/immersions.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { assessmentRefusals } from '../domain/immersion-rules.js';
import { immersionErrors } from '../errors.js';
import { immersionActor, visibleImmersion } from './immersion-access.js';
import { recordImmersionChange } from './immersion-events.js';
import { immersionFacts, immersionViews } from './immersion-views.js';

const input = assessmentBody.extend({ immersionId: z.uuid() });

/**
 * The end assessment, once: completed, partially completed (with missed hours) or did not show, and
 * whether the immersion ended with a job offer, of which contract type (one of the host employer's
 * country, from the offers module's list). Checked against the signatures, dates and missed hours.
 */
export const assessImmersion = defineUseCase(input, async ({ input, ctx, trx, now, audit, timeline }) => {
  const actor = immersionActor(ctx);
  const immersion = await visibleImmersion(trx, actor, input.immersionId, true);
  const facts = await immersionFacts(trx, immersion);
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const employer = await employerSummary(trx, immersion.employerId, actor.organizationId);
  const assessment = {
    outcome: input.outcome,
    assessedOn: input.assessedOn,
    endedWithJobOffer: input.endedWithJobOffer,
    jobContractType: input.jobContractType ?? null,
  };
  const refusals = assessmentRefusals(
    {
      ...facts,
      startsOn: immersion.startsOn,
      endsOn: immersion.endsOn,
      plannedHours: immersion.plannedHours,
      country: employer?.country ?? 'FR',
      today,
    },
    assessment,
  );
  if (refusals.some((r) => r.code === 'already_assessed')) throw immersionErrors.assessed();
  if (refusals.length > 0) throw immersionErrors.assessmentIncoherent(undefined, refusals);
  await immersionsRepository(trx).setAssessment(
    immersion.id,
    { ...assessment, note: input.note ?? null },
    actor.userId,
    now,
  );
  await recordImmersionChange({ audit, timeline, ctx }, actor, immersion, {
    kind: 'immersion.assessed',
    ...onDay(input.assessedOn),
    employerName: employer?.name ?? '—',
    data: { outcome: input.outcome, endedWithJobOffer: input.endedWithJobOffer },
    details: {
      outcome: input.outcome,
      endedWithJobOffer: input.endedWithJobOffer,
      jobContractType: assessment.jobContractType,
      withNote: Boolean(input.note),
    },
  });
  const [view] = await immersionViews(
    trx,
    actor.organizationId,
    [{ ...immersion, ...assessment, assessmentNote: input.note ?? null }],
    today,
  );
  return view!;
});
