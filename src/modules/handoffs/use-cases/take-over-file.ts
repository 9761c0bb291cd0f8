import type { Actor } from '../../../core/auth/actor.js';
import type { UseCaseScope } from '../../../core/use-case.js';
import {
  copyHandedOverDependants,
  followsPerson,
  linkedPeople,
  linkHandedOverFiles,
  openHandedOverFile,
  takeOverWithReferent,
} from '../../people/api.js';
import { carryOnEnrolment, countEnrolmentsUnder, enrolmentsOfPeople } from '../../programs/api.js';
import { handoffErrors } from '../errors.js';

type Scope = UseCaseScope<unknown>;

/**
 * The receiver takes over ONE file of a hand-off (the person's, or a member's of their household), in
 * the accepting use case's transaction: its own file (the one named, else one already linked to the
 * sender's as the same person, else a new one with who the person is and how to reach them, and the
 * dependants' relations and birth years), the referent named, both files linked as one person, and the
 * open enrolment in the hand-off's program carried on. Any refusal throws: the whole hand-off, every
 * member included, then writes nothing.
 */
export async function takeOverFile(
  scope: Scope,
  actor: Actor,
  from: { organizationId: string; personId: string },
  take: {
    existingPersonId: string | null | undefined;
    /** A member's file: the receiver's file linked to the sender's as the same person is used, if any. */
    useLinkedFile: boolean;
    referentUserId: string;
    programId: string | null;
    /** The person's own enrolment named in the proposal; members carry theirs in the same program. */
    enrolmentId: string | null;
    today: string;
  },
): Promise<{ personId: string; enrolmentId: string | null }> {
  const { trx, now, newId, audit, timeline, ctx, deps } = scope;
  const existing =
    take.existingPersonId ??
    (take.useLinkedFile ? await linkedFileAtReceiver(scope, from, actor.organizationId) : undefined);
  let personId: string;
  if (existing) {
    if (!(await followsPerson(trx, actor.organizationId, existing)))
      throw handoffErrors.existingFileNotFound();
    personId = existing;
    if (take.programId) {
      const open = (await enrolmentsOfPeople(trx, actor.organizationId, [personId])).some(
        (e) => e.programId === take.programId && e.status === 'enrolled',
      );
      if (open) throw handoffErrors.existingFileHasEnrolment();
    }
    await takeOverWithReferent(
      trx,
      { organizationId: actor.organizationId, changedBy: actor.userId, now, newId, timeline },
      personId,
      take.referentUserId,
    );
  } else {
    personId = await openHandedOverFile(
      { trx, now, newId, audit, timeline, requestId: ctx.requestId, keyRing: deps.keyRing },
      actor,
      from,
      take.referentUserId,
    );
    await copyHandedOverDependants(
      trx,
      from,
      { organizationId: actor.organizationId, personId },
      { newId, now },
    );
  }
  const link = await linkHandedOverFiles(
    trx,
    { id: newId(), decidedBy: actor.userId, now },
    { organizationId: actor.organizationId, personId },
    from,
  );
  await countEnrolmentsUnder(trx, link.personIds, link.key);
  const enrolmentId = take.enrolmentId ?? (await openEnrolmentIn(scope, from, take.programId));
  const carried = enrolmentId
    ? await carryOnEnrolment(
        { trx, now, newId, keyRing: deps.keyRing },
        { organizationId: from.organizationId, enrolmentId },
        {
          organizationId: actor.organizationId,
          personId,
          on: take.today,
          by: actor.userId,
          countingKey: link.key,
        },
      )
    : undefined;
  return { personId, enrolmentId: carried?.id ?? null };
}

/** A file the receiver already keeps for this person, linked to the sender's as the same person. */
async function linkedFileAtReceiver(
  scope: Scope,
  from: { organizationId: string; personId: string },
  receiverOrganizationId: string,
): Promise<string | undefined> {
  const linked = await linkedPeople(scope.trx, from.personId, from.organizationId);
  for (const file of linked)
    if (
      file.organizationId === receiverOrganizationId &&
      (await followsPerson(scope.trx, receiverOrganizationId, file.personId))
    )
      return file.personId;
  return undefined;
}

/** The member's open enrolment at the sender in the program the hand-off carries, if any. */
async function openEnrolmentIn(
  scope: Scope,
  from: { organizationId: string; personId: string },
  programId: string | null,
): Promise<string | null> {
  if (!programId) return null;
  const enrolments = await enrolmentsOfPeople(scope.trx, from.organizationId, [from.personId]);
  return enrolments.find((e) => e.programId === programId && e.status === 'enrolled')?.id ?? null;
}
