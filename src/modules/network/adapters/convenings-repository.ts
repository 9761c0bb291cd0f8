import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { AttendanceMark, PartnerKind } from '../domain/vocabulary.js';
import './tables.js';

export interface ConveningFields {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  capacity: number | null;
  description: string | null;
  publicRegistration: boolean;
}

export interface ConveningRecord extends ConveningFields {
  id: string;
  organizationId: string;
  registered: number;
  present: number;
}

export interface RegistrationRecord {
  id: string;
  organizationId: string;
  conveningId: string;
  contactId: string | null;
  /** The contact's partner, when the registrant is a contact of the network. */
  partnerId: string | null;
  name: string;
  email: string | null;
  partnerName: string | null;
  partnerKind: PartnerKind | null;
  needs: string | null;
  source: 'staff' | 'public';
  attendance: AttendanceMark | null;
  createdAt: Date;
}

export interface NewRegistration {
  id: string;
  organizationId: string;
  conveningId: string;
  contactId: string | null;
  name: string;
  email: string | null;
  partnerName: string | null;
  partnerKind: PartnerKind | null;
  needs: string | null;
  source: 'staff' | 'public';
  now: Date;
}

/** Every query of convenings, their registrations and attendance. */
export function conveningsRepository(db: Executor) {
  const conveningRows = () =>
    db
      .selectFrom('network_convenings as v')
      .selectAll('v')
      .select((eb) => [
        eb
          .selectFrom('network_registrations as r')
          .whereRef('r.convening_id', '=', 'v.id')
          .whereRef('r.organization_id', '=', 'v.organization_id')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('registered'),
        eb
          .selectFrom('network_registrations as r')
          .whereRef('r.convening_id', '=', 'v.id')
          .whereRef('r.organization_id', '=', 'v.organization_id')
          .where('r.attendance', '=', 'present')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('present'),
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof conveningRows>['execute']>>[number];
  const toConvening = (r: Row): ConveningRecord => ({
    id: r.id,
    organizationId: r.organization_id,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    capacity: r.capacity,
    description: r.description,
    publicRegistration: r.public_registration,
    registered: Number(r.registered ?? 0),
    present: Number(r.present ?? 0),
  });

  return {
    async insertConvening(
      row: ConveningFields & { id: string; organizationId: string; createdBy: string; now: Date },
    ) {
      await db
        .insertInto('network_convenings')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          title: row.title,
          starts_at: row.startsAt,
          ends_at: row.endsAt,
          place: row.place,
          capacity: row.capacity,
          description: row.description,
          public_registration: row.publicRegistration,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },

    async updateConvening(id: string, organizationId: string, fields: ConveningFields, now: Date) {
      await db
        .updateTable('network_convenings')
        .set({
          title: fields.title,
          starts_at: fields.startsAt,
          ends_at: fields.endsAt,
          place: fields.place,
          capacity: fields.capacity,
          description: fields.description,
          public_registration: fields.publicRegistration,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /** Any organization's convening; `lock` holds it while a seat is taken (capacity). */
    async findConvening(id: string, lock = false): Promise<ConveningRecord | undefined> {
      if (lock)
        await db.selectFrom('network_convenings').select('id').where('id', '=', id).forUpdate().execute();
      const row = await conveningRows().where('v.id', '=', id).executeTakeFirst();
      return row && toConvening(row);
    },

    async listConvenings(organizationId: string): Promise<ConveningRecord[]> {
      const rows = await conveningRows()
        .where('v.organization_id', '=', organizationId)
        .orderBy('v.starts_at', 'desc')
        .orderBy('v.id')
        .limit(500)
        .execute();
      return rows.map(toConvening);
    },

    /** False when the address (or the contact) is already registered for this convening. */
    async insertRegistration(row: NewRegistration): Promise<boolean> {
      const inserted = await db
        .insertInto('network_registrations')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          convening_id: row.conveningId,
          contact_id: row.contactId,
          name: row.name,
          email: row.email,
          partner_name: row.partnerName,
          partner_kind: row.partnerKind,
          needs: row.needs,
          source: row.source,
          created_at: row.now,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    /** Many at once (demo data), attendance already taken or not: one statement per thousand rows. */
    async insertRegistrations(
      rows: readonly (NewRegistration & { attendance?: AttendanceMark | null; markedBy?: string | null })[],
    ) {
      for (let start = 0; start < rows.length; start += 1000) {
        await db
          .insertInto('network_registrations')
          .values(
            rows.slice(start, start + 1000).map((row) => ({
              id: row.id,
              organization_id: row.organizationId,
              convening_id: row.conveningId,
              contact_id: row.contactId,
              name: row.name,
              email: row.email,
              partner_name: row.partnerName,
              partner_kind: row.partnerKind,
              needs: row.needs,
              source: row.source,
              attendance: row.attendance ?? null,
              attendance_marked_by: row.attendance ? (row.markedBy ?? null) : null,
              attendance_marked_at: row.attendance ? row.now : null,
              created_at: row.now,
            })),
          )
          .execute();
      }
    },

    async findRegistration(id: string): Promise<RegistrationRecord | undefined> {
      return (await registrationRows().where('r.id', '=', id).executeTakeFirst()) as
        | RegistrationRecord
        | undefined;
    },

    /** A convening's registrations by name; a contact's partner named from the network. */
    async registrationsOf(conveningId: string, organizationId: string): Promise<RegistrationRecord[]> {
      return (await registrationRows()
        .where('r.convening_id', '=', conveningId)
        .where('r.organization_id', '=', organizationId)
        .orderBy(sql`lower(r.name)`)
        .orderBy('r.id')
        .execute()) as RegistrationRecord[];
    },

    async markAttendance(
      id: string,
      organizationId: string,
      mark: AttendanceMark | null,
      by: string,
      now: Date,
    ) {
      await db
        .updateTable('network_registrations')
        .set({
          attendance: mark,
          attendance_marked_by: mark === null ? null : by,
          attendance_marked_at: mark === null ? null : now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
  };

  function registrationRows() {
    return db
      .selectFrom('network_registrations as r')
      .leftJoin('network_contacts as c', (join) =>
        join.onRef('c.id', '=', 'r.contact_id').onRef('c.organization_id', '=', 'r.organization_id'),
      )
      .leftJoin('network_partners as p', (join) =>
        join.onRef('p.id', '=', 'c.partner_id').onRef('p.organization_id', '=', 'c.organization_id'),
      )
      .select([
        'r.id',
        'r.organization_id as organizationId',
        'r.convening_id as conveningId',
        'r.contact_id as contactId',
        'p.id as partnerId',
        'r.name',
        'r.email',
        (eb) => eb.fn.coalesce('p.name', 'r.partner_name').as('partnerName'),
        (eb) => eb.fn.coalesce('p.kind', 'r.partner_kind').as('partnerKind'),
        'r.needs',
        'r.source',
        'r.attendance',
        'r.created_at as createdAt',
      ]);
  }
}
