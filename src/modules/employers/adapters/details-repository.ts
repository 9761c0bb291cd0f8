import type { Executor } from '../../../core/db/types.js';
import type { CommitmentStatus } from '../domain/commitment-status.js';
import type { EmployerCountry } from '../domain/legal-identifier.js';
import type { CommitmentKind, ContactRole, EngagementKind, PathwayField } from '../domain/vocabulary.js';
import './tables.js';

export interface SiteRecord {
  id: string;
  employerId: string;
  organizationId: string;
  name: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string;
  country: EmployerCountry;
  placeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  headOffice: boolean;
  removedAt: Date | null;
}
export type SiteFields = Pick<
  SiteRecord,
  | 'name'
  | 'addressLine'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'placeCode'
  | 'latitude'
  | 'longitude'
  | 'headOffice'
>;

export interface ContactRecord {
  id: string;
  employerId: string;
  givenName: string;
  familyName: string;
  role: ContactRole;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
}
export type ContactFields = Omit<ContactRecord, 'id' | 'employerId'>;

export interface CommitmentRecord {
  id: string;
  employerId: string;
  kind: CommitmentKind;
  field: PathwayField | null;
  description: string | null;
  hires: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  madeOn: string;
  status: CommitmentStatus;
  statusChangedAt: Date | null;
}

export interface EngagementRecord {
  id: string;
  kind: EngagementKind;
  occurredOn: string;
  summary: string;
  contactId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const siteColumns = [
  'id',
  'employer_id as employerId',
  'organization_id as organizationId',
  'name',
  'address_line as addressLine',
  'postal_code as postalCode',
  'city',
  'country',
  'place_code as placeCode',
  'latitude',
  'longitude',
  'head_office as headOffice',
  'removed_at as removedAt',
] as const;

const contactColumns = [
  'id',
  'employer_id as employerId',
  'given_name as givenName',
  'family_name as familyName',
  'role',
  'job_title as jobTitle',
  'email',
  'phone',
  'active',
] as const;

const commitmentColumns = [
  'id',
  'employer_id as employerId',
  'kind',
  'field',
  'description',
  'hires',
  'period_start as periodStart',
  'period_end as periodEnd',
  'made_on as madeOn',
  'status',
  'status_changed_at as statusChangedAt',
] as const;

/** Sites, contacts, commitments and engagements: everything hung on an employer. */
export function employerDetailsRepository(db: Executor) {
  return {
    // ——— Sites ———
    async insertSite(row: {
      id: string;
      employerId: string;
      organizationId: string;
      fields: SiteFields;
      now: Date;
    }) {
      await db
        .insertInto('employer_sites')
        .values({
          id: row.id,
          employer_id: row.employerId,
          organization_id: row.organizationId,
          name: row.fields.name,
          address_line: row.fields.addressLine,
          postal_code: row.fields.postalCode,
          city: row.fields.city,
          country: row.fields.country,
          place_code: row.fields.placeCode,
          latitude: row.fields.latitude,
          longitude: row.fields.longitude,
          head_office: row.fields.headOffice,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },
    async updateSite(id: string, fields: SiteFields, now: Date) {
      await db
        .updateTable('employer_sites')
        .set({
          name: fields.name,
          address_line: fields.addressLine,
          postal_code: fields.postalCode,
          city: fields.city,
          country: fields.country,
          place_code: fields.placeCode,
          latitude: fields.latitude,
          longitude: fields.longitude,
          head_office: fields.headOffice,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    /** The employer's head office is no longer one (another site becomes it). */
    async clearHeadOffice(employerId: string, now: Date) {
      await db
        .updateTable('employer_sites')
        .set({ head_office: false, updated_at: now })
        .where('employer_id', '=', employerId)
        .where('head_office', '=', true)
        .where('removed_at', 'is', null)
        .execute();
    },
    async removeSite(id: string, now: Date) {
      await db
        .updateTable('employer_sites')
        .set({ removed_at: now, head_office: false, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    /** A site of the employer, removed or not; locked for a change when `lock`. */
    async findSite(id: string, employerId?: string, lock = false): Promise<SiteRecord | undefined> {
      let query = db.selectFrom('employer_sites').select(siteColumns).where('id', '=', id);
      if (employerId) query = query.where('employer_id', '=', employerId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as SiteRecord | undefined;
    },
    async sitesOf(employerId: string): Promise<SiteRecord[]> {
      return (await db
        .selectFrom('employer_sites')
        .select(siteColumns)
        .where('employer_id', '=', employerId)
        .where('removed_at', 'is', null)
        .orderBy('head_office', 'desc')
        .orderBy('name')
        .orderBy('id')
        .execute()) as SiteRecord[];
    },

    // ——— Contacts ———
    async insertContact(row: {
      id: string;
      employerId: string;
      organizationId: string;
      fields: ContactFields;
      now: Date;
    }) {
      await db
        .insertInto('employer_contacts')
        .values({
          id: row.id,
          employer_id: row.employerId,
          organization_id: row.organizationId,
          given_name: row.fields.givenName,
          family_name: row.fields.familyName,
          role: row.fields.role,
          job_title: row.fields.jobTitle,
          email: row.fields.email,
          phone: row.fields.phone,
          active: row.fields.active,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },
    async updateContact(id: string, fields: ContactFields, now: Date) {
      await db
        .updateTable('employer_contacts')
        .set({
          given_name: fields.givenName,
          family_name: fields.familyName,
          role: fields.role,
          job_title: fields.jobTitle,
          email: fields.email,
          phone: fields.phone,
          active: fields.active,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    async findContact(id: string, employerId: string, lock = false): Promise<ContactRecord | undefined> {
      let query = db
        .selectFrom('employer_contacts')
        .select(contactColumns)
        .where('id', '=', id)
        .where('employer_id', '=', employerId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as ContactRecord | undefined;
    },
    async contactsOf(employerId: string): Promise<ContactRecord[]> {
      return (await db
        .selectFrom('employer_contacts')
        .select(contactColumns)
        .where('employer_id', '=', employerId)
        .orderBy('active', 'desc')
        .orderBy('family_name')
        .orderBy('given_name')
        .orderBy('id')
        .execute()) as ContactRecord[];
    },

    // ——— Commitments ———
    async insertCommitment(row: {
      id: string;
      employerId: string;
      organizationId: string;
      kind: CommitmentKind;
      field: PathwayField | null;
      description: string | null;
      hires: number | null;
      periodStart: string | null;
      periodEnd: string | null;
      madeOn: string;
      createdBy: string;
      now: Date;
    }) {
      await db
        .insertInto('employer_commitments')
        .values({
          id: row.id,
          employer_id: row.employerId,
          organization_id: row.organizationId,
          kind: row.kind,
          field: row.field,
          description: row.description,
          hires: row.hires,
          period_start: row.periodStart,
          period_end: row.periodEnd,
          made_on: row.madeOn,
          status: 'committed',
          status_changed_at: null,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },
    async findCommitment(
      id: string,
      employerId: string,
      lock = false,
    ): Promise<CommitmentRecord | undefined> {
      let query = db
        .selectFrom('employer_commitments')
        .select(commitmentColumns)
        .where('id', '=', id)
        .where('employer_id', '=', employerId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as CommitmentRecord | undefined;
    },
    async setCommitmentStatus(id: string, status: CommitmentStatus, now: Date) {
      await db
        .updateTable('employer_commitments')
        .set({ status, status_changed_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    /** Open ones first (committed, in progress), then the latest made. */
    async commitmentsOf(employerId: string): Promise<CommitmentRecord[]> {
      return (await db
        .selectFrom('employer_commitments')
        .select(commitmentColumns)
        .where('employer_id', '=', employerId)
        .orderBy((eb) => eb.case().when('status', 'in', ['committed', 'in_progress']).then(0).else(1).end())
        .orderBy('made_on', 'desc')
        .orderBy('id', 'desc')
        .execute()) as CommitmentRecord[];
    },

    // ——— Engagements ———
    async insertEngagement(row: {
      id: string;
      employerId: string;
      organizationId: string;
      kind: EngagementKind;
      occurredOn: string;
      summary: string;
      contactId: string | null;
      recordedBy: string;
      now: Date;
    }) {
      await db
        .insertInto('employer_engagements')
        .values({
          id: row.id,
          employer_id: row.employerId,
          organization_id: row.organizationId,
          kind: row.kind,
          occurred_on: row.occurredOn,
          summary: row.summary,
          contact_id: row.contactId,
          recorded_by: row.recordedBy,
          recorded_at: row.now,
        })
        .execute();
    },
    /** The history, newest first: by day, then by when it was recorded. */
    async engagementsOf(
      employerId: string,
      page: number,
      pageSize: number,
    ): Promise<{ items: EngagementRecord[]; total: number }> {
      const base = db.selectFrom('employer_engagements').where('employer_id', '=', employerId);
      const [items, count] = await Promise.all([
        base
          .select([
            'id',
            'kind',
            'occurred_on as occurredOn',
            'summary',
            'contact_id as contactId',
            'recorded_by as recordedBy',
            'recorded_at as recordedAt',
          ])
          .orderBy('occurred_on', 'desc')
          .orderBy('recorded_at', 'desc')
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: items as EngagementRecord[], total: Number(count.n) };
    },
    async engagementTotals(employerId: string): Promise<{ count: number; lastOn: string | null }> {
      const row = await db
        .selectFrom('employer_engagements')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('occurred_on').as('last')])
        .where('employer_id', '=', employerId)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), lastOn: (row.last as string | null) ?? null };
    },
  };
}
