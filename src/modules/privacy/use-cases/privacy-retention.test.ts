import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, detailsOf, provenAt } from '../../../../test/support/privacy-audit.js';
import { givenPrivacyScene } from '../../../../test/support/privacy-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { writeNote } from '../../follow-up/use-cases/write-note.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { endEnrolment } from '../../programs/use-cases/end-enrolment.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { applyRetention } from './apply-retention.js';
import { exportPersonData } from './export-person-data.js';
import { getProcessingRegister, processingRegisterPdf } from './processing-register.js';
import { restrictProcessing } from './restrict-processing.js';
import { getRetentionPolicies, setRetentionPolicies } from './retention-settings.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** The partner organization works in New York: its day ends five or four hours after UTC's. */
async function workInNewYork(organizationId: string) {
  await database.db
    .updateTable('organizations')
    .set({ time_zone: 'America/New_York' })
    .where('id', '=', organizationId)
    .execute();
}

describe('retention periods and the nightly job', () => {
  it('are set by directors and administrators, and anonymize only what has expired, once', async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    const layla = await scene.givenStory('Layla', 'Haddad', 'layla.t@example.test');
    const samir = await scene.givenStory('Samir', 'Khoury', 'samir.t@example.test');
    const nadia = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'Nadia', familyName: 'Ali' },
    });
    const omar = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'Omar', familyName: 'Said' },
    });
    const [enrolment] = (await personEnrolments(deps)(staff.counselor, { personId: layla.personId })).items;
    await endEnrolment(deps)(staff.counselor, {
      enrolmentId: enrolment!.id,
      status: 'exited',
      endedOn: '2026-05-30',
    });
    await restrictProcessing(deps)(staff.counselor, { personId: omar.id, reason: 'A dispute is open' });

    const policies = {
      policies: [
        { purpose: 'person_files' as const, months: 12 },
        { purpose: 'appointment_notes' as const, months: 6 },
      ],
    };
    await expect(setRetentionPolicies(deps)(staff.coordinator, policies)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setRetentionPolicies(deps)(staff.funder, policies)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const set = await setRetentionPolicies(deps)(staff.director, policies);
    expect(set.items.map((p) => [p.purpose, p.months])).toEqual([
      ['person_files', 12],
      ['signup_requests', null],
      ['appointment_notes', 6],
    ]);
    expect((await getRetentionPolicies(deps)(staff.administrator, {})).items).toEqual(set.items);

    // A year on, nothing has expired yet.
    expect(await applyRetention(deps, '2027-01-02')).toEqual([
      expect.objectContaining({ filesAnonymized: 0, peopleWithNotesErased: 2 }),
    ]);
    const [first] = await applyRetention(deps, '2027-06-15');
    expect(first).toMatchObject({
      filesAnonymized: 2,
      signupRequestsAnonymized: 0,
      peopleWithNotesErased: 0,
    });
    const nameOf = async (personId: string) =>
      (await getPersonFile(deps)(staff.counselor, { personId })).identity.givenName;
    expect(await nameOf(layla.personId)).toBe('ANON');
    expect(await nameOf(nadia.id)).toBe('ANON');
    expect(await nameOf(samir.personId)).toBe('Samir');
    expect(await nameOf(omar.id)).toBe('Omar');

    await provenAt(database.db, staff.counselor, scene.clock.now());
    const { data } = await exportPersonData(deps)(staff.counselor, { personId: samir.personId });
    expect(data.sections.notes.map((n) => n.body)).toEqual(['', '']);
    expect(data.sections.appointments[0]).toMatchObject({ outcomeNote: null, status: 'held' });

    const [again] = await applyRetention(deps, '2027-06-15');
    expect(again).toMatchObject({
      filesAnonymized: 0,
      signupRequestsAnonymized: 0,
      peopleWithNotesErased: 0,
      notesErased: 0,
    });
    const runs = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'privacy.retention_applied')
      .where('subject_organization_id', '=', scene.partner.id)
      .execute();
    expect(runs.map((r) => detailsOf(r).filesAnonymized)).toEqual([0, 2, 0]);
    expect(
      (await auditOf(database.db, 'person.anonymize', nadia.id)).map((e) => detailsOf(e).trigger),
    ).toEqual(['retention']);
  });

  it("end on the organization's own day, not the UTC day of the nightly run", async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    await workInNewYork(scene.partner.id);
    const layla = await scene.givenStory('Layla', 'Nassar', 'layla.ny@example.test');
    const [enrolment] = (await personEnrolments(deps)(staff.counselor, { personId: layla.personId })).items;
    await endEnrolment(deps)(staff.counselor, {
      enrolmentId: enrolment!.id,
      status: 'exited',
      endedOn: '2026-06-01',
    });
    await setRetentionPolicies(deps)(staff.director, {
      policies: [{ purpose: 'person_files' as const, months: 12 }],
    });
    const nameOf = async () =>
      (await getPersonFile(deps)(staff.counselor, { personId: layla.personId })).identity.givenName;
    // 02:00 UTC on 2 June 2027 is still 1 June in New York: twelve months have not passed there.
    scene.clock.set('2027-06-02T02:00:00Z');
    await applyRetention(deps);
    expect(await nameOf()).toBe('Layla');
    scene.clock.set('2027-06-02T12:00:00Z');
    await applyRetention(deps);
    expect(await nameOf()).toBe('ANON');
  });

  it("cut off at the organization's midnight, not UTC midnight", async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    await workInNewYork(scene.partner.id);
    scene.clock.set('2026-06-03T12:00:00Z');
    const karim = await createPerson(deps)(staff.counselor, {
      identity: { givenName: 'Karim', familyName: 'Mansour' },
    });
    // 22:00 on 1 June in New York (02:00 UTC on 2 June), then 01:00 on 2 June there.
    for (const occurredAt of ['2026-06-02T02:00:00Z', '2026-06-02T05:00:00Z'])
      await writeNote(deps)(staff.counselor, {
        personId: karim.id,
        kind: 'phone_call',
        occurredAt,
        minutesSpent: 10,
        body: `Called at ${occurredAt}`,
      });
    await setRetentionPolicies(deps)(staff.director, {
      policies: [{ purpose: 'appointment_notes' as const, months: 12 }],
    });
    // On 2 June 2027 in New York, notes before 2 June 2026 there have expired: the first only.
    scene.clock.set('2027-06-02T12:00:00Z');
    const run = (await applyRetention(deps)).find((r) => r.organizationId === scene.partner.id);
    expect(run).toMatchObject({ peopleWithNotesErased: 1, notesErased: 1 });
    const bodies = await database.db
      .selectFrom('follow_up_notes')
      .select(['occurred_at', 'body'])
      .where('person_id', '=', karim.id)
      .orderBy('occurred_at')
      .execute();
    expect(bodies.map((n) => n.body)).toEqual(['', 'Called at 2026-06-02T05:00:00Z']);
  });
});

describe('register of processing activities (art. 30)', () => {
  it('lists purposes, data, people, recipients and the organization’s retention periods, as a page and a PDF', async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    await setRetentionPolicies(deps)(staff.administrator, {
      policies: [{ purpose: 'person_files', months: 60 }],
    });
    const register = await getProcessingRegister(deps)(staff.director, { locale: 'en' });
    expect(register.organization.name).toBe('Office for Immigrant Affairs');
    const accompaniment = register.activities.find((a) => a.id === 'accompaniment')!;
    expect(accompaniment.retention).toEqual({ purpose: 'person_files', months: 60, text: null });
    expect(accompaniment.recipients.join(' ')).toMatch(/consent/);
    expect(register.activities.find((a) => a.id === 'programs')!.recipients.join(' ')).toMatch(/aggregate/);
    expect(register.activities.find((a) => a.id === 'follow-up')!.retention.months).toBeNull();
    expect(register.securityMeasures.length).toBeGreaterThan(3);
    const fr = await getProcessingRegister(deps)(staff.director, { locale: 'fr' });
    expect(fr.activities[0]!.name).toBe('Accompagnement vers l’emploi');
    const { pdf } = await processingRegisterPdf(deps)(staff.administrator, { locale: 'fr' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(getProcessingRegister(deps)(staff.funder, { locale: 'en' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getProcessingRegister(deps)(staff.counselor, { locale: 'en' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
