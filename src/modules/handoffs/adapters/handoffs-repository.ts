import type { Selectable } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { HandoffDeclineReason, HandoffReason } from '../domain/handoff-rules.js';
import type { HandoffsTable } from './tables.js';
import './tables.js';

export type HandoffRow = Selectable<HandoffsTable>;

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
        })
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

    async proposedFor(organizationId: string, personId: string) {
      return db
        .selectFrom('handoffs')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('status', '=', 'proposed')
        .executeTakeFirst();
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

    /** The person's data kept in hand-offs of a file: the message and the decline note. */
    async eraseTextsOfPerson(organizationId: string, personId: string) {
      await db
        .updateTable('handoffs')
        .set({ message: null, decline_note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      await db
        .updateTable('handoffs')
        .set({ message: null, decline_note: null })
        .where('receiver_organization_id', '=', organizationId)
        .where('receiver_person_id', '=', personId)
        .execute();
    },
  };
}
