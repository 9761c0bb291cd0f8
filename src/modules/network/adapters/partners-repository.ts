import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { EngagementKind, PartnerKind, PartnerSector } from '../domain/vocabulary.js';
import './tables.js';

export interface PartnerFields {
  name: string;
  kind: PartnerKind;
  sectors: readonly PartnerSector[];
  area: string | null;
  website: string | null;
  notes: string | null;
  employerId: string | null;
  sharedWithConsortium: boolean;
}

export interface PartnerRecord extends PartnerFields {
  id: string;
  organizationId: string;
  contacts: number;
  lastEngagementOn: string | null;
}

export interface ContactFields {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: readonly string[];
}

export interface ContactRecord extends ContactFields {
  id: string;
  organizationId: string;
  partnerId: string;
}

export interface EngagementRecord {
  id: string;
  occurredOn: string;
  kind: EngagementKind;
  summary: string;
  contactId: string | null;
  contactName: string | null;
  authorId: string;
  createdAt: Date;
}

const jsonArray = (value: unknown): string[] =>
  Array.isArray(value)
    ? (value as string[])
    : typeof value === 'string'
      ? (JSON.parse(value) as string[])
      : [];

/** Every query of the network's partners, contacts and engagement history. */
export function partnersRepository(db: Executor) {
  const partnerRows = () =>
    db.selectFrom('network_partners as p').select([
      'p.id',
      'p.organization_id',
      'p.name',
      'p.kind',
      'p.sectors',
      'p.area',
      'p.website',
      'p.notes',
      'p.employer_id',
      'p.shared_with_consortium',
      (eb) =>
        eb
          .selectFrom('network_contacts as c')
          .whereRef('c.partner_id', '=', 'p.id')
          .whereRef('c.organization_id', '=', 'p.organization_id')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('contacts'),
      (eb) =>
        eb
          .selectFrom('network_engagements as e')
          .whereRef('e.partner_id', '=', 'p.id')
          .whereRef('e.organization_id', '=', 'p.organization_id')
          .select((e) => e.fn.max('e.occurred_on').as('d'))
          .as('last_engagement_on'),
    ]);
  type Row = Awaited<ReturnType<ReturnType<typeof partnerRows>['execute']>>[number];
  const toPartner = (r: Row): PartnerRecord => ({
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    kind: r.kind as PartnerKind,
    sectors: jsonArray(r.sectors) as PartnerSector[],
    area: r.area,
    website: r.website,
    notes: r.notes,
    employerId: r.employer_id,
    sharedWithConsortium: r.shared_with_consortium,
    contacts: Number(r.contacts ?? 0),
    lastEngagementOn: r.last_engagement_on === null ? null : String(r.last_engagement_on),
  });

  return {
    async insertPartner(
      row: PartnerFields & { id: string; organizationId: string; createdBy: string; now: Date },
    ) {
      await db
        .insertInto('network_partners')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          name: row.name,
          kind: row.kind,
          sectors: JSON.stringify(row.sectors),
          area: row.area,
          website: row.website,
          notes: row.notes,
          employer_id: row.employerId,
          shared_with_consortium: row.sharedWithConsortium,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },

    async updatePartner(id: string, organizationId: string, fields: PartnerFields, now: Date) {
      await db
        .updateTable('network_partners')
        .set({
          name: fields.name,
          kind: fields.kind,
          sectors: JSON.stringify(fields.sectors),
          area: fields.area,
          website: fields.website,
          notes: fields.notes,
          employer_id: fields.employerId,
          shared_with_consortium: fields.sharedWithConsortium,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /** Any organization's partner: the caller checks who may read it. */
    async findPartner(id: string): Promise<PartnerRecord | undefined> {
      const row = await partnerRows().where('p.id', '=', id).executeTakeFirst();
      return row && toPartner(row);
    },

    /**
     * The organization's partners and those of `sharedBy` marked shared, by name; a search matches the
     * name or the area, case-insensitive.
     */
    async listPartners(
      organizationId: string,
      sharedBy: readonly string[],
      filters: { q?: string | undefined; kind?: PartnerKind | undefined; sector?: PartnerSector | undefined },
    ): Promise<PartnerRecord[]> {
      let query = partnerRows().where((eb) =>
        eb.or([
          eb('p.organization_id', '=', organizationId),
          ...(sharedBy.length > 0
            ? [
                eb.and([
                  eb('p.organization_id', 'in', [...sharedBy]),
                  eb('p.shared_with_consortium', '=', true),
                ]),
              ]
            : []),
        ]),
      );
      if (filters.kind) query = query.where('p.kind', '=', filters.kind);
      if (filters.sector)
        query = query.where(sql<boolean>`p.sectors @> ${JSON.stringify([filters.sector])}::jsonb`);
      if (filters.q) {
        const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb('p.name', 'ilike', pattern), eb('p.area', 'ilike', pattern)]));
      }
      const rows = await query.orderBy('p.name').orderBy('p.id').limit(1000).execute();
      return rows.map(toPartner);
    },

    async insertContact(
      row: ContactFields & { id: string; organizationId: string; partnerId: string; now: Date },
    ) {
      await db
        .insertInto('network_contacts')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          partner_id: row.partnerId,
          name: row.name,
          role: row.role,
          email: row.email,
          phone: row.phone,
          languages: JSON.stringify(row.languages),
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },

    async updateContact(id: string, organizationId: string, fields: ContactFields, now: Date) {
      await db
        .updateTable('network_contacts')
        .set({
          name: fields.name,
          role: fields.role,
          email: fields.email,
          phone: fields.phone,
          languages: JSON.stringify(fields.languages),
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /** Any organization's contact: the caller checks its partner. */
    async findContact(id: string): Promise<ContactRecord | undefined> {
      const row = await db.selectFrom('network_contacts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toContact(row);
    },

    async contactsOf(partnerId: string, organizationId: string): Promise<ContactRecord[]> {
      const rows = await db
        .selectFrom('network_contacts')
        .selectAll()
        .where('partner_id', '=', partnerId)
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toContact);
    },

    async insertEngagement(row: {
      id: string;
      organizationId: string;
      partnerId: string;
      contactId: string | null;
      occurredOn: string;
      kind: EngagementKind;
      summary: string;
      authorId: string;
      now: Date;
    }) {
      await db
        .insertInto('network_engagements')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          partner_id: row.partnerId,
          contact_id: row.contactId,
          occurred_on: row.occurredOn,
          kind: row.kind,
          summary: row.summary,
          author_id: row.authorId,
          created_at: row.now,
        })
        .execute();
    },

    /** The partner's history, newest first (the day, then the order they were written). */
    async engagementsOf(partnerId: string, organizationId: string): Promise<EngagementRecord[]> {
      const rows = await db
        .selectFrom('network_engagements as e')
        .leftJoin('network_contacts as c', (join) =>
          join.onRef('c.id', '=', 'e.contact_id').onRef('c.organization_id', '=', 'e.organization_id'),
        )
        .select([
          'e.id',
          'e.occurred_on',
          'e.kind',
          'e.summary',
          'e.contact_id',
          'c.name as contact_name',
          'e.author_id',
          'e.created_at',
        ])
        .where('e.partner_id', '=', partnerId)
        .where('e.organization_id', '=', organizationId)
        .orderBy('e.occurred_on', 'desc')
        .orderBy('e.created_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        occurredOn: String(r.occurred_on),
        kind: r.kind as EngagementKind,
        summary: r.summary,
        contactId: r.contact_id,
        contactName: r.contact_name,
        authorId: r.author_id,
        createdAt: r.created_at,
      }));
    },
  };
}

function toContact(row: {
  id: string;
  organization_id: string;
  partner_id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: unknown;
}): ContactRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    partnerId: row.partner_id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    languages: jsonArray(row.languages),
  };
}
