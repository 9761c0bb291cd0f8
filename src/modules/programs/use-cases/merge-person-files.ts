import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleMerges } from '../../people/api.js';
import { peopleErrors } from '../../people/errors.js';
import { programsRepository } from '../adapters/programs-repository.js';

/**
 * Two files of the organization are the same person: the other file is merged into the one kept
 * (docs/duplicates.md). A merge is a redirect: the merged file keeps its records and stays readable
 * from the kept file, leaves the caseload, the search and the duplicate candidates, and points to the
 * kept file; undoing it (`undoPersonMerge`) restores both as they were, since nothing moved. It lives
 * here because the programs decide the one conflict that forbids it: both files enrolled right now in
 * the same program (close one enrolment first). Restricted or anonymized files, and files already in a
 * merge, are refused. Counselors and coordinators only; audited on both files.
 */
export const mergePersonFiles = defineUseCase(
  z.object({ keptPersonId: z.uuid(), mergedPersonId: z.uuid() }),
  async ({ input, ctx, trx, audit, now, newId }) => {
    const actor = requireActor(ctx);
    requireRole(actor, peopleMerges.mergeRoles);
    if (input.keptPersonId === input.mergedPersonId) throw peopleErrors.personNotFound();
    const kept = await peopleMerges.mergeableFile(trx, actor, input.keptPersonId);
    const merged = await peopleMerges.mergeableFile(trx, actor, input.mergedPersonId);
    const enrolled = (
      await programsRepository(trx).enrolmentsOfPeople(actor.organizationId, [kept.id, merged.id])
    ).filter((e) => e.status === 'enrolled');
    const both = enrolled.find(
      (e) =>
        e.personId === kept.id &&
        enrolled.some((o) => o.personId === merged.id && o.programId === e.programId),
    );
    if (both)
      throw peopleErrors.mergeEnrolmentConflict({
        program: ctx.locale === 'fr' ? both.programNameFr : both.programNameEn,
      });
    const id = newId();
    await peopleMerges.recordMerge(trx, {
      id,
      organizationId: actor.organizationId,
      keptPersonId: kept.id,
      mergedPersonId: merged.id,
      by: actor.userId,
      at: now,
    });
    for (const [file, side] of [
      [kept.id, 'kept'],
      [merged.id, 'merged'],
    ] as const)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'person.merge',
        resourceType: 'person',
        resourceId: file,
        requestId: ctx.requestId,
        details: { side, mergeId: id },
      });
    return { id, keptPersonId: kept.id, mergedPersonId: merged.id };
  },
);
