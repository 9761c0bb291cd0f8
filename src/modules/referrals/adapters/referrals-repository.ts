import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { ConsentSection } from '../../people/api.js';
import type { DeclineReason, ReferralKind, ReferralStatus } from '../domain/vocabulary.js';
import './tables.js';

export interface ReferralRecord {
  id: string;
  organizationId: string;
  personId: string;
  receiverOrganizationId: string | null;
  serviceId: string | null;
  serviceOrganizationId: string | null;
  serviceName: string | null;
  purpose: ReferralKind;
  programId: string | null;
  sharedSections: ConsentSection[];
  consentId: string | null;
  message: string | null;
  status: ReferralStatus;
  sentAt: Date;
  sentBy: string;
  answeredAt: Date | null;
  answeredBy: string | null;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  completedAt: Date | null;
  outcomeNote: string | null;
  closedAt: Date | null;
  receiverPersonId: string | null;
  lastRemindedOn: string | null;
}

const columns = [
  'r.id',
  'r.organization_id as organizationId',
  'r.person_id as personId',
  'r.receiver_organization_id as receiverOrganizationId',
  'r.service_id as serviceId',
  'r.service_organization_id as serviceOrganizationId',
  'r.service_name as serviceName',
  'r.purpose',
  'r.program_id as programId',
  'r.shared_sections as sharedSections',
  'r.consent_id as consentId',
  'r.message',
  'r.status',
  'r.sent_at as sentAt',
  'r.sent_by as sentBy',
  'r.answered_at as answeredAt',
  'r.answered_by as answeredBy',
  'r.decline_reason as declineReason',
  'r.decline_note as declineNote',
  'r.completed_at as completedAt',
  'r.outcome_note as outcomeNote',
  'r.closed_at as closedAt',
  'r.receiver_person_id as receiverPersonId',
  sql<string | null>`to_char(r.last_reminded_on, 'YYYY-MM-DD')`.as('lastRemindedOn'),
] as const;

export type NewReferral = Omit<
  ReferralRecord,
  | 'status'
  | 'answeredAt'
  | 'answeredBy'
  | 'declineReason'
  | 'declineNote'
  | 'completedAt'
  | 'outcomeNote'
  | 'closedAt'
  | 'receiverPersonId'
  | 'lastRemindedOn'
>;

export interface ReferralChange {
  status: ReferralStatus;
  answeredAt?: Date;
  answeredBy?: string;
  declineReason?: DeclineReason | null;
  declineNote?: string | null;
  completedAt?: Date;
  outcomeNote?: string | null;
  closedAt?: Date | null;
}

export function referralsRepository(db: Executor) {
  const select = () => db.selectFrom('referrals as r').select(columns);
  const cast = (rows: unknown) => rows as ReferralRecord[];
  return {
    async insert(r: NewReferral, now: Date) {
      await db
        .insertInto('referrals')
        .values({
          id: r.id,
          organization_id: r.organizationId,
          person_id: r.personId,
          receiver_organization_id: r.receiverOrganizationId,
          service_id: r.serviceId,
          service_organization_id: r.serviceOrganizationId,
          service_name: r.serviceName,
          purpose: r.purpose,
          program_id: r.programId,
          shared_sections: r.sharedSections,
          consent_id: r.consentId,
          message: r.message,
          status: 'pending',
          sent_at: r.sentAt,
          sent_by: r.sentBy,
          updated_at: now,
        })
        .execute();
    },
    /** A referral the organization sent or received; undefined for anyone else. */
    async findFor(id: string, organizationId: string): Promise<ReferralRecord | undefined> {
      const row = await select()
        .where('r.id', '=', id)
        .where((eb) =>
          eb.or([
            eb('r.organization_id', '=', organizationId),
            eb('r.receiver_organization_id', '=', organizationId),
          ]),
        )
        .executeTakeFirst();
      return row as ReferralRecord | undefined;
    },
    async sentBy(organizationId: string, status?: ReferralStatus) {
      let query = select().where('r.organization_id', '=', organizationId);
      if (status) query = query.where('r.status', '=', status);
      return cast(await query.orderBy('r.sent_at', 'desc').limit(500).execute());
    },
    async receivedBy(organizationId: string, status?: ReferralStatus) {
      let query = select().where('r.receiver_organization_id', '=', organizationId);
      if (status) query = query.where('r.status', '=', status);
      return cast(await query.orderBy('r.sent_at', 'desc').limit(500).execute());
    },
    async ofPerson(organizationId: string, personId: string) {
      return cast(
        await select()
          .where('r.organization_id', '=', organizationId)
          .where('r.person_id', '=', personId)
          .orderBy('r.sent_at', 'desc')
          .execute(),
      );
    },
    /** Referrals received and linked to one of the receiver's files. */
    async receivedForPerson(organizationId: string, personId: string) {
      return cast(
        await select()
          .where('r.receiver_organization_id', '=', organizationId)
          .where('r.receiver_person_id', '=', personId)
          .orderBy('r.sent_at', 'desc')
          .execute(),
      );
    },
    async move(id: string, organizationId: string, change: ReferralChange, now: Date) {
      await db
        .updateTable('referrals')
        .set({
          status: change.status,
          ...(change.answeredAt
            ? { answered_at: change.answeredAt, answered_by: change.answeredBy ?? null }
            : {}),
          ...(change.declineReason !== undefined ? { decline_reason: change.declineReason } : {}),
          ...(change.declineNote !== undefined ? { decline_note: change.declineNote } : {}),
          ...(change.completedAt ? { completed_at: change.completedAt } : {}),
          ...(change.outcomeNote !== undefined ? { outcome_note: change.outcomeNote } : {}),
          ...(change.closedAt !== undefined ? { closed_at: change.closedAt } : {}),
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    async linkReceiverPerson(id: string, organizationId: string, personId: string, now: Date) {
      await db
        .updateTable('referrals')
        .set({ receiver_person_id: personId, updated_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /** Pending referrals sent on or before a day (every organization): the reminder job's candidates. */
    async pendingSentBefore(before: Date) {
      return cast(await select().where('r.status', '=', 'pending').where('r.sent_at', '<', before).execute());
    },
    async markReminded(id: string, organizationId: string, day: string) {
      await db
        .updateTable('referrals')
        .set({ last_reminded_on: day })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /** The person's anonymization: the free texts go; the purpose, the target, the dates and the status stay counted. */
    async anonymizeOfPerson(organizationId: string, personId: string) {
      const result = await db
        .updateTable('referrals')
        .set({ message: null, decline_note: null, outcome_note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
