import type { Executor } from '../../core/db/types.js';
import type { TimelinePublisher } from '../../core/timeline/timeline.js';
import { householdsRepository } from './adapters/households-repository.js';
import type { HouseholdRelation } from './domain/household.js';
import { peopleErrors } from './errors.js';
import { type HouseholdEventKind, publishHouseholdEvents, todayOf } from './use-cases/household-access.js';
import './adapters/tables.js';

/**
 * A household handed over to another organization is formed again there (docs/handoffs.md), with the
 * SAME household id as the sender's: households are keyed by (id, organization) and an enrolment's
 * household key is the household's id, so figures in households count the family once across the two
 * organizations. A household already re-formed there (a second hand-off of the same family) receives
 * the new members; its main contact stays. A member the receiver already keeps in another household is
 * refused (PERSON_ALREADY_IN_HOUSEHOLD): the receiver takes them out of it first. The caller's
 * transaction, the caller's audit; the members' enrolments follow the key through the caller (programs
 * depends on people).
 */
export async function reformHandedOverHousehold(
  db: Executor,
  scope: {
    organizationId: string;
    householdId: string;
    recordedBy: string;
    now: Date;
    newId: () => string;
    timeline: TimelinePublisher;
  },
  members: readonly { personId: string; relation: HouseholdRelation }[],
): Promise<{ householdId: string; joined: string[] }> {
  const repo = householdsRepository(db);
  const { organizationId, householdId } = scope;
  const existing = await repo.lockHousehold(householdId, organizationId);
  const main = members.find((m) => m.relation === 'main');
  if (!existing) {
    if (!main) throw peopleErrors.householdNotFound();
    await repo.insertHousehold({
      id: householdId,
      organizationId,
      mainContactPersonId: main.personId,
      createdBy: scope.recordedBy,
      createdAt: scope.now,
    });
  }
  const mainContact = existing?.mainContactPersonId ?? (main?.personId as string);
  const stayed = existing
    ? (await repo.membershipsOf(householdId, organizationId)).filter((m) => m.leftOn === null)
    : [];
  const joinedOn = await todayOf(db, organizationId, scope.now);
  const joined: string[] = [];
  for (const member of members) {
    const current = await repo.currentHouseholdOf(member.personId, organizationId);
    if (current === householdId) continue;
    if (current) throw peopleErrors.alreadyInHousehold();
    await repo.insertMembership({
      id: scope.newId(),
      organizationId,
      householdId,
      personId: member.personId,
      relation:
        member.personId === mainContact ? 'main' : member.relation === 'main' ? 'other' : member.relation,
      joinedOn,
      recordedBy: scope.recordedBy,
    });
    joined.push(member.personId);
  }
  const events: { personId: string; kind: HouseholdEventKind }[] = [
    ...joined.map((personId) => ({
      personId,
      kind: (!existing && personId === mainContact
        ? 'household.formed'
        : 'household.joined') as HouseholdEventKind,
    })),
    ...(joined.length > 0
      ? stayed.map((m) => ({ personId: m.personId, kind: 'household.member_joined' as const }))
      : []),
  ];
  await publishHouseholdEvents(
    scope.timeline,
    { organizationId, householdId, recordedBy: scope.recordedBy, now: scope.now },
    events,
  );
  return { householdId, joined };
}

/**
 * The dependants without a file of their own recorded in the sender's file (their relation and birth
 * year: how many, and how old, the receiver has to plan for), copied into the receiver's file. Their
 * first names stay with the sender: the person's consent covers who THEY are, not who lives with them.
 */
export async function copyHandedOverDependants(
  db: Executor,
  from: { organizationId: string; personId: string },
  to: { organizationId: string; personId: string },
  scope: { newId: () => string; now: Date },
): Promise<number> {
  const dependants = await db
    .selectFrom('household_members')
    .select(['relation', 'birth_year'])
    .where('person_id', '=', from.personId)
    .where('organization_id', '=', from.organizationId)
    .orderBy('created_at')
    .execute();
  if (dependants.length === 0) return 0;
  await db
    .insertInto('household_members')
    .values(
      dependants.map((d, index) => ({
        id: scope.newId(),
        organization_id: to.organizationId,
        person_id: to.personId,
        relation: d.relation,
        given_name: null,
        birth_year: d.birth_year,
        // Kept in the sender's order.
        created_at: new Date(scope.now.getTime() + index),
      })),
    )
    .execute();
  return dependants.length;
}
