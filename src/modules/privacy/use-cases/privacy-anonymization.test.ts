import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, detailsOf, provenAt } from '../../../../test/support/privacy-audit.js';
import { givenPrivacyScene } from '../../../../test/support/privacy-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { listCaseload } from '../../caseload/use-cases/list-caseload.js';
import { downloadDocument } from '../../documents/use-cases/download-document.js';
import { programIntensity } from '../../follow-up/use-cases/program-intensity.js';
import { writeNote } from '../../follow-up/use-cases/write-note.js';
import { exportLedger } from '../../loan-fund/use-cases/export-ledger.js';
import { fundDashboard } from '../../loan-fund/use-cases/fund-dashboard.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { updatePerson } from '../../people/use-cases/update-person.js';
import { planFiguresOf } from '../../plans/api.js';
import { endEnrolment } from '../../programs/use-cases/end-enrolment.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { programProgress } from '../../programs/use-cases/program-progress.js';
import { sessionFiguresOfPeriod } from '../../sessions/use-cases/session-figures-of-period.js';
import { anonymizePerson } from './anonymize-person.js';
import { exportPersonData } from './export-person-data.js';
import { getPrivacyState } from './privacy-state.js';
import { liftRestriction, restrictProcessing } from './restrict-processing.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('anonymization (art. 17)', () => {
  it('removes what identifies the person and keeps every figure, attendance count and the fund’s books exactly', async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff, programId, fundId, partner } = scene;
    const layla = await scene.givenStory('Layla', 'Haddad', 'layla.a@example.test');
    const samir = await scene.givenStory('Samir', 'Khoury', 'samir.a@example.test');

    const figures = async () => ({
      progress: await programProgress(deps)(staff.coordinator, { programId }),
      intensity: await programIntensity(deps)(staff.coordinator, { programId, months: 6 }),
      sessions: await sessionFiguresOfPeriod(deps)(staff.coordinator, {
        from: '2026-01-01',
        to: '2026-06-30',
        programId,
      }),
      plans: await planFiguresOf(database.db, [partner.id], '2026-01-01', '2026-06-30'),
      dashboard: await fundDashboard(deps)(staff.lenderDirector, { fundId }),
      ledger: (await exportLedger(deps)(staff.lenderDirector, { fundId })).csv,
    });
    const before = await figures();
    expect(before.progress.rows[0]!.actual).toBe(2);

    await expect(
      anonymizePerson(deps)(staff.counselor, {
        personId: layla.personId,
        reason: 'The person asked to be forgotten',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      anonymizePerson(deps)(staff.outsiderCoordinator, {
        personId: layla.personId,
        reason: 'The person asked to be forgotten',
      }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    const done = await anonymizePerson(deps)(staff.coordinator, {
      personId: layla.personId,
      reason: 'The person asked to be forgotten',
    });
    expect(done.pseudonym).toMatch(/^ANON [0-9A-F]{8}$/);

    expect(await figures()).toEqual(before);

    const file = await getPersonFile(deps)(staff.counselor, { personId: layla.personId });
    expect(file.identity).toMatchObject({
      givenName: 'ANON',
      familyName: done.pseudonym.slice(5),
      givenNameOriginal: null,
      familyNameOriginal: null,
      birthDate: null,
      phone: null,
      email: null,
      address: null,
      city: null,
      immigrationStatus: null,
    });
    expect(file.barriers).toEqual([expect.objectContaining({ category: 'health', note: null })]);
    expect(file.experience).toEqual([
      expect.objectContaining({ employer: null, occupationLabel: 'Civil engineer' }),
    ]);
    expect(await personEnrolments(deps)(staff.counselor, { personId: layla.personId })).toBeTruthy();

    await provenAt(database.db, staff.counselor, scene.clock.now());
    const { data } = await exportPersonData(deps)(staff.counselor, { personId: layla.personId });
    expect(data.privacy).toEqual({ restricted: false, anonymized: true, pseudonym: done.pseudonym });
    expect(data.sections.file.identity.birthYear).toBe(1990);
    expect(data.counts).toMatchObject({
      enrolments: 1,
      plans: 1,
      appointments: 1,
      notes: 2,
      sessions: 1,
      loans: 2,
      documents: 1,
    });
    expect(data.sections.notes.map((n) => n.body)).toEqual(['', '']);
    expect(data.sections.appointments[0]).toMatchObject({ place: null, outcomeNote: null, status: 'held' });
    expect(data.sections.loans.loans[0]).toMatchObject({
      borrowerName: done.pseudonym,
      principalCents: 60_000,
    });
    expect(data.sections.loans.loans[0]!.payments).toHaveLength(1);
    expect(data.sections.documents[0]).toMatchObject({ download: null, title: '-' });
    expect(data.sections.plans[0]!.goals[0]!.steps[0]).toMatchObject({
      partnerName: 'Kentucky Board',
      status: 'done',
    });
    expect(JSON.stringify(data)).not.toMatch(
      /Layla|Haddad|layla|Market Street|Damascus|Back pain|cousin|about the rent|family matters|Talked/,
    );

    await expect(
      downloadDocument(deps)(staff.counselor, { documentId: layla.documentId }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_DELETED' });
    const found = await listCaseload(deps)(staff.counselor, { q: 'Layla Haddad' });
    expect(found.items).toEqual([]);
    const everyone = await listCaseload(deps)(staff.counselor, {});
    expect(everyone.items.map((i) => i.id)).toEqual([samir.personId]);

    const samirFile = await getPersonFile(deps)(staff.counselor, { personId: samir.personId });
    expect(samirFile.identity).toMatchObject({ givenName: 'Samir', email: 'samir.a@example.test' });

    const [entry] = await auditOf(database.db, 'person.anonymize', layla.personId);
    expect(detailsOf(entry!)).toMatchObject({ trigger: 'request', counts: expect.any(Object) });
    expect(JSON.stringify(entry)).not.toMatch(/Layla|forgotten/);
    await expect(
      anonymizePerson(deps)(staff.director, {
        personId: layla.personId,
        reason: 'The person asked to be forgotten',
      }),
    ).rejects.toMatchObject({ code: 'PERSON_ALREADY_ANONYMIZED' });
  });
});

describe('restriction of processing (art. 18)', () => {
  it('freezes every change whichever module would make it, keeps the file readable, and lifts', async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    const layla = await scene.givenStory('Layla', 'Haddad', 'layla.r@example.test');
    const reason = 'Contests the accuracy of her file';

    await expect(
      restrictProcessing(deps)(staff.funder, { personId: layla.personId, reason }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      restrictProcessing(deps)(staff.outsiderCounselor, { personId: layla.personId, reason }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    const state = await restrictProcessing(deps)(staff.counselor, { personId: layla.personId, reason });
    expect(state).toMatchObject({ restricted: true, anonymized: false });
    await expect(
      restrictProcessing(deps)(staff.counselor, { personId: layla.personId, reason }),
    ).rejects.toMatchObject({
      code: 'PERSON_ALREADY_RESTRICTED',
    });

    const file = await getPersonFile(deps)(staff.counselor, { personId: layla.personId });
    const identity = { ...file.identity, personId: layla.personId, phone: '+1 502 555 0199' };
    const refused = { code: 'PR018' };
    await expect(updatePerson(deps)(staff.counselor, identity)).rejects.toMatchObject(refused);
    await expect(
      writeNote(deps)(staff.counselor, {
        personId: layla.personId,
        kind: 'phone_call',
        occurredAt: '2026-05-20T10:00:00Z',
        minutesSpent: 5,
        body: 'Called',
      }),
    ).rejects.toMatchObject(refused);
    const [enrolment] = (await personEnrolments(deps)(staff.counselor, { personId: layla.personId })).items;
    await expect(
      endEnrolment(deps)(staff.counselor, {
        enrolmentId: enrolment!.id,
        status: 'exited',
        endedOn: '2026-05-30',
      }),
    ).rejects.toMatchObject(refused);
    expect((await getPersonFile(deps)(staff.counselor, { personId: layla.personId })).identity.phone).toBe(
      '+1 502 555 0100',
    );
    expect((await listCaseload(deps)(staff.counselor, {})).items).toEqual([]);
    expect(await getPrivacyState(deps)(staff.counselor, { personId: layla.personId })).toMatchObject({
      restricted: true,
      restrictionReason: reason,
    });

    await liftRestriction(deps)(staff.counselor, { personId: layla.personId });
    await updatePerson(deps)(staff.counselor, identity);
    expect((await getPersonFile(deps)(staff.counselor, { personId: layla.personId })).identity.phone).toBe(
      '+1 502 555 0199',
    );
    expect((await listCaseload(deps)(staff.counselor, {})).items.map((i) => i.id)).toEqual([layla.personId]);
    await expect(liftRestriction(deps)(staff.counselor, { personId: layla.personId })).rejects.toMatchObject({
      code: 'PERSON_NOT_RESTRICTED',
    });
    expect((await auditOf(database.db, 'person.restrict', layla.personId)).length).toBe(1);
    expect((await auditOf(database.db, 'person.restriction_lift', layla.personId)).length).toBe(1);
  });
});
