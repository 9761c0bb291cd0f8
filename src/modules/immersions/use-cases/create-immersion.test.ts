import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../../test/support/immersion-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { createImmersion } from './create-immersion.js';
import { getImmersion } from './get-immersion.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
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

describe('createImmersion', () => {
  it('prepares a PMSMP at the host’s site with its tutor, unsigned, audited and on the person’s timeline', async () => {
    const id = await scene.newImmersion();
    const view = await getImmersion(scene.deps)(scene.staff.counselor, { immersionId: id });
    expect(view).toMatchObject({
      kind: 'pmsmp',
      employer: { id: scene.employerId, name: 'Boulangerie Martin', country: 'FR' },
      site: { id: scene.siteId, name: 'Atelier de Pessac', city: 'Pessac' },
      tutor: { id: scene.tutorId, name: 'Émilie Martin', jobTitle: 'Cheffe boulangère' },
      counselor: { userId: scene.staff.counselor.actor.userId, name: 'Sophie Lagarde' },
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
      plannedHours: 35,
      status: 'signatures_late',
      signatures: [],
      missingSignatures: ['person', 'employer', 'tutor', 'counselor'],
      missedHours: [],
      missedHoursTotal: 0,
      assessment: null,
    });
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'person_id'])
      .where('resource_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['immersion.created', 'immersion.read']);
    const timeline = await listPersonTimeline(scene.deps)(scene.staff.counselor, {
      personId: scene.personId,
    });
    expect(timeline.items.find((e) => e.kind === 'immersion.created')).toMatchObject({
      module: 'immersions',
      data: { employer: 'Boulangerie Martin', immersionKind: 'pmsmp' },
    });
  });

  it('names another colleague as the signing counselor, never someone outside the organization', async () => {
    const id = await scene.newImmersion({ counselorUserId: scene.staff.colleague.actor.userId });
    const view = await getImmersion(scene.deps)(scene.staff.counselor, { immersionId: id });
    expect(view.counselor.name).toBe('Karim Benali');
    for (const userId of [scene.staff.outsider.actor.userId, scene.staff.funder.actor.userId])
      expect(await codeOf(scene.newImmersion({ counselorUserId: userId }))).toBe(
        'IMMERSION_COUNSELOR_NOT_COLLEAGUE',
      );
  });

  it('refuses, writing nothing, a tutor or a site of another employer, an unknown host, or dates that do not fit', async () => {
    const before = await count('immersions');
    const cases: [Record<string, unknown>, string][] = [
      [{ tutorContactId: scene.otherContactId }, 'IMMERSION_TUTOR_NOT_OF_EMPLOYER'],
      [{ employerId: scene.otherEmployerId, siteId: null }, 'IMMERSION_TUTOR_NOT_OF_EMPLOYER'],
      [
        { employerId: scene.otherEmployerId, tutorContactId: scene.otherContactId },
        'IMMERSION_SITE_NOT_OF_EMPLOYER',
      ],
      [{ employerId: '0190a4c8-1b1e-7000-8000-000000000001' }, 'IMMERSION_EMPLOYER_NOT_FOUND'],
      [{ endsOn: '2026-03-01' }, 'IMMERSION_SCHEDULE_INCOHERENT'],
      [{ endsOn: '2026-03-02', plannedHours: 30 }, 'IMMERSION_SCHEDULE_INCOHERENT'],
    ];
    for (const [over, code] of cases) expect(await codeOf(scene.newImmersion(over)), code).toBe(code);
    expect(await count('immersions')).toBe(before);
  });

  it('is scoped like the file: another organization finds neither the person nor the immersion; funders and administrators are refused', async () => {
    const id = await scene.newImmersion();
    expect(await codeOf(createImmersion(scene.deps)(scene.staff.outsider, scene.body()))).toBe(
      'IMMERSION_PERSON_NOT_FOUND',
    );
    expect(await codeOf(getImmersion(scene.deps)(scene.staff.outsider, { immersionId: id }))).toBe(
      'IMMERSION_NOT_FOUND',
    );
    for (const who of ['funder', 'administrator'] as const)
      expect(await codeOf(getImmersion(scene.deps)(scene.staff[who], { immersionId: id }))).toBe('FORBIDDEN');
    expect((await getImmersion(scene.deps)(scene.staff.director, { immersionId: id })).id).toBe(id);
  });

  it('changes nothing while the person’s processing is restricted', async () => {
    const before = await count('immersions');
    await restrictProcessing(scene.deps)(scene.staff.director, {
      personId: scene.personId,
      reason: 'accuracy_contested',
    });
    // The trigger of migration 0027 refuses (SQLSTATE PR018, answered 409 over HTTP).
    expect(await codeOf(scene.newImmersion())).toBe('PR018');
    expect(await count('immersions')).toBe(before);
  });
});
