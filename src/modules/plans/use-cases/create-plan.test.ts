import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
});
afterAll(() => database.close());

describe('creating a plan', () => {
  it('starts a draft with the funder fields, audited without values and on the timeline', async () => {
    const { deps, staff, personId } = scene;
    const { id } = await createPlan(deps)(staff.counselor, {
      personId,
      language: 'en',
      targetField: 'Civil engineering',
      targetJobTitles: ['Civil engineer', 'Site engineer'],
      barriers: [
        { kind: 'language', description: 'Technical English', mitigation: 'ESL for engineers, B2 course' },
      ],
      credentialRecognition: {
        credential: 'BSc Civil Engineering, Damascus University',
        country: 'SY',
        evaluator: 'WES',
        plan: 'Course-by-course evaluation, then NCEES record',
      },
      localEmployers: [{ name: 'City of St. Louis — Board of Public Service' }],
    });
    const { items } = await personPlans(deps)(staff.coordinator, { personId });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id,
      status: 'draft',
      language: 'en',
      targetField: 'Civil engineering',
      targetJobTitles: ['Civil engineer', 'Site engineer'],
      courses: [],
      credentialRecognition: { evaluator: 'WES', country: 'SY' },
      localEmployers: [{ name: 'City of St. Louis — Board of Public Service', note: null }],
      revision: 1,
      signature: 'unsigned',
      progress: { done: 0, counted: 0, percent: null },
      signOffGaps: [{ gap: 'no_goal' }],
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'plan.create',
        details: {
          fields: [
            'language',
            'targetField',
            'targetJobTitles',
            'barriers',
            'credentialRecognition',
            'localEmployers',
          ],
          program: false,
        },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain('Damascus');
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'module', 'data'])
      .where('resource_id', '=', id)
      .execute();
    expect(events).toEqual([
      { kind: 'plan.created', module: 'plans', data: { targetField: 'Civil engineering' } },
    ]);
  });

  it('keeps one open plan per program, refuses a program the person is not enrolled in', async () => {
    const { deps, staff, personId } = scene;
    await expect(createPlan(deps)(staff.counselor, { personId, language: 'fr' })).rejects.toMatchObject({
      code: 'PLAN_ALREADY_OPEN',
    });
    await expect(
      createPlan(deps)(staff.counselor, {
        personId,
        language: 'en',
        programId: '0190a0a0-0000-7000-8000-000000000001',
      }),
    ).rejects.toMatchObject({ code: 'PLAN_PROGRAM_NOT_ENROLLED' });
    expect((await personPlans(deps)(staff.counselor, { personId })).items).toHaveLength(1);
  });

  it('starts a plan for a program the person is enrolled in, beside the plan without program', async () => {
    const { deps, staff, personId, office } = scene;
    const program = await createProgram(deps)(systemContext(), {
      ownerOrganizationId: office.id,
      code: 'ICP',
      nameFr: 'Immigrant Career Pathways',
      nameEn: 'Immigrant Career Pathways',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    await enrolPerson(deps)(staff.counselor, {
      programId: program.id,
      personId,
      intake: { source: 'walk_in' },
    });
    const { id } = await createPlan(deps)(staff.counselor, {
      personId,
      language: 'en',
      programId: program.id,
    });
    const { items } = await personPlans(deps)(staff.counselor, { personId });
    expect(items.map((p) => [p.id === id, p.programId])).toEqual([
      [true, program.id],
      [false, null],
    ]);
    await expect(
      createPlan(deps)(staff.counselor, { personId, language: 'en', programId: program.id }),
    ).rejects.toMatchObject({ code: 'PLAN_ALREADY_OPEN' });
  });

  it('is for file roles of the following organization only', async () => {
    const { deps, staff, personId } = scene;
    await expect(createPlan(deps)(staff.outsider, { personId, language: 'en' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    for (const role of [staff.funder, staff.administrator])
      await expect(createPlan(deps)(role, { personId, language: 'en' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    await expect(createPlan(deps)(staff.counselor, { personId, language: 'de' as 'en' })).rejects.toThrow();
  });
});
