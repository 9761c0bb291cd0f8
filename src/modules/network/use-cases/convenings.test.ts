import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { addContact } from './add-contact.js';
import { changeConvening } from './change-convening.js';
import { createConvening } from './create-convening.js';
import { createPartner } from './create-partner.js';
import { exportAttendance } from './export-attendance.js';
import { listConvenings } from './list-convenings.js';
import { markAttendance } from './mark-attendance.js';
import { publicConvening } from './public-convening.js';
import { readConvening } from './read-convening.js';
import { registerForConvening } from './register-for-convening.js';
import { registerPublicly } from './register-publicly.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let outsider: Staff;
const anyone = systemContext();

const forum = {
  title: 'Forum des partenaires de Saint-Louis',
  startsAt: '2026-09-15T13:00:00-05:00',
  endsAt: '2026-09-15T17:00:00-05:00',
  place: 'International Institute, 3401 Arsenal St',
  capacity: 3,
  publicRegistration: true,
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-01T14:00:00Z'));
  const mine = await givenOrganization(database.db, {
    name: 'St. Louis Mosaic Project',
    timeZone: 'America/Chicago',
  });
  coordinator = await givenStaff(database.db, mine.id, 'coordinator');
  outsider = await givenStaff(
    database.db,
    (await givenOrganization(database.db, { name: 'Elsewhere' })).id,
    'coordinator',
  );
});
afterAll(() => database.close());

describe('convenings', () => {
  it('registers contacts and free registrants within the capacity, takes attendance and counts', async () => {
    const { id } = await createConvening(deps)(coordinator, forum);
    const partner = await createPartner(deps)(coordinator, {
      name: 'City of St. Louis',
      kind: 'public_body',
    });
    const contact = await addContact(deps)(coordinator, {
      partnerId: partner.id,
      body: { name: 'Dana Brooks', email: 'dana@stlouis-mo.gov' },
    });
    const dana = await registerForConvening(deps)(coordinator, {
      conveningId: id,
      body: { contactId: contact.id },
    });
    await expect(
      registerForConvening(deps)(coordinator, { conveningId: id, body: { contactId: contact.id } }),
    ).rejects.toMatchObject({ code: 'NETWORK_ALREADY_REGISTERED' });
    const publicAnswer = await registerPublicly(deps)(anyone, {
      conveningId: id,
      name: 'Ahmad Karimi',
      email: 'Ahmad@Example.org',
      partnerName: 'Welcome Neighbor STL',
      partnerKind: 'association',
      needs: 'Dari interpretation',
    });
    expect(publicAnswer).toEqual({ status: 'received' });
    // The same address again: the same answer, nothing written.
    expect(
      await registerPublicly(deps)(anyone, { conveningId: id, name: 'Ahmad K.', email: 'ahmad@example.org' }),
    ).toEqual({ status: 'received' });
    // A robot filling the hidden field: the same answer, nothing written.
    expect(
      await registerPublicly(deps)(anyone, { conveningId: id, name: 'Bot', email: 'bot@x.io', website: 'x' }),
    ).toEqual({ status: 'received' });
    await registerForConvening(deps)(coordinator, { conveningId: id, body: { name: 'Walk-in guest' } });
    expect(
      await registerPublicly(deps)(anyone, { conveningId: id, name: 'Late', email: 'late@x.io' }),
    ).toEqual({
      status: 'full',
    });
    await expect(
      registerForConvening(deps)(coordinator, { conveningId: id, body: { name: 'One more' } }),
    ).rejects.toMatchObject({ code: 'NETWORK_CONVENING_FULL' });
    await expect(
      changeConvening(deps)(coordinator, { conveningId: id, body: { ...forum, capacity: 2 } }),
    ).rejects.toMatchObject({ code: 'NETWORK_CAPACITY_BELOW_REGISTRATIONS' });

    await markAttendance(deps)(coordinator, { registrationId: dana.id, attendance: 'present' });
    const view = await readConvening(deps)(coordinator, { conveningId: id });
    const ahmad = view.registrations.find((r) => r.source === 'public');
    await markAttendance(deps)(coordinator, { registrationId: ahmad?.id as string, attendance: 'present' });
    const walkIn = view.registrations.find((r) => r.name === 'Walk-in guest');
    await markAttendance(deps)(coordinator, { registrationId: walkIn?.id as string, attendance: 'absent' });

    const after = await readConvening(deps)(coordinator, { conveningId: id });
    expect(after.timeZone).toBe('America/Chicago');
    expect(
      after.registrations.map((r) => [r.name, r.email, r.partnerName, r.partnerKind, r.attendance]),
    ).toEqual([
      ['Ahmad Karimi', 'ahmad@example.org', 'Welcome Neighbor STL', 'association', 'present'],
      ['Dana Brooks', 'dana@stlouis-mo.gov', 'City of St. Louis', 'public_body', 'present'],
      ['Walk-in guest', null, null, null, 'absent'],
    ]);
    expect(after.counts).toEqual({
      registered: 3,
      present: 2,
      absent: 1,
      unmarked: 0,
      byPartnerKind: [
        { kind: 'public_body', registered: 1, present: 1 },
        { kind: 'association', registered: 1, present: 1 },
        { kind: 'none', registered: 1, present: 0 },
      ],
    });
    const [listed] = (await listConvenings(deps)(coordinator, {})).items;
    expect(listed).toMatchObject({ id, registered: 3, present: 2 });

    const file = await exportAttendance(deps)(coordinator, {
      conveningId: id,
      format: 'csv',
      language: 'en',
    });
    expect(file.filename).toBe('attendance-2026-09-15.csv');
    const rows = parse((await spreadsheetBytes('csv', [file.sheet])).toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(rows[0]).toEqual([
      'Name',
      'E-mail',
      'Organization',
      'Kind',
      'Needs',
      'Registered by',
      'Attendance',
      'Registered at',
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual([
      'Ahmad Karimi',
      'ahmad@example.org',
      'Welcome Neighbor STL',
      'association',
      'Dari interpretation',
      'public form',
      'present',
    ]);
    expect(rows[1]?.[7]).toBe('2026-06-01 09:00');
  });

  it('shows the public page of an open convening only; anything else is the same 404', async () => {
    const open = await createConvening(deps)(coordinator, { ...forum, capacity: 100 });
    expect(await publicConvening(deps)(anyone, { id: open.id })).toMatchObject({
      title: forum.title,
      organizationName: 'St. Louis Mosaic Project',
      timeZone: 'America/Chicago',
      seatsLeft: 100,
    });
    const closed = await createConvening(deps)(coordinator, { ...forum, publicRegistration: false });
    await expect(publicConvening(deps)(anyone, { id: closed.id })).rejects.toMatchObject({
      code: 'NETWORK_PUBLIC_CONVENING_NOT_FOUND',
    });
    await expect(
      registerPublicly(deps)(anyone, { conveningId: closed.id, name: 'A', email: 'a@b.co' }),
    ).rejects.toMatchObject({ code: 'NETWORK_PUBLIC_CONVENING_NOT_FOUND' });
    const past = await createConvening(deps)(coordinator, {
      ...forum,
      startsAt: '2026-05-01T13:00:00-05:00',
      endsAt: null,
    });
    await expect(publicConvening(deps)(anyone, { id: past.id })).rejects.toMatchObject({
      code: 'NETWORK_PUBLIC_CONVENING_NOT_FOUND',
    });
  });

  it("answers another organization's staff as if the convening did not exist", async () => {
    const { id } = await createConvening(deps)(coordinator, forum);
    await expect(readConvening(deps)(outsider, { conveningId: id })).rejects.toMatchObject({
      code: 'NETWORK_CONVENING_NOT_FOUND',
    });
    await expect(
      registerForConvening(deps)(outsider, { conveningId: id, body: { name: 'X' } }),
    ).rejects.toMatchObject({ code: 'NETWORK_CONVENING_NOT_FOUND' });
    expect((await listConvenings(deps)(outsider, {})).items).toEqual([]);
  });
});
