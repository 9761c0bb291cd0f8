import { z } from 'zod';
import { proposeHandoffBody } from '../../../contracts/handoffs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { currentHouseholdOfPerson, personSummary } from '../../people/api.js';
import { openEnrolmentOf, takesPartInProgram } from '../../programs/api.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { householdAtReceiver } from '../domain/household-handoff.js';
import { handoffErrors } from '../errors.js';
import { consentNamesReceiver, handoffRoles } from './handoff-access.js';

/**
 * Proposes that another organization takes over the person's accompaniment. The person's consent,
 * in force that day, must name the receiver and cover their identity; one proposal at a time; an
 * enrolment carried along must be open and in a program the receiver takes part in. The sender's
 * referent keeps following the person until the receiver accepts. Other members of the person's
 * household may go with them, each under a consent of their own naming the receiver.
 */
export const proposeHandoff = defineUseCase(
  proposeHandoffBody.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, handoffRoles);
    const person = await personSummary(trx, input.personId, actor.organizationId);
    if (!person) throw handoffErrors.personNotFound();
    const receiver =
      input.receiverOrganizationId === actor.organizationId
        ? undefined
        : await organizationsApi(trx).findOrganization(input.receiverOrganizationId);
    if (!receiver) throw handoffErrors.receiverUnknown();
    if (!(await consentNamesReceiver(trx, person.id, actor.organizationId, receiver.id, now)))
      throw handoffErrors.consentMissing({ organization: receiver.name });
    const repo = handoffsRepository(trx);
    if (await repo.waitingWith(actor.organizationId, person.id)) throw handoffErrors.alreadyProposed();
    const household = await householdHandedOver(
      trx,
      actor.organizationId,
      person.id,
      input.householdMemberIds,
    );
    for (const member of household?.members ?? []) {
      const file = await personSummary(trx, member.personId, actor.organizationId);
      if (!file) throw handoffErrors.memberNotInHousehold();
      const name = `${file.givenName} ${file.familyName}`;
      if (!(await consentNamesReceiver(trx, file.id, actor.organizationId, receiver.id, now)))
        throw handoffErrors.memberConsentMissing({ name, organization: receiver.name });
      if (await repo.waitingWith(actor.organizationId, file.id))
        throw handoffErrors.memberAlreadyProposed({ name });
    }
    let programId: string | null = null;
    if (input.enrolmentId) {
      const enrolment = await openEnrolmentOf(trx, actor.organizationId, input.enrolmentId);
      if (!enrolment || enrolment.personId !== person.id) throw handoffErrors.enrolmentNotOpen();
      if (!(await takesPartInProgram(trx, enrolment.programId, receiver.id)))
        throw handoffErrors.receiverNotInProgram({ organization: receiver.name });
      programId = enrolment.programId;
    }
    const id = newId();
    await repo.insert({
      id,
      organizationId: actor.organizationId,
      personId: person.id,
      receiverOrganizationId: receiver.id,
      enrolmentId: input.enrolmentId ?? null,
      programId,
      reason: input.reason,
      message: input.message ?? null,
      proposedBy: actor.userId,
      now,
      household: household && { id: household.householdId, relation: household.person },
    });
    if (household) await repo.insertMembers(id, actor.organizationId, household.members);
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: person.id,
      occurredAt: now,
      module: 'handoffs',
      kind: 'handoff.proposed',
      resourceType: 'handoff',
      resourceId: id,
      data: { organizationName: receiver.name, reason: input.reason },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'handoff.propose',
      resourceType: 'handoff',
      resourceId: id,
      personId: person.id,
      requestId: ctx.requestId,
      details: {
        receiverOrganizationId: receiver.id,
        reason: input.reason,
        withEnrolment: programId !== null,
        householdMembers: household?.members.length ?? 0,
      },
    });
    return { id };
  },
);

/**
 * The household handed over with the person, when members are chosen: they must be current members of
 * the person's household in the organization (with files of their own), and the relations they will
 * have at the receiver follow from who goes (domain/household-handoff.ts).
 */
async function householdHandedOver(
  db: Parameters<typeof currentHouseholdOfPerson>[0],
  organizationId: string,
  personId: string,
  memberIds: readonly string[] | null | undefined,
) {
  if (!memberIds || memberIds.length === 0) return undefined;
  const household = await currentHouseholdOfPerson(db, personId, organizationId);
  if (!household) throw handoffErrors.memberNotInHousehold();
  const atReceiver = householdAtReceiver(household, personId, memberIds);
  if (!atReceiver.ok) throw handoffErrors.memberNotInHousehold();
  return { householdId: household.householdId, person: atReceiver.person, members: atReceiver.members };
}
