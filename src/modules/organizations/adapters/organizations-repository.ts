import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import type { ReminderDelays } from '../domain/reminder-delays.js';
import './tables.js';

export interface OrganizationRow {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  country: string;
  region: string | null;
  city: string | null;
  defaultLocale: string;
  /** IANA time zone in which the organization's times are shown. */
  timeZone: string;
}

export interface MembershipRow {
  organizationId: string;
  organizationName: string;
  role: Role;
}

export function organizationsRepository(db: Executor) {
  const organizationColumns = [
    'id',
    'name',
    'short_name as shortName',
    'kind',
    'country',
    'region',
    'city',
    'default_locale as defaultLocale',
    'time_zone as timeZone',
  ] as const;
  return {
    async insertOrganization(row: OrganizationRow & { createdAt: Date }) {
      await db
        .insertInto('organizations')
        .values({
          id: row.id,
          name: row.name,
          short_name: row.shortName,
          kind: row.kind,
          country: row.country,
          region: row.region,
          city: row.city,
          default_locale: row.defaultLocale,
          time_zone: row.timeZone,
          created_at: row.createdAt,
        })
        .execute();
    },
    async findOrganization(id: string): Promise<OrganizationRow | undefined> {
      return db
        .selectFrom('organizations')
        .select(organizationColumns)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async setTimeZone(id: string, timeZone: string) {
      await db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', id).execute();
    },
    /** Each organization's reminder delays (migration 0086); an unknown id is absent. */
    async reminderDelaysOf(ids: readonly string[]): Promise<Map<string, ReminderDelays>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('organizations')
        .select(['id', 'referral_reminder_days as referralDays', 'handoff_reminder_days as handoffDays'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(
        rows.map((r) => [r.id, { referralDays: Number(r.referralDays), handoffDays: Number(r.handoffDays) }]),
      );
    },
    async setReminderDelays(id: string, delays: ReminderDelays) {
      await db
        .updateTable('organizations')
        .set({ referral_reminder_days: delays.referralDays, handoff_reminder_days: delays.handoffDays })
        .where('id', '=', id)
        .execute();
    },
    async listOrganizations(ids?: readonly string[]): Promise<OrganizationRow[]> {
      let query = db.selectFrom('organizations').select(organizationColumns).orderBy('name');
      if (ids) {
        if (ids.length === 0) return [];
        query = query.where('id', 'in', ids);
      }
      return query.execute();
    },
    async insertConsortium(row: {
      id: string;
      name: string;
      coordinatingOrganizationId: string;
      createdAt: Date;
    }) {
      await db
        .insertInto('consortia')
        .values({
          id: row.id,
          name: row.name,
          coordinating_organization_id: row.coordinatingOrganizationId,
          created_at: row.createdAt,
        })
        .execute();
    },
    async addConsortiumMember(consortiumId: string, organizationId: string, joinedAt: Date) {
      await db
        .insertInto('consortium_members')
        .values({ consortium_id: consortiumId, organization_id: organizationId, joined_at: joinedAt })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async findConsortium(id: string) {
      return db
        .selectFrom('consortia')
        .select(['id', 'name', 'coordinating_organization_id as coordinatingOrganizationId'])
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async consortiumMembers(consortiumId: string): Promise<OrganizationRow[]> {
      return db
        .selectFrom('consortium_members as cm')
        .innerJoin('organizations as o', 'o.id', 'cm.organization_id')
        .select([
          'o.id',
          'o.name',
          'o.short_name as shortName',
          'o.kind',
          'o.country',
          'o.region',
          'o.city',
          'o.default_locale as defaultLocale',
          'o.time_zone as timeZone',
        ])
        .where('cm.consortium_id', '=', consortiumId)
        .orderBy('o.name')
        .execute();
    },
    async consortiaOfOrganization(organizationId: string) {
      return db
        .selectFrom('consortia as c')
        .leftJoin('consortium_members as cm', (join) =>
          join.onRef('cm.consortium_id', '=', 'c.id').on('cm.organization_id', '=', organizationId),
        )
        .select(['c.id', 'c.name', 'c.coordinating_organization_id as coordinatingOrganizationId'])
        .where((eb) =>
          eb.or([
            eb('cm.organization_id', 'is not', null),
            eb('c.coordinating_organization_id', '=', organizationId),
          ]),
        )
        .orderBy('c.name')
        .execute();
    },
    /** The consortia the organization is a member of (not those it only coordinates), by id. */
    async consortiaWhereMember(organizationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('consortium_members')
        .select('consortium_id')
        .where('organization_id', '=', organizationId)
        .execute();
      return rows.map((r) => r.consortium_id);
    },
    async insertSite(row: {
      id: string;
      organizationId: string;
      name: string;
      address: string | null;
      city: string | null;
      createdAt: Date;
    }) {
      await db
        .insertInto('sites')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          name: row.name,
          address: row.address,
          city: row.city,
          created_at: row.createdAt,
        })
        .execute();
    },
    async listSites(organizationId: string) {
      return db
        .selectFrom('sites')
        .select(['id', 'name', 'address', 'city'])
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .execute();
    },
    async upsertMembership(organizationId: string, userId: string, role: Role, createdAt: Date) {
      await db
        .insertInto('memberships')
        .values({ organization_id: organizationId, user_id: userId, role, created_at: createdAt })
        .onConflict((oc) => oc.columns(['organization_id', 'user_id']).doUpdateSet({ role }))
        .execute();
    },
    async removeMembership(organizationId: string, userId: string) {
      await db
        .deleteFrom('memberships')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .execute();
    },
    async membershipsOfUser(userId: string): Promise<MembershipRow[]> {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organizations as o', 'o.id', 'm.organization_id')
        .select(['m.organization_id as organizationId', 'o.name as organizationName', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('o.name')
        .execute();
      return rows as MembershipRow[];
    },
    async staffOfOrganization(organizationId: string) {
      return db
        .selectFrom('memberships')
        .select(['user_id as userId', 'role'])
        .where('organization_id', '=', organizationId)
        .execute();
    },
  };
}

export type OrganizationsRepository = ReturnType<typeof organizationsRepository>;
