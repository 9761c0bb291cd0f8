import type { Selectable } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { HouseholdRelation } from '../../people/domain/household.js';
import type { HandoffDeclineReason, HandoffReason } from '../domain/handoff-rules.js';
import type { HandoffMembersTable, HandoffsTable } from './tables.js';
import './tables.js';

export type HandoffRow = Selectable<HandoffsTable>;
export type HandoffMemberRow = Selectable<HandoffMembersTable>;

export function handoffsRepository(db: Executor) {
  return {
    async insert(row: {
      id: string;
      organizationId: string;
      personId: string;
      receiverOrganizationId: string;
      enrolmentId: string | null;
      programId: string | null;
      reason: HandoffReason;
      message: string | null;
      proposedBy: string;
      now: Date;
      household?: { id: string; relation: HouseholdRelation } | null;
    }) {
      await db
        .insertInto('handoffs')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          receiver_organization_id: row.receiverOrganizationId,
          enrolment_id: row.enrolmentId,
          program_id: row.programId,
          reason: row.reason,
          message: row.message,
          status: 'proposed',
          proposed_by: row.proposedBy,
          proposed_at: row.now,
          household_id: row.household?.id ?? null,
          household_relation: row.household?.relation ?? null,
        })
        .execute();
    },

    /** The other members of the household handed over with the person. */
    async insertMembers(
      handoffId: string,
      organizationId: string,
      members: readonly { personId: string; relation: HouseholdRelation }[],
    ) {
      if (members.length === 0) return;
      await db
        .insertInto('handoff_members')
        .values(
          members.map((m) => ({
            handoff_id: handoffId,
            organization_id: organizationId,
            person_id: m.personId,
            relation: m.relation,
            receiver_person_id: null,
            receiver_enrolment_id: null,
          })),
        )
        .execute();
    },

    async membersOf(handoffIds: readonly string[]): Promise<HandoffMemberRow[]> {
      if (handoffIds.length === 0) return [];
      return db
        .selectFrom('handoff_members')
        .selectAll()
        .where('handoff_id', 'in', handoffIds)
        .orderBy('handoff_id')
        .orderBy('person_id')
        .execute();
    },

    async memberTakenOver(
      handoffId: string,
      organizationId: string,
      personId: string,
      receiver: { personId: string; enrolmentId: string | null },
    ) {
      await db
        .updateTable('handoff_members')
        .set({ receiver_person_id: receiver.personId, receiver_enrolment_id: receiver.enrolmentId })
        .where('handoff_id', '=', handoffId)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
    },

    /** A proposal still waiting that hands this file over, as the person or as a member of their household. */
    async waitingWith(organizationId: string, personId: string) {
      const asPerson = await db
        .selectFrom('handoffs')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('status', '=', 'proposed')
        .executeTakeFirst();
      if (asPerson) return asPerson;
      return db
        .selectFrom('handoff_members as m')
        .innerJoin('handoffs as h', (join) =>
          join.onRef('h.id', '=', 'm.handoff_id').onRef('h.organization_id', '=', 'm.organization_id'),
        )
        .select('h.id')
        .where('m.organization_id', '=', organizationId)
        .where('m.person_id', '=', personId)
        .where('h.status', '=', 'proposed')
        .executeTakeFirst();
    },

    /** Proposals of every organization still waiting, not yet reminded, made before `before`. */
    async waitingSince(before: Date) {
      return db
        .selectFrom('handoffs')
        .selectAll()
        .where('status', '=', 'proposed')
        .where('reminded_at', 'is', null)
        .where('proposed_at', '<', before)
        .orderBy('proposed_at')
        .execute();
    },

    async markReminded(id: string, organizationId: string, now: Date) {
      await db
        .updateTable('handoffs')
        .set({ reminded_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .where('reminded_at', 'is', null)
        .execute();
    },

    /** A hand-off the organization sent or received, locked for a decision when asked. */
    async findFor(id: string, organizationId: string, lock = false) {
      let query = db
        .selectFrom('handoffs')
        .selectAll()
        .where('id', '=', id)
        .where((eb) =>
          eb.or([
            eb('organization_id', '=', organizationId),
            eb('receiver_organization_id', '=', organizationId),
          ]),
        );
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /** Sent from this file, or received through it. */
    async ofFile(organizationId: string, personId: string) {
      return db
        .selectFrom('handoffs')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('organization_id', '=', organizationId), eb('person_id', '=', personId)]),
            eb.and([
              eb('receiver_organization_id', '=', organizationId),
              eb('receiver_person_id', '=', personId),
            ]),
            // Handed over with the person, as a member of their household (either side).
            eb.exists(
              eb
                .selectFrom('handoff_members as m')
                .select('m.handoff_id')
                .whereRef('m.handoff_id', '=', 'handoffs.id')
                .whereRef('m.organization_id', '=', 'handoffs.organization_id')
                .where((inner) =>
                  inner.or([
                    inner.and([
                      inner('m.organization_id', '=', organizationId),
                      inner('m.person_id', '=', personId),
                    ]),
                    inner.and([
                      inner('handoffs.receiver_organization_id', '=', organizationId),
                      inner('m.receiver_person_id', '=', personId),
                    ]),
                  ]),
                ),
            ),
          ]),
        )
        .orderBy('proposed_at', 'desc')
        .execute();
    },

    async list(organizationId: string, direction: 'sent' | 'received', status: 'open' | 'decided' | 'all') {
      let query = db
        .selectFrom('handoffs')
        .selectAll()
        .where(direction === 'sent' ? 'organization_id' : 'receiver_organization_id', '=', organizationId);
      if (status === 'open') query = query.where('status', '=', 'proposed');
      if (status === 'decided') query = query.where('status', '!=', 'proposed');
      // Open ones oldest first (the longest waiting on top); decided ones latest first.
      return query
        .orderBy('proposed_at', status === 'open' ? 'asc' : 'desc')
        .limit(500)
        .execute();
    },

    async accept(
      id: string,
      decision: {
        decidedBy: string;
        now: Date;
        receiverPersonId: string;
        referentUserId: string;
        receiverEnrolmentId: string | null;
      },
    ) {
      await db
        .updateTable('handoffs')
        .set({
          status: 'accepted',
          decided_by: decision.decidedBy,
          decided_at: decision.now,
          receiver_person_id: decision.receiverPersonId,
          receiver_referent_user_id: decision.referentUserId,
          receiver_enrolment_id: decision.receiverEnrolmentId,
        })
        .where('id', '=', id)
        .execute();
    },

    async decline(
      id: string,
      decision: { decidedBy: string; now: Date; reason: HandoffDeclineReason; note: string | null },
    ) {
      await db
        .updateTable('handoffs')
        .set({
          status: 'declined',
          decided_by: decision.decidedBy,
          decided_at: decision.now,
          decline_reason: decision.reason,
          decline_note: decision.note,
        })
        .where('id', '=', id)
        .execute();
    },

    async withdraw(id: string, decidedBy: string, now: Date) {
      await db
        .updateTable('handoffs')
        .set({ status: 'withdrawn', decided_by: decidedBy, decided_at: now })
        .where('id', '=', id)
        .execute();
    },

    /**
     * The person's data kept in hand-offs of a file: the message and the decline note, also of the
     * hand-offs of their household they were handed over in (a message may speak of every member).
     */
    async eraseTextsOfPerson(organizationId: string, personId: string) {
      const ids = (await this.ofFile(organizationId, personId)).map((row) => row.id);
      if (ids.length === 0) return;
      await db
        .updateTable('handoffs')
        .set({ message: null, decline_note: null })
        .where('id', 'in', ids)
        .execute();
    },
  };
}
