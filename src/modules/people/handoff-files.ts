import { createPersonBody } from '../../contracts/people.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import type { TimelinePublisher } from '../../core/timeline/timeline.js';
import { recordDuplicateDecision } from './adapters/duplicate-decisions-repository.js';
import { peopleRepository } from './adapters/people-repository.js';
import { peopleErrors } from './errors.js';
import { recordHandovers, requireEligibleReferents } from './use-cases/referent-changes.js';
import { type PersonRegistrationScope, registerPerson } from './use-cases/register-person.js';
import './adapters/tables.js';

/**
 * Opens, in the actor's organization, the file of a person another organization hands over: who they
 * are and how to reach them — never their status, address, papers or history, which stay with the
 * sender and are read under the consent while it allows — with the referent who takes over.
 */
export async function openHandedOverFile(
  scope: PersonRegistrationScope,
  actor: Actor,
  from: { organizationId: string; personId: string },
  referentUserId: string,
): Promise<string> {
  const person = await peopleRepository(scope.trx).findPerson(from.personId, from.organizationId);
  if (!person) throw peopleErrors.personNotFound();
  const draft = createPersonBody.parse({
    identity: {
      givenName: person.givenName,
      familyName: person.familyName,
      givenNameOriginal: person.givenNameOriginal,
      familyNameOriginal: person.familyNameOriginal,
      sex: person.sex,
      birthDate: person.birthDate,
      phone: person.phone,
      email: person.email,
      preferredLanguage: person.preferredLanguage,
      referentUserId,
    },
  });
  return (await registerPerson(scope, actor, draft)).id;
}

/** Whether the organization follows this person (a file of its own, live). */
export async function followsPerson(db: Executor, organizationId: string, personId: string) {
  return Boolean(await peopleRepository(db).findPerson(personId, organizationId));
}

/**
 * The receiver already had a file for the person: the referent who takes over follows it from now
 * (kept in the referent history like any change, with the hand-off as its reason).
 */
export async function takeOverWithReferent(
  db: Executor,
  scope: {
    organizationId: string;
    changedBy: string;
    now: Date;
    newId: () => string;
    timeline: TimelinePublisher;
  },
  personId: string,
  referentUserId: string,
): Promise<void> {
  await requireEligibleReferents(db, scope.organizationId, [referentUserId]);
  const person = await peopleRepository(db).findPerson(personId, scope.organizationId);
  if (!person) throw peopleErrors.personNotFound();
  if (person.referentUserId === referentUserId) return;
  await recordHandovers(db, { ...scope, reason: null }, [
    { personId, fromUserId: person.referentUserId, toUserId: referentUserId },
  ]);
}

/**
 * The two files of a hand-off are one person: remembered as the receiver's decision "same" (duplicate
 * detection never proposes the pair again) and linked for counting.
 */
export async function linkHandedOverFiles(
  db: Executor,
  link: { id: string; decidedBy: string; now: Date },
  receiver: { organizationId: string; personId: string },
  sender: { organizationId: string; personId: string },
): Promise<{ key: string; personIds: string[] }> {
  await recordDuplicateDecision(db, {
    id: link.id,
    decider: receiver,
    other: sender,
    decision: 'same',
    decidedBy: link.decidedBy,
    now: link.now,
  });
  // The sender's file first: its id becomes the key when neither file had one.
  return linkFilesForCounting(db, [sender, receiver]);
}

/**
 * Links files of one person in several organizations so that figures count them once: every file
 * linked to any of them before shares one key — the key one of them already had, else the first
 * file's id (so that the first organization's enrolments keep counting under the same key). Returns
 * the key and every file that now carries it, for the enrolments to follow.
 */
export async function linkFilesForCounting(
  db: Executor,
  files: readonly { organizationId: string; personId: string }[],
): Promise<{ key: string; personIds: string[] }> {
  const ids = files.map((f) => f.personId);
  const rows = await db.selectFrom('people').select(['id', 'counting_key']).where('id', 'in', ids).execute();
  const keys = [...new Set(rows.map((r) => r.counting_key).filter((k): k is string => k !== null))].sort();
  const key = keys[0] ?? (ids[0] as string);
  await db
    .updateTable('people')
    .set({ counting_key: key })
    .where((eb) => eb.or([eb('id', 'in', ids), ...(keys.length > 0 ? [eb('counting_key', 'in', keys)] : [])]))
    .execute();
  const linked = await db.selectFrom('people').select('id').where('counting_key', '=', key).execute();
  return { key, personIds: linked.map((r) => r.id) };
}
