import type { ColumnType, JSONColumnType } from 'kysely';

export interface NetworkPartnersTable {
  id: string;
  organization_id: string;
  name: string;
  kind: string;
  sectors: JSONColumnType<string[], string, string>;
  area: string | null;
  website: string | null;
  notes: string | null;
  employer_id: string | null;
  shared_with_consortium: boolean;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface NetworkContactsTable {
  id: string;
  organization_id: string;
  partner_id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: JSONColumnType<string[], string, string>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface NetworkEngagementsTable {
  id: string;
  organization_id: string;
  partner_id: string;
  contact_id: string | null;
  /** 'YYYY-MM-DD'. */
  occurred_on: ColumnType<string, string, string>;
  kind: string;
  summary: string;
  author_id: string;
  created_at: ColumnType<Date, Date, never>;
}

export interface NetworkConveningsTable {
  id: string;
  organization_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string | null;
  capacity: number | null;
  description: string | null;
  public_registration: boolean;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface NetworkRegistrationsTable {
  id: string;
  organization_id: string;
  convening_id: string;
  contact_id: string | null;
  name: string;
  email: string | null;
  partner_name: string | null;
  partner_kind: string | null;
  needs: string | null;
  source: string;
  attendance: string | null;
  attendance_marked_by: string | null;
  attendance_marked_at: Date | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface NetworkSubscribersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string | null;
  /** 'YYYY-MM-DD'. */
  consented_on: ColumnType<string, string, string>;
  consent_source: string;
  consent_wording: string;
  unsubscribed_at: Date | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface NetworkBulletinsTable {
  id: string;
  organization_id: string;
  subject: string;
  body: string;
  recipients: number;
  sent_by: string;
  sent_at: Date;
}

export interface NetworkBulletinDeliveriesTable {
  id: string;
  organization_id: string;
  bulletin_id: string;
  subscriber_id: string;
  token_hash: string | null;
  sent_at: Date | null;
  skipped: ColumnType<boolean, boolean | undefined, boolean>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    network_partners: NetworkPartnersTable;
    network_contacts: NetworkContactsTable;
    network_engagements: NetworkEngagementsTable;
    network_convenings: NetworkConveningsTable;
    network_registrations: NetworkRegistrationsTable;
    network_subscribers: NetworkSubscribersTable;
    network_bulletins: NetworkBulletinsTable;
    network_bulletin_deliveries: NetworkBulletinDeliveriesTable;
  }
}
