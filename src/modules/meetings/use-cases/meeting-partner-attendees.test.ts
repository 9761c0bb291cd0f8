import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addContact } from '../../network/use-cases/add-contact.js';
import { createPartner } from '../../network/use-cases/create-partner.js';
import { createMeeting } from './create-meeting.js';
import { listMeetings } from './list-meetings.js';
import { readMeeting } from './read-meeting.js';
import { recordAttendance } from './record-attendance.js';
import { recordPartnerAttendees } from './record-partner-attendees.js';

/**
 * Partner organizations at a steering meeting: their people are chosen among the contacts of the
 * coordination's partner directory (no longer typed as guests) and counted by partner organization.
 */
let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Staff;
let memberCounselor: Staff;
let meetingId: string;
const contacts: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database);
  const coordination = (await givenOrganization(database.db, { name: 'Coordination Gironde' })).id;
  const member = (await givenOrganization(database.db, { name: 'Atelier Médoc' })).id;
  const consortiumId = (await givenConsortium(database.db, coordination, [member])).id;
  coordinator = await givenStaff(database.db, coordination, 'coordinator');
  memberCounselor = await givenStaff(database.db, member, 'counselor');
  const partner = async (staff: Staff, name: string, shared: boolean, people: [string, string | null][]) => {
    const { id } = await createPartner(deps)(staff, {
      name,
      kind: 'public_body',
      sharedWithConsortium: shared,
    });
    for (const [contact, role] of people)
      contacts[contact] = (
        await addContact(deps)(staff, { partnerId: id, body: { name: contact, role } })
      ).id;
  };
  await partner(coordinator, 'Mission locale', false, [
    ['Julie Roux', 'Conseillère'],
    ['Marc Petit', null],
  ]);
  await partner(coordinator, 'France Travail', false, [['Sarah Blanc', null]]);
  await partner(memberCounselor, 'CCAS de Pauillac', true, [['Léa Morel', 'Directrice']]);
  await partner(memberCounselor, 'Garage Dupuy', false, [['Zoé Dupuy', null]]);
  meetingId = (
    await createMeeting(deps)(coordinator, {
      consortiumId,
      kind: 'steering',
      title: 'Comité de pilotage',
      startsAt: '2026-03-03T09:30:00+01:00',
      agenda: ['Chiffres du mois'],
      invitedOrganizationIds: [member],
    })
  ).id;
  await recordAttendance(deps)(coordinator, {
    meetingId,
    attendance: [{ organizationId: member, status: 'present', guests: ['Bruno Laurent'] }],
  });
});
afterAll(() => database.close());

describe('partner-directory contacts at a meeting', () => {
  it('are offered to the coordination, named as attendees and counted by partner organization', async () => {
    const before = await readMeeting(deps)(coordinator, { meetingId });
    // Its own partners' contacts and those a member shares; never a member's unshared partner.
    expect(before.partnerContacts.map((c) => `${c.partner.name}: ${c.name}`)).toEqual([
      'CCAS de Pauillac: Léa Morel',
      'France Travail: Sarah Blanc',
      'Mission locale: Julie Roux',
      'Mission locale: Marc Petit',
    ]);
    expect(before.partnerContacts[0]).not.toHaveProperty('email');

    await recordPartnerAttendees(deps)(coordinator, {
      meetingId,
      contactIds: [contacts['Julie Roux']!, contacts['Marc Petit']!, contacts['Léa Morel']!],
    });
    const read = await readMeeting(deps)(coordinator, { meetingId });
    expect(read.partnerAttendance).toEqual([
      {
        partner: { id: expect.any(String), name: 'CCAS de Pauillac' },
        contacts: [{ id: contacts['Léa Morel'], name: 'Léa Morel', role: 'Directrice' }],
        people: 1,
      },
      {
        partner: { id: expect.any(String), name: 'Mission locale' },
        contacts: [
          { id: contacts['Julie Roux'], name: 'Julie Roux', role: 'Conseillère' },
          { id: contacts['Marc Petit'], name: 'Marc Petit', role: null },
        ],
        people: 2,
      },
    ]);
    // One guest of the member, three partner contacts.
    expect(read.peoplePresent).toBe(4);
    const { items } = await listMeetings(deps)(coordinator, {});
    expect(items.find((m) => m.id === meetingId)?.people).toBe(4);

    // A member invited reads who came, and is offered nothing to choose.
    const seenByMember = await readMeeting(deps)(memberCounselor, { meetingId });
    expect(seenByMember.partnerAttendance.map((p) => p.people)).toEqual([1, 2]);
    expect(seenByMember.partnerContacts).toEqual([]);

    const audited = await database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'meetings.partner_attendees_record')
      .where('resource_id', '=', meetingId)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ contacts: 3, partners: 2 }]);
  });

  it('refuses a contact outside the coordination’s directory, and only the coordination records them', async () => {
    await expect(
      recordPartnerAttendees(deps)(coordinator, {
        meetingId,
        contactIds: [contacts['Sarah Blanc']!, contacts['Zoé Dupuy']!],
      }),
    ).rejects.toMatchObject({ code: 'MEETING_ATTENDEE_NOT_PARTNER_CONTACT' });
    await expect(
      recordPartnerAttendees(deps)(memberCounselor, { meetingId, contactIds: [] }),
    ).rejects.toMatchObject({ kind: expect.stringMatching(/forbidden|not_found/) });
    // Nothing changed by the refusals; an empty list clears them.
    expect((await readMeeting(deps)(coordinator, { meetingId })).peoplePresent).toBe(4);
    await recordPartnerAttendees(deps)(coordinator, { meetingId, contactIds: [] });
    const cleared = await readMeeting(deps)(coordinator, { meetingId });
    expect(cleared.partnerAttendance).toEqual([]);
    expect(cleared.peoplePresent).toBe(1);
  });
});
