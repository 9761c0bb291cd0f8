import { z } from 'zod';
import { acceptHandoffBody } from '../../../contracts/handoffs.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { type OrganizationRow, organizationsApi } from '../../organizations/api.js';
import { personSummary, reformHandedOverHousehold } from '../../people/api.js';
import { rekeyOpenEnrolments } from '../../programs/api.js';
import { type HandoffRow, handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffErrors } from '../errors.js';
import { consentNamesReceiver, handoffToDecide } from './handoff-access.js';
import { takeOverFile } from './take-over-file.js';

/**
 * The receiver takes over: the referent it names follows the person from now, in a file of its own
 * (opened with who the person is, or one it already had); both files are linked as one person, so
 * that figures count them once; an enrolment carried along goes on in the receiver's name (the
 * sender's ends as handed off, not as an exit). The members of the household handed over with the
 * person are taken over the same way, each under their own consent, and the household is formed again
 * at the receiver (same id, same main contact). The consents must still name the receiver: if one
 * member withdrew theirs, nobody is handed over and nothing is written. The timelines tell it.
 */
export const acceptHandoff = defineUseCase(
  acceptHandoffBody.extend({ handoffId: z.uuid() }),
  async (scope) => {
    const { input, ctx, trx, now, audit } = scope;
    const actor = requireActor(ctx);
    const row = await handoffToDecide(trx, actor, input.handoffId, 'accept');
    const organizations = organizationsApi(trx);
    const sender = await organizations.findOrganization(row.organization_id);
    const receiverName = (await organizations.findOrganization(actor.organizationId))?.name ?? '';
    if (!(await consentNamesReceiver(trx, row.person_id, row.organization_id, actor.organizationId, now)))
      throw handoffErrors.consentMissing({ organization: receiverName });
    const repo = handoffsRepository(trx);
    const members = await repo.membersOf([row.id]);
    await requireMembersConsent(trx, row, members, receiverName, now);
    const today = await organizations.todayOf(actor.organizationId, now);
    const common = {
      referentUserId: input.referentUserId,
      programId: row.program_id,
      today,
    };

    const taken = await takeOverFile(
      scope,
      actor,
      { organizationId: row.organization_id, personId: row.person_id },
      {
        ...common,
        existingPersonId: input.existingPersonId,
        useLinkedFile: false,
        enrolmentId: row.enrolment_id,
      },
    );
    const personId = taken.personId;
    const takenMembers: { personId: string; relation: (typeof members)[number]['relation'] }[] = [];
    for (const member of members) {
      const file = await takeOverFile(
        scope,
        actor,
        { organizationId: row.organization_id, personId: member.person_id },
        { ...common, existingPersonId: null, useLinkedFile: true, enrolmentId: null },
      );
      if (takenMembers.some((m) => m.personId === file.personId) || file.personId === personId)
        throw handoffErrors.receiverHouseholdConflict();
      await repo.memberTakenOver(row.id, row.organization_id, member.person_id, {
        personId: file.personId,
        enrolmentId: file.enrolmentId,
      });
      takenMembers.push({ personId: file.personId, relation: member.relation });
    }
    if (row.household_id && row.household_relation)
      await reformHousehold(scope, actor.userId, actor.organizationId, row.household_id, [
        { personId, relation: row.household_relation },
        ...takenMembers,
      ]);

    await repo.accept(row.id, {
      decidedBy: actor.userId,
      now,
      receiverPersonId: personId,
      referentUserId: input.referentUserId,
      receiverEnrolmentId: taken.enrolmentId,
    });
    await publishAccepted(scope, row, sender, receiverName, [
      { senderPersonId: row.person_id, receiverPersonId: personId, carried: taken.enrolmentId !== null },
      ...members.map((m, i) => ({
        senderPersonId: m.person_id,
        receiverPersonId: takenMembers[i]?.personId as string,
        carried: false,
      })),
    ]);
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
        carriedEnrolment: taken.enrolmentId !== null,
        householdMembers: members.length,
      },
    });
    return { personId };
  },
);

type Scope = Parameters<Parameters<typeof defineUseCase>[1]>[0];

async function requireMembersConsent(
  trx: Scope['trx'],
  row: HandoffRow,
  members: readonly { person_id: string }[],
  receiverName: string,
  now: Date,
) {
  for (const member of members) {
    if (
      await consentNamesReceiver(
        trx,
        member.person_id,
        row.organization_id,
        row.receiver_organization_id,
        now,
      )
    )
      continue;
    const file = await personSummary(trx, member.person_id, row.organization_id);
    throw handoffErrors.memberConsentMissing({
      name: file ? `${file.givenName} ${file.familyName}` : '',
      organization: receiverName,
    });
  }
}

/** The household formed again at the receiver, and its members' open enrolments counted in it. */
async function reformHousehold(
  scope: Scope,
  recordedBy: string,
  organizationId: string,
  householdId: string,
  members: readonly { personId: string; relation: NonNullable<HandoffRow['household_relation']> }[],
) {
  try {
    await reformHandedOverHousehold(
      scope.trx,
      {
        organizationId,
        householdId,
        recordedBy,
        now: scope.now,
        newId: scope.newId,
        timeline: scope.timeline,
      },
      members,
    );
  } catch (error) {
    if ((error as { code?: string }).code === 'PERSON_ALREADY_IN_HOUSEHOLD')
      throw handoffErrors.receiverHouseholdConflict();
    throw error;
  }
  await rekeyOpenEnrolments(
    scope.trx,
    organizationId,
    members.map((m) => m.personId),
    householdId,
  );
}

/** The sender's file of each person says who took over; the receiver's, from whom it was received. */
async function publishAccepted(
  scope: Scope,
  row: HandoffRow,
  sender: OrganizationRow | undefined,
  receiverName: string,
  files: readonly { senderPersonId: string; receiverPersonId: string; carried: boolean }[],
) {
  const actorId = requireActor(scope.ctx).userId;
  const event = { occurredAt: scope.now, module: 'handoffs', resourceType: 'handoff', resourceId: row.id };
  for (const file of files) {
    await scope.timeline.publish({
      ...event,
      organizationId: row.organization_id,
      personId: file.senderPersonId,
      kind: 'handoff.accepted',
      data: { organizationName: receiverName, carriedEnrolment: file.carried },
      recordedBy: actorId,
    });
    await scope.timeline.publish({
      ...event,
      organizationId: row.receiver_organization_id,
      personId: file.receiverPersonId,
      kind: 'handoff.received',
      data: { organizationName: sender?.name ?? '', carriedEnrolment: file.carried },
      recordedBy: actorId,
    });
  }
}
