import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLines, usedFonts } from '../../../../test/support/pdf-text.js';
import { auditOf, detailsOf, provenAt } from '../../../../test/support/privacy-audit.js';
import { givenPrivacyScene } from '../../../../test/support/privacy-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { exportPersonData, exportPersonDataPdf } from './export-person-data.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('export of everything held on a person (art. 15 and 20)', () => {
  let scene: Awaited<ReturnType<typeof givenPrivacyScene>>;
  let layla: Awaited<ReturnType<Awaited<ReturnType<typeof givenPrivacyScene>>['givenStory']>>;
  beforeAll(async () => {
    scene = await givenPrivacyScene(database);
    layla = await scene.givenStory('Layla', 'Haddad', 'layla@example.test');
    for (const ctx of [scene.staff.counselor, scene.staff.coordinator, scene.staff.administrator])
      await provenAt(database.db, ctx, scene.clock.now());
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
    const entries = await auditOf(database.db, 'person.export', layla.personId);
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
    const entries = await auditOf(database.db, 'person.export', layla.personId);
    expect(entries.filter((e) => detailsOf(e).format === 'pdf')).toHaveLength(2);
  });

  it('is refused to funders, not found for other organizations, and asks for a recent proof of identity', async () => {
    const input = { personId: layla.personId };
    await expect(exportPersonData(scene.deps)(scene.staff.funder, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    for (const outsider of [scene.staff.outsiderCoordinator, scene.staff.lenderDirector]) {
      await provenAt(database.db, outsider, scene.clock.now());
      await expect(exportPersonData(scene.deps)(outsider, input)).rejects.toMatchObject({
        code: 'PERSON_NOT_FOUND',
      });
    }
    await expect(exportPersonData(scene.deps)(scene.staff.referent, input)).rejects.toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
    });
  });
});
