import { z } from 'zod';
import { programmeItemBody } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { dayWithinStay, stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { visibleStay } from './stay-access.js';

/**
 * Adds a visit or a meeting to a planned stay's programme, on one of its days: the household's
 * organization, or the host partner who organizes visits in its region. An employer visit may name an
 * employer of the adding organization's directory.
 */
export const addProgrammeItem = defineUseCase(
  programmeItemBody.extend({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const { row } = await visibleStay(trx, actor, input.stayId, true);
    if (!stayAllows(row.status, 'add_item')) throw regionErrors.notAllowedNow();
    if (!dayWithinStay(input.day, row.starts_on, row.ends_on)) throw regionErrors.itemOutsideStay();
    const employerId = input.kind === 'employer_visit' ? (input.employerId ?? null) : null;
    if (employerId && !(await employerSummary(trx, employerId, actor.organizationId)))
      throw regionErrors.employerNotFound();
    const id = newId();
    await regionsRepository(trx).insertItem({
      id,
      stayId: row.id,
      organizationId: row.organization_id,
      day: input.day,
      startsAt: input.startsAt ?? null,
      kind: input.kind,
      employerId,
      description: input.description,
      addedByOrganizationId: actor.organizationId,
      addedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.programme.add',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { kind: input.kind },
    });
    return { id };
  },
);
