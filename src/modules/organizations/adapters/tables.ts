import type { ColumnType } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  short_name: string | null;
  kind: string;
  country: string;
  region: string | null;
  city: string | null;
  default_locale: string;
  /** IANA name (migration 0038): where the organization's times are shown. */
  time_zone: ColumnType<string, string | undefined, string>;
  /** Days before the reminders of a referral it sent, of a hand-off it proposed (migration 0086). */
  referral_reminder_days: ColumnType<number, number | undefined, number>;
  handoff_reminder_days: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date, never>;
}

export interface ConsortiaTable {
  id: string;
  name: string;
  coordinating_organization_id: string;
  created_at: ColumnType<Date, Date, never>;
}

export interface ConsortiumMembersTable {
  consortium_id: string;
  organization_id: string;
  joined_at: Date;
}

export interface SitesTable {
  id: string;
  organization_id: string;
  name: string;
  address: string | null;
  city: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface MembershipsTable {
  organization_id: string;
  user_id: string;
  role: string;
  created_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    organizations: OrganizationsTable;
    consortia: ConsortiaTable;
    consortium_members: ConsortiumMembersTable;
    sites: SitesTable;
    memberships: MembershipsTable;
  }
}
