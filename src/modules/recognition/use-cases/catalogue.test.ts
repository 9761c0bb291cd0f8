import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenRecognitionScene } from '../../../../test/support/recognition-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addPathwayVersion } from './add-pathway-version.js';
import { createPathway } from './create-pathway.js';
import { getRecognitionCase } from './get-case.js';
import { getPathway, listPathways } from './get-pathway.js';
import { openRecognitionCase } from './open-case.js';
import { updatePathway } from './update-pathway.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenRecognitionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenRecognitionScene(database);
});
afterAll(() => database.close());

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]!.n,
  );
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );

describe('the catalogue of pathways', () => {
  it('is kept by the working group’s roles of its organization, read by its consortium partners, unseen by others', async () => {
    const { deps, staff, nurse } = scene;
    expect(nurse).toMatchObject({
      own: true,
      canEdit: true,
      occupation: { scheme: 'onet', code: '29-1141.00', title: 'Registered Nurses' },
      jurisdiction: 'US-KY',
      regulated: true,
      illustrative: true,
      current: { number: 1, effectiveOn: '2026-01-01', typicalCostCents: 96_500, typicalDurationDays: 210 },
    });
    expect(nurse.current.steps.map((s) => [s.position, s.kind])).toEqual([
      [1, 'credential_evaluation'],
      [2, 'language_test'],
      [3, 'exam'],
      [4, 'application_fee'],
    ]);
    for (const editor of [staff.coordinator, staff.director, staff.administrator])
      expect(await codeOf(updatePathway(deps)(editor, { pathwayId: nurse.id, regulatorName: 'KBN' }))).toBe(
        'resolved',
      );
    expect(
      await codeOf(updatePathway(deps)(staff.counselor, { pathwayId: nurse.id, regulated: false })),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        createPathway(deps)(staff.counselor, {
          occupation: { scheme: 'onet', code: '29-2052.00' },
          jurisdiction: 'US-KY',
          regulated: true,
          firstVersion: { effectiveOn: '2026-01-01', steps: scene.nurseSteps },
        }),
      ),
    ).toBe('FORBIDDEN');

    // The lender, a member of the consortium, reads the shared pathway and may not change it.
    const read = await getPathway(deps)(staff.lenderDirector, { pathwayId: nurse.id });
    expect(read).toMatchObject({
      own: false,
      canEdit: false,
      organizationName: 'Office for Immigrant Affairs',
    });
    expect(
      await codeOf(updatePathway(deps)(staff.lenderDirector, { pathwayId: nurse.id, retired: true })),
    ).toBe('RECOGNITION_PATHWAY_READ_ONLY');
    expect(
      await codeOf(
        addPathwayVersion(deps)(staff.lenderDirector, {
          pathwayId: nurse.id,
          effectiveOn: '2026-07-01',
          steps: scene.nurseSteps,
        }),
      ),
    ).toBe('RECOGNITION_PATHWAY_READ_ONLY');
    expect((await listPathways(deps)(staff.lenderDirector, {})).items.map((p) => p.id)).toContain(nurse.id);

    // An organization outside the consortium does not see it at all.
    expect(await codeOf(getPathway(deps)(staff.outsiderCoordinator, { pathwayId: nurse.id }))).toBe(
      'RECOGNITION_PATHWAY_NOT_FOUND',
    );
    expect(
      await codeOf(updatePathway(deps)(staff.outsiderCoordinator, { pathwayId: nurse.id, retired: true })),
    ).toBe('RECOGNITION_PATHWAY_NOT_FOUND');
    expect((await listPathways(deps)(staff.outsiderCoordinator, {})).items).toEqual([]);
    // Unshared, the partner loses it too.
    await updatePathway(deps)(staff.coordinator, { pathwayId: nurse.id, sharedWithConsortium: false });
    expect(await codeOf(getPathway(deps)(staff.lenderDirector, { pathwayId: nurse.id }))).toBe(
      'RECOGNITION_PATHWAY_NOT_FOUND',
    );
    await updatePathway(deps)(staff.coordinator, { pathwayId: nurse.id, sharedWithConsortium: true });
  });

  it('refuses steps whose fields do not fit their kind, writing nothing', async () => {
    const before = [
      await count('recognition_pathways'),
      await count('recognition_pathway_versions'),
      await count('recognition_pathway_steps'),
    ];
    const error = await createPathway(scene.deps)(scene.staff.coordinator, {
      occupation: { scheme: 'onet', code: '29-2052.00' },
      jurisdiction: 'US-KY',
      regulated: true,
      firstVersion: {
        effectiveOn: '2026-01-01',
        steps: [
          { kind: 'exam', labelFr: 'Examen', labelEn: 'Exam', evaluator: 'WES', currency: 'USD' },
          { kind: 'course', labelFr: 'Cours', labelEn: 'Course', levelRequired: 'B2', currency: 'USD' },
        ],
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'RECOGNITION_PATHWAY_STEPS_INCOHERENT',
      details: [
        { path: 'body.firstVersion.steps.0.evaluator', code: 'only_for_credential_evaluation' },
        { path: 'body.firstVersion.steps.1.levelRequired', code: 'only_for_language_test' },
      ],
    });
    expect([
      await count('recognition_pathways'),
      await count('recognition_pathway_versions'),
      await count('recognition_pathway_steps'),
    ]).toEqual(before);
  });

  it('changes by versions: a case keeps the version it started with, a later case follows the new one', async () => {
    const { deps, staff, nurse } = scene;
    const personId = await scene.givenPerson('Amara');
    const started = await openRecognitionCase(deps)(staff.counselor, {
      personId,
      pathwayId: nurse.id,
      startedOn: '2026-03-01',
    });
    expect(started).toMatchObject({ version: { number: 1 }, newerVersionExists: false });
    // The board now asks for a jurisprudence course; effective from June.
    const [evaluation, language, exam, fee] = scene.nurseSteps;
    const changed = await addPathwayVersion(deps)(staff.coordinator, {
      pathwayId: nurse.id,
      effectiveOn: '2026-05-15',
      changeNote: 'The board requires a course on Kentucky nursing law.',
      steps: [
        evaluation!,
        language!,
        {
          kind: 'course',
          labelFr: 'Cours de droit infirmier',
          labelEn: 'Nursing law course',
          currency: 'USD',
        },
        exam!,
        fee!,
      ],
    });
    expect(changed.current).toMatchObject({ number: 2, effectiveOn: '2026-05-15' });
    expect(changed.versions.map((v) => v.number)).toEqual([2, 1]);

    const kept = await getRecognitionCase(deps)(staff.counselor, { caseId: started.id });
    expect(kept).toMatchObject({ version: { number: 1 }, newerVersionExists: true });
    expect(kept.steps.map((s) => s.kind)).toEqual([
      'credential_evaluation',
      'language_test',
      'exam',
      'application_fee',
    ]);

    const later = await openRecognitionCase(deps)(staff.counselor, {
      personId: await scene.givenPerson('Bisi'),
      pathwayId: nurse.id,
      startedOn: '2026-05-20',
    });
    expect(later.version.number).toBe(2);
    expect(later.steps).toHaveLength(5);
    // A case dated before the first version is refused: no steps were in force.
    expect(
      await codeOf(
        openRecognitionCase(deps)(staff.counselor, {
          personId,
          pathwayId: nurse.id,
          startedOn: '2025-12-31',
        }),
      ),
    ).toBe('RECOGNITION_NO_VERSION_IN_FORCE');
  });
});
