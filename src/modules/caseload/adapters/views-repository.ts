import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface ViewRecord {
  id: string;
  ownerUserId: string;
  name: string;
  shared: boolean;
  filters: unknown;
  updatedAt: Date;
}

const columns = [
  'id',
  'owner_user_id as ownerUserId',
  'name',
  'shared',
  'filters',
  'updated_at as updatedAt',
] as const;

/** Saved caseload views. A name is unique per owner and organization, whatever its case. */
export function viewsRepository(db: Executor) {
  return {
    /** The staff member's own views and those colleagues of the organization share, by name. */
    async visibleTo(organizationId: string, userId: string): Promise<ViewRecord[]> {
      return (await db
        .selectFrom('caseload_views')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('owner_user_id', '=', userId), eb('shared', '=', true)]))
        .orderBy(sql`lower(name)`)
        .orderBy('id')
        .execute()) as ViewRecord[];
    },

    async ownedBy(organizationId: string, userId: string, id: string, lock = false) {
      let query = db
        .selectFrom('caseload_views')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .where('owner_user_id', '=', userId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as ViewRecord | undefined;
    },

    async nameTaken(organizationId: string, userId: string, name: string, exceptId?: string) {
      const row = await db
        .selectFrom('caseload_views')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('owner_user_id', '=', userId)
        .where(sql`lower(name)`, '=', name.toLowerCase())
        .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId as string))
        .executeTakeFirst();
      return row !== undefined;
    },

    async insert(row: {
      id: string;
      organizationId: string;
      ownerUserId: string;
      name: string;
      shared: boolean;
      filters: unknown;
      now: Date;
    }) {
      await db
        .insertInto('caseload_views')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          owner_user_id: row.ownerUserId,
          name: row.name,
          shared: row.shared,
          filters: JSON.stringify(row.filters),
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },

    async update(id: string, change: { name: string; shared: boolean; filters?: unknown }, now: Date) {
      await db
        .updateTable('caseload_views')
        .set({
          name: change.name,
          shared: change.shared,
          ...(change.filters !== undefined ? { filters: JSON.stringify(change.filters) } : {}),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    async remove(id: string) {
      await db.deleteFrom('caseload_views').where('id', '=', id).execute();
    },
  };
}
