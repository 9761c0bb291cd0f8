import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface ReferentChangeRow {
  id: string;
  organizationId: string;
  personId: string;
  fromUserId: string | null;
  toUserId: string;
  reason: string | null;
  changedBy: string;
  changedAt: Date;
}

/** The SQL of referent changes: who follows whom, and the history of handovers. */
export function referentRepository(db: Executor) {
  return {
    /** The organization's people among these ids, with their current referent (unknown ids are absent). */
    async referentsOf(organizationId: string, personIds: readonly string[]) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('people')
        .select([
          'id',
          'referent_user_id as referentUserId',
          'given_name as givenName',
          'family_name as familyName',
        ])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', [...personIds])
        .orderBy('family_name')
        .orderBy('given_name')
        .orderBy('id')
        .execute();
    },
    /** Everyone this staff member follows in the organization, by name. */
    async followedBy(organizationId: string, userId: string) {
      return db
        .selectFrom('people')
        .select([
          'id',
          'referent_user_id as referentUserId',
          'given_name as givenName',
          'family_name as familyName',
        ])
        .where('organization_id', '=', organizationId)
        .where('referent_user_id', '=', userId)
        .orderBy('family_name')
        .orderBy('given_name')
        .orderBy('id')
        .execute();
    },
    /** How many people each of these staff members follows in the organization. */
    async loads(organizationId: string, userIds: readonly string[]): Promise<Map<string, number>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('people')
        .select(['referent_user_id as userId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('organization_id', '=', organizationId)
        .where('referent_user_id', 'in', [...userIds])
        .groupBy('referent_user_id')
        .execute();
      return new Map(rows.map((r) => [r.userId!, Number(r.n)]));
    },
    async setReferent(organizationId: string, personIds: readonly string[], toUserId: string, now: Date) {
      if (personIds.length === 0) return;
      await db
        .updateTable('people')
        .set({ referent_user_id: toUserId, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', 'in', [...personIds])
        .execute();
    },
    async insertChanges(rows: readonly ReferentChangeRow[]) {
      if (rows.length === 0) return;
      await db
        .insertInto('person_referent_changes')
        .values(
          rows.map((r) => ({
            id: r.id,
            organization_id: r.organizationId,
            person_id: r.personId,
            from_user_id: r.fromUserId,
            to_user_id: r.toUserId,
            reason: r.reason,
            changed_by: r.changedBy,
            changed_at: r.changedAt,
          })),
        )
        .execute();
    },
    async historyOf(organizationId: string, personId: string): Promise<ReferentChangeRow[]> {
      return db
        .selectFrom('person_referent_changes')
        .select([
          'id',
          'organization_id as organizationId',
          'person_id as personId',
          'from_user_id as fromUserId',
          'to_user_id as toUserId',
          'reason',
          'changed_by as changedBy',
          'changed_at as changedAt',
        ])
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('changed_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
  };
}
