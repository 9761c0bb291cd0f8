import { z } from 'zod';
import { acceptHandoffBody } from '../../../contracts/handoffs.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import {
  followsPerson,
  linkHandedOverFiles,
  openHandedOverFile,
  takeOverWithReferent,
} from '../../people/api.js';
import { carryOnEnrolment, countEnrolmentsUnder, enrolledPersonIds } from '../../programs/api.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffErrors } from '../errors.js';
import { consentNamesReceiver, handoffToDecide } from './handoff-access.js';

/**
 * The receiver takes over: the referent it names follows the person from now, in a file of its own
 * (opened with who the person is, or one it already had); both files are linked as one person, so
 * that figures count them once; an enrolment carried along goes on in the receiver's name (the
 * sender's ends as handed off, not as an exit). The consent must still name the receiver: a person
 * who withdrew it is not handed over. Both files' timelines tell it.
 */
export const acceptHandoff = defineUseCase(
  acceptHandoffBody.extend({ handoffId: z.uuid() }),
  async (scope) => {
    const { input, ctx, trx, now, newId, audit, timeline, deps } = scope;
    const actor = requireActor(ctx);
    const row = await handoffToDecide(trx, actor, input.handoffId, 'accept');
    const organizations = organizationsApi(trx);
    const sender = await organizations.findOrganization(row.organization_id);
    const receiverName = (await organizations.findOrganization(actor.organizationId))?.name ?? '';
    if (!(await consentNamesReceiver(trx, row.person_id, row.organization_id, actor.organizationId, now)))
      throw handoffErrors.consentMissing({ organization: receiverName });
    const today = await organizations.todayOf(actor.organizationId, now);

    let personId: string;
    if (input.existingPersonId) {
      if (!(await followsPerson(trx, actor.organizationId, input.existingPersonId)))
        throw handoffErrors.existingFileNotFound();
      personId = input.existingPersonId;
      if (row.program_id) {
        const enrolled = await enrolledPersonIds(trx, {
          organizationId: actor.organizationId,
          programId: row.program_id,
          status: 'enrolled',
        })
          .where('enrolments.person_id', '=', personId)
          .execute();
        if (enrolled.length > 0) throw handoffErrors.existingFileHasEnrolment();
      }
      await takeOverWithReferent(
        trx,
        { organizationId: actor.organizationId, changedBy: actor.userId, now, newId, timeline },
        personId,
        input.referentUserId,
      );
    } else {
      personId = await openHandedOverFile(
        { trx, now, newId, audit, timeline, requestId: ctx.requestId, keyRing: deps.keyRing },
        actor,
        { organizationId: row.organization_id, personId: row.person_id },
        input.referentUserId,
      );
    }

    const link = await linkHandedOverFiles(
      trx,
      { id: newId(), decidedBy: actor.userId, now },
      { organizationId: actor.organizationId, personId },
      { organizationId: row.organization_id, personId: row.person_id },
    );
    await countEnrolmentsUnder(trx, link.personIds, link.key);
    const carried = row.enrolment_id
      ? await carryOnEnrolment(
          { trx, now, newId, keyRing: deps.keyRing },
          { organizationId: row.organization_id, enrolmentId: row.enrolment_id },
          {
            organizationId: actor.organizationId,
            personId,
            on: today,
            by: actor.userId,
            countingKey: link.key,
          },
        )
      : undefined;

    await handoffsRepository(trx).accept(row.id, {
      decidedBy: actor.userId,
      now,
      receiverPersonId: personId,
      referentUserId: input.referentUserId,
      receiverEnrolmentId: carried?.id ?? null,
    });
    const event = { occurredAt: now, module: 'handoffs', resourceType: 'handoff', resourceId: row.id };
    await timeline.publish({
      ...event,
      organizationId: row.organization_id,
      personId: row.person_id,
      kind: 'handoff.accepted',
      data: { organizationName: receiverName, carriedEnrolment: Boolean(carried) },
      recordedBy: actor.userId,
    });
    await timeline.publish({
      ...event,
      organizationId: actor.organizationId,
      personId,
      kind: 'handoff.received',
      data: { organizationName: sender?.name ?? '', carriedEnrolment: Boolean(carried) },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'handoff.accept',
      resourceType: 'handoff',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: {
        receiverPersonId: personId,
        openedFile: !input.existingPersonId,
        carriedEnrolment: Boolean(carried),
      },
    });
    return { personId };
  },
);
