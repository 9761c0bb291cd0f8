import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenRecognitionScene } from '../../../../test/support/recognition-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { openRecognitionCase } from './open-case.js';
import { recognitionFigures } from './recognition-figures.js';
import { closeRecognitionCase, recordRecognitionResult } from './record-result.js';
import { updateRecognitionCaseStep } from './update-case-step.js';

const generalNurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';
const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenRecognitionScene>>;

/**
 * On the Kentucky registered-nurse pathway (O*NET 29-1141.00): Amara licensed on 2026-05-20 and hired as
 * a nurse (ESCO) on 2026-05-25; Chidi still on the way, hired as a nurse on 2026-04-01; Bola on the way,
 * hired as a civil engineer; Dayo moved away on 2026-03-01. The clock stands on 2026-06-01.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenRecognitionScene(database);
  const { deps, staff } = scene;
  const employer = await createEmployer(deps)(staff.counselor, { name: 'Baptist Health', country: 'US' });
  const hire = (personId: string, escoId: string, startsOn: string) =>
    recordPlacement(deps)(staff.counselor, {
      personId,
      employerId: employer.id,
      jobTitle: 'Hire',
      escoId,
      contractType: 'permanent',
      startsOn,
    });
  const open = async (givenName: string) => {
    const personId = await scene.givenPerson(givenName);
    const opened = await openRecognitionCase(deps)(staff.counselor, {
      personId,
      pathwayId: scene.nurse.id,
      startedOn: '2026-02-01',
    });
    return { personId, opened };
  };
  const amara = await open('Amara');
  for (const step of amara.opened.steps)
    await updateRecognitionCaseStep(deps)(staff.counselor, {
      stepId: step.id,
      status: 'done',
      startedOn: '2026-02-01',
      doneOn: '2026-05-20',
    });
  await recordRecognitionResult(deps)(staff.counselor, {
    caseId: amara.opened.id,
    result: 'recognised',
    decidedOn: '2026-05-20',
    credential: { kind: 'licence', name: 'Registered Nurse (Kentucky)', obtainedOn: '2026-05-20' },
  });
  await hire(amara.personId, generalNurse, '2026-05-25');
  const chidi = await open('Chidi');
  await hire(chidi.personId, generalNurse, '2026-04-01');
  const bola = await open('Bola');
  await hire(bola.personId, civilEngineer, '2026-03-01');
  const dayo = await open('Dayo');
  await closeRecognitionCase(deps)(staff.counselor, {
    caseId: dayo.opened.id,
    closedOn: '2026-03-01',
    reason: 'moved_away',
  });
});
afterAll(() => database.close());

const nurseFigures = async (period: { from?: string; to?: string }) =>
  (await recognitionFigures(scene.deps)(scene.staff.coordinator, period)).pathways.find(
    (p) => p.pathwayId === scene.nurse.id,
  )!;

describe('the working group’s figures over a period, and who is employed in the field', () => {
  it('counts the licensed nurse hired as a nurse, and the one hired as a nurse on the way; not the engineer', async () => {
    const all = await nurseFigures({});
    expect(all).toMatchObject({ people: 4, open: 2, closedWithoutResult: 1 });
    expect(all.results.recognised).toBe(1);
    expect(all.employedInField).toEqual({ credentialObtained: 1, inProgress: 1 });
  });

  it('reads the cases that ran during the period as they stood at its end', async () => {
    // By 2026-05-10 Amara had no licence yet and no job: three open cases, one employed in the field.
    const spring = await nurseFigures({ from: '2026-01-01', to: '2026-05-10' });
    expect(spring).toMatchObject({ people: 4, open: 3, closedWithoutResult: 1 });
    expect(spring.results.recognised).toBe(0);
    expect(spring.employedInField).toEqual({ credentialObtained: 0, inProgress: 1 });
    expect(spring.versions[0]!.steps.every((s) => s.done === 0)).toBe(true);
    // Dayo's case ended before the period: the database leaves it out.
    const after = await nurseFigures({ from: '2026-03-02' });
    expect(after).toMatchObject({ people: 3, closedWithoutResult: 0 });
    // Before any case started.
    expect(await nurseFigures({ to: '2026-01-31' })).toMatchObject({
      people: 0,
      employedInField: { credentialObtained: 0, inProgress: 0 },
    });
  });

  it('answers the period it used', async () => {
    const answer = await recognitionFigures(scene.deps)(scene.staff.coordinator, { from: '2026-03-02' });
    expect(answer.period).toEqual({ from: '2026-03-02', to: null });
  });
});
