import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLines, usedFonts } from '../../../../test/support/pdf-text.js';
import { givenPrivacyScene } from '../../../../test/support/privacy-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import { uuidv7 } from '../../../core/ids.js';
import { listCaseload } from '../../caseload/use-cases/list-caseload.js';
import { downloadDocument } from '../../documents/use-cases/download-document.js';
import { programIntensity } from '../../follow-up/use-cases/program-intensity.js';
import { writeNote } from '../../follow-up/use-cases/write-note.js';
import { exportLedger } from '../../loan-fund/use-cases/export-ledger.js';
import { fundDashboard } from '../../loan-fund/use-cases/fund-dashboard.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { updatePerson } from '../../people/use-cases/update-person.js';
import { planFiguresOf } from '../../plans/api.js';
import { endEnrolment } from '../../programs/use-cases/end-enrolment.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { programProgress } from '../../programs/use-cases/program-progress.js';
import { sessionFiguresOfPeriod } from '../../sessions/use-cases/session-figures-of-period.js';
import { anonymizePerson } from './anonymize-person.js';
import { applyRetention } from './apply-retention.js';
import { exportPersonData, exportPersonDataPdf } from './export-person-data.js';
import { getPrivacyState } from './privacy-state.js';
import { getProcessingRegister, processingRegisterPdf } from './processing-register.js';
import { liftRestriction, restrictProcessing } from './restrict-processing.js';
import { getRetentionPolicies, setRetentionPolicies } from './retention-settings.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** The session of `ctx` proved its password at `at`: the export asks for a recent proof. */
async function provenAt(ctx: RequestContext, at: Date) {
  const actor = ctx.actor!;
  await database.db
    .insertInto('sessions')
    .values({
      id: actor.sessionId,
      token_hash: `hash-${uuidv7()}`,
      user_id: actor.userId,
      organization_id: actor.organizationId,
      csrf_token: `csrf-${uuidv7()}`,
      second_factor_pending: false,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(at.getTime() + 3_600_000),
      ip: null,
      user_agent: null,
      authenticated_at: at,
    } as never)
    .execute();
}

async function auditOf(action: string, personId: string) {
  return database.db
    .selectFrom('audit_events')
    .select(['action', 'details', 'actor_user_id'])
    .where('action', '=', action)
    .where('person_id', '=', personId)
    .execute();
}

const detailsOf = (row: { details: unknown }) =>
  (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;

describe('export of everything held on a person (art. 15 and 20)', () => {
  let scene: Awaited<ReturnType<typeof givenPrivacyScene>>;
  let layla: Awaited<ReturnType<Awaited<ReturnType<typeof givenPrivacyScene>>['givenStory']>>;
  beforeAll(async () => {
    scene = await givenPrivacyScene(database);
    layla = await scene.givenStory('Layla', 'Haddad', 'layla@example.test');
    for (const ctx of [scene.staff.counselor, scene.staff.coordinator, scene.staff.administrator])
      await provenAt(ctx, scene.clock.now());
  });

  it('has one complete section per module, as the referent may read it', async () => {
    const { data, filename } = await exportPersonData(scene.deps)(scene.staff.counselor, {
      personId: layla.personId,
    });
    expect(filename).toMatch(/^person-data-.*\.json$/);
    expect(data.counts).toEqual({
      file: 1,
      consents: 1,
      enrolments: 1,
      plans: 1,
      appointments: 1,
      notes: 2,
      sessions: 1,
      loans: 2,
      documents: 1,
      tasks: 0,
      applications: 0,
      jobWishes: 0,
      placements: 0,
      immersions: 0,
      exits: 0,
      exitFollowUps: 0,
      recognition: 0,
      outreach: 0,
      referrals: 0,
      handoffs: 0,
      exploratoryStays: 0,
      relocationPlans: 0,
      relocationAid: 0,
      frontDoor: 0,
      moves: 0,
      timeline: data.sections.timeline.length,
    });
    expect(data.counts.timeline).toBeGreaterThan(8);
    const { file } = data.sections;
    expect(file.identity).toMatchObject({
      givenName: 'Layla',
      familyName: 'Haddad',
      givenNameOriginal: 'ليلى',
      email: 'layla@example.test',
      address: '12 Market Street',
      birthDate: '1990-05-17',
      immigrationStatus: 'refugee',
      statusDate: '2024-03-01',
    });
    expect(file.barriers).toEqual([
      expect.objectContaining({ category: 'health', note: 'Back pain after long shifts' }),
    ]);
    expect(file.experience).toEqual([expect.objectContaining({ employer: 'Damascus Works' })]);
    expect(data.sections.consents).toEqual([expect.objectContaining({ purpose: 'sharing_with_partners' })]);
    expect(data.sections.enrolments).toEqual([
      expect.objectContaining({
        programNameEn: 'Credential recognition',
        intakeNote: "Came with Layla's cousin",
      }),
    ]);
    expect(data.sections.plans[0]!.goals[0]!.steps).toEqual([
      expect.objectContaining({ title: 'FE exam', status: 'done', partnerName: 'Kentucky Board' }),
    ]);
    expect(data.sections.appointments).toEqual([
      expect.objectContaining({
        status: 'held',
        place: "Layla's home",
        outcomeNote: 'Talked about the exam',
      }),
    ]);
    // The counselor is the referent: the colleague's confidential note is readable to her.
    expect(data.sections.notes.map((n) => n.body)).toEqual([
      'Layla called about the rent',
      'Confidential: family matters',
    ]);
    expect(data.sections.sessions.enrolments).toEqual([
      expect.objectContaining({
        seriesTitle: 'CV workshop — spring',
        attendance: [expect.objectContaining({ mark: 'present' })],
      }),
    ]);
    const [loan] = data.sections.loans.loans;
    expect(loan).toMatchObject({ principalCents: 60_000, borrowerName: expect.stringMatching(/^Borrower/) });
    expect(loan!.schedule.reduce((sum, i) => sum + i.principalCents, 0)).toBe(60_000);
    expect(loan!.payments).toEqual([
      expect.objectContaining({ amountCents: 10_000, receivedOn: '2026-03-10' }),
    ]);
    expect(loan!.disbursements).toEqual([expect.objectContaining({ amountCents: 60_000 })]);
    expect(data.sections.documents).toEqual([
      expect.objectContaining({
        id: layla.documentId,
        title: 'Layla — engineering diploma',
        download: `/api/documents/${layla.documentId}/content`,
      }),
    ]);
    expect(data.sensitiveHidden).toBe(false);
    expect(data.confidentialNotesHidden).toBe(0);
  });

  it('hides sensitive parts from roles that may not see them, and confidential texts from others than author and referent', async () => {
    const { data: admin } = await exportPersonData(scene.deps)(scene.staff.administrator, {
      personId: layla.personId,
    });
    expect(admin.sensitiveHidden).toBe(true);
    expect(admin.sections.file.identity).toMatchObject({
      givenName: 'Layla',
      immigrationStatus: null,
      statusDate: null,
    });
    expect(admin.sections.file.barriers).toEqual([]);
    const { data: coordinator } = await exportPersonData(scene.deps)(scene.staff.coordinator, {
      personId: layla.personId,
    });
    expect(coordinator.sections.notes.map((n) => n.body)).toEqual(['Layla called about the rent', null]);
    expect(coordinator.confidentialNotesHidden).toBe(1);
    expect(coordinator.sections.file.identity.immigrationStatus).toBe('refugee');
  });

  it('is audited with the counts of each section, never a value', async () => {
    const entries = await auditOf('person.export', layla.personId);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const details = detailsOf(entries[0]!);
    expect(details).toMatchObject({
      format: 'json',
      sections: expect.objectContaining({ notes: 2, loans: 2 }),
    });
    expect(JSON.stringify(entries)).not.toMatch(/Layla|Haddad|refugee/);
  });

  it('prints the same as a PDF in French or English', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const { pdf, filename } = await exportPersonDataPdf(scene.deps)(scene.staff.counselor, {
        personId: layla.personId,
        locale,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(filename.endsWith(`-${locale}.pdf`)).toBe(true);
      // The name in both scripts, the Arabic one shaped and right to left, in embedded fonts.
      const text = textLines(pdf).join('\n');
      expect(text).toContain('Layla');
      expect(text).toContain('ليلى');
      expect(text).toContain('حداد');
      expect(usedFonts(pdf).every((font) => font.embedded)).toBe(true);
    }
    const entries = await auditOf('person.export', layla.personId);
    expect(entries.filter((e) => detailsOf(e).format === 'pdf')).toHaveLength(2);
  });

  it('is refused to funders, not found for other organizations, and asks for a recent proof of identity', async () => {
    const input = { personId: layla.personId };
    await expect(exportPersonData(scene.deps)(scene.staff.funder, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    for (const outsider of [scene.staff.outsiderCoordinator, scene.staff.lenderDirector]) {
      await provenAt(outsider, scene.clock.now());
      await expect(exportPersonData(scene.deps)(outsider, input)).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
    }
    await expect(exportPersonData(scene.deps)(scene.staff.referent, input)).rejects.toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
    });
  });
});

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

    await provenAt(staff.counselor, scene.clock.now());
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

    const [entry] = await auditOf('person.anonymize', layla.personId);
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
    expect((await auditOf('person.restrict', layla.personId)).length).toBe(1);
    expect((await auditOf('person.restriction_lift', layla.personId)).length).toBe(1);
  });
});

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

    await provenAt(staff.counselor, scene.clock.now());
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
    expect((await auditOf('person.anonymize', nadia.id)).map((e) => detailsOf(e).trigger)).toEqual([
      'retention',
    ]);
  });

  it("end on the organization's own day, not the UTC day of the nightly run", async () => {
    const scene = await givenPrivacyScene(database);
    const { deps, staff } = scene;
    await database.db
      .updateTable('organizations')
      .set({ time_zone: 'America/New_York' })
      .where('id', '=', scene.partner.id)
      .execute();
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
