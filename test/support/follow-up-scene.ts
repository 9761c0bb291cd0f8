import { systemContext } from '../../src/core/auth/actor.js';
import type { Clock } from '../../src/core/clock.js';
import { uuidv7 } from '../../src/core/ids.js';
import '../../src/modules/follow-up/adapters/tables.js';
import type { AppointmentStatus } from '../../src/modules/follow-up/domain/appointment-status.js';
import type { NoteKind } from '../../src/modules/follow-up/domain/contacts.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { givenOrganization, givenStaff } from './fixtures.js';
import { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

/** A Mission Locale with a counselor, a referent, a colleague, an outsider and a program expecting `expected` contacts. */
export async function givenFollowUpScene(database: TestDatabase, clock: Clock, expected: number | null = 2) {
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  const staff = {
    counselor: await givenStaff(database.db, organization.id, 'counselor'),
    referent: await givenStaff(database.db, organization.id, 'program_referent'),
    colleague: await givenStaff(database.db, organization.id, 'counselor'),
    coordinator: await givenStaff(database.db, organization.id, 'coordinator'),
    funder: await givenStaff(database.db, organization.id, 'funder'),
    administrator: await givenStaff(database.db, organization.id, 'administrator'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: organization.id,
    code: `IPR-${uuidv7().slice(-4)}`,
    nameFr: 'Accompagnement renforcé',
    nameEn: 'Reinforced accompaniment',
    countingUnit: 'person',
    status: 'active',
    rules: [],
    expectedContactsPerMonth: expected,
  });
  const newPerson = async (givenName: string, options: { enrolledOn?: string; email?: string } = {}) => {
    const { id } = await createPerson(deps)(staff.counselor, {
      identity: {
        givenName,
        familyName: 'Test',
        referentUserId: staff.counselor.actor.userId,
        ...(options.email ? { email: options.email } : {}),
      },
    });
    if (options.enrolledOn !== undefined)
      await enrolPerson(deps)(staff.counselor, {
        programId: program.id,
        personId: id,
        enrolledOn: options.enrolledOn,
        intake: { source: 'walk_in' },
      });
    return id;
  };
  return { deps, organization, other, staff, programId: program.id, newPerson };
}

/** Writes an appointment straight to the database, to set a scene of past contacts. */
export async function givenAppointment(
  database: TestDatabase,
  row: {
    organizationId: string;
    personId: string;
    startsAt: string;
    status: AppointmentStatus;
    staffUserId: string;
  },
) {
  const id = uuidv7();
  const startsAt = new Date(row.startsAt);
  await database.db
    .insertInto('appointments')
    .values({
      id,
      organization_id: row.organizationId,
      person_id: row.personId,
      program_id: null,
      mode: 'phone',
      site_id: null,
      place: null,
      meeting_link: null,
      starts_at: startsAt,
      duration_minutes: 30,
      status: row.status,
      sequence: 0,
      created_by: row.staffUserId,
      created_at: startsAt,
      status_changed_at: startsAt,
      status_changed_by: row.staffUserId,
    })
    .execute();
  await database.db
    .insertInto('appointment_participants')
    .values({
      id: uuidv7(),
      appointment_id: id,
      organization_id: row.organizationId,
      kind: 'staff',
      user_id: row.staffUserId,
    })
    .execute();
  return id;
}

export async function givenNote(
  database: TestDatabase,
  row: {
    organizationId: string;
    personId: string;
    occurredAt: string;
    kind: NoteKind;
    authorUserId: string;
    appointmentId?: string;
  },
) {
  const id = uuidv7();
  await database.db
    .insertInto('follow_up_notes')
    .values({
      id,
      organization_id: row.organizationId,
      person_id: row.personId,
      kind: row.kind,
      occurred_at: new Date(row.occurredAt),
      minutes_spent: 20,
      body: 'Scene note',
      confidential: false,
      author_user_id: row.authorUserId,
      appointment_id: row.appointmentId ?? null,
      document_ids: [],
      created_at: new Date(row.occurredAt),
      updated_at: new Date(row.occurredAt),
    })
    .execute();
  return id;
}
