import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenHouseholdScene } from '../../../../test/support/households.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { recordFollowUpAnswer } from '../../outcomes/use-cases/record-follow-up-answer.js';
import { setTargets } from '../../programs/use-cases/set-targets.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { movesPersonData } from '../api.js';
import { cancelMove } from './cancel-move.js';
import { householdFigures } from './household-figures.js';
import { personMoves } from './person-moves.js';
import { recordMove } from './record-move.js';

/**
 * A Montréal household settles in Abitibi: the move ends its enrolment with "moved to a region", its
 * follow-up at 12 months says whether it stayed, and the program's figures count it once, however
 * many of its members moved or however often it moved that year.
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenHouseholdScene>>;
const rouynNoranda = { country: 'CA' as const, code: '6128577' };
const rimouski = { country: 'CA' as const, code: '6354895' };
let partnerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenHouseholdScene(database, fixedClock('2026-06-10T15:00:00Z'));
  partnerId = (await givenOrganization(database.db, { name: 'Partenaire régional — Abitibi', country: 'CA' }))
    .id;
  await setTargets(scene.deps)(systemContext(), {
    programId: scene.programId,
    targets: [
      {
        memberOrganizationId: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 1160,
        unit: 'household',
      },
    ],
  });
});
afterAll(() => database.close());

async function family(enrolledOn = '2026-01-10') {
  const main = await scene.person('Amal');
  const spouse = await scene.person('Karim');
  const { householdId } = await scene.form(scene.counselor, { personId: main });
  await scene.add(scene.counselor, { householdId, personId: spouse, relation: 'spouse' });
  const enrolmentId = await scene.enrol(main, enrolledOn);
  return { main, spouse, enrolmentId };
}

const move = {
  movedOn: '2026-05-01',
  destination: rouynNoranda,
  housing: 'rented' as const,
  activity: 'job' as const,
  activityNote: 'Préposée aux bénéficiaires, CISSS',
  dependants: 3,
};

describe('recording a move', () => {
  it('ends the enrolment with "moved to a region", schedules the follow-ups and tells both files', async () => {
    const { main, spouse, enrolmentId } = await family();
    const { id, exitId } = await recordMove(scene.deps)(scene.counselor, {
      ...move,
      personId: main,
      memberPersonIds: [spouse],
      enrolmentId,
      receivingOrganizationId: partnerId,
    });
    expect(exitId).not.toBeNull();
    const { items } = await personMoves(scene.deps)(scene.counselor, { personId: main });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id,
      destination: { name: 'Rouyn-Noranda' },
      region: { code: '08', name: 'Abitibi-Témiscamingue' },
      householdSize: 5,
      exitRecorded: true,
      receivingOrganization: { id: partnerId },
      handoff: null,
      status: 'recorded',
    });
    expect(items[0]!.members.map((m) => m.personId)).toEqual([main, spouse]);
    const enrolment = await database.db
      .selectFrom('enrolments')
      .select(['status', 'ended_on'])
      .where('id', '=', enrolmentId)
      .executeTakeFirstOrThrow();
    expect(enrolment).toEqual({ status: 'exited', ended_on: '2026-05-01' });
    const followUps = await database.db
      .selectFrom('exit_follow_ups')
      .select('months')
      .where('enrolment_id', '=', enrolmentId)
      .orderBy('months')
      .execute();
    expect(followUps.map((f) => f.months)).toContain(12);
    // The spouse who moved reads the move on their own file and timeline.
    expect(
      (await personMoves(scene.deps)(scene.counselor, { personId: spouse })).items.map((m) => m.id),
    ).toEqual([id]);
    const timeline = await listPersonTimeline(scene.deps)(scene.counselor, { personId: spouse });
    expect(timeline.items.map((e) => e.kind)).toContain('move.recorded');
  });

  it('refuses, saving nothing, a move in the future, before the enrolment, or naming a stranger', async () => {
    const { main, enrolmentId } = await family();
    const stranger = await scene.person('Stranger');
    const before = await database.db
      .selectFrom('household_moves')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      recordMove(scene.deps)(scene.counselor, { ...move, personId: main, movedOn: '2026-06-11' }),
    ).rejects.toMatchObject({ code: 'MOVE_IN_FUTURE' });
    await expect(
      recordMove(scene.deps)(scene.counselor, {
        ...move,
        personId: main,
        movedOn: '2026-01-09',
        enrolmentId,
      }),
    ).rejects.toMatchObject({ code: 'MOVE_BEFORE_ENROLMENT' });
    await expect(
      recordMove(scene.deps)(scene.counselor, { ...move, personId: main, memberPersonIds: [stranger] }),
    ).rejects.toMatchObject({ code: 'MOVE_MEMBER_NOT_IN_HOUSEHOLD' });
    await expect(
      recordMove(scene.deps)(scene.counselor, {
        ...move,
        personId: main,
        destination: { country: 'CA', code: 'nowhere' },
      }),
    ).rejects.toMatchObject({ code: 'MOVE_PLACE_UNKNOWN' });
    await expect(
      recordMove(scene.deps)(scene.counselor, {
        ...move,
        personId: main,
        receivingOrganizationId: scene.organization.id,
      }),
    ).rejects.toMatchObject({ code: 'MOVE_RECEIVER_UNKNOWN' });
    const after = await database.db
      .selectFrom('household_moves')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const open = await database.db
      .selectFrom('enrolments')
      .select('status')
      .where('id', '=', enrolmentId)
      .executeTakeFirstOrThrow();
    expect(open.status).toBe('enrolled');
  });

  it('keeps another organization out: its staff do not find the file, nor its moves', async () => {
    const { main } = await family();
    await recordMove(scene.deps)(scene.counselor, { ...move, personId: main });
    const other = await givenOrganization(database.db, { country: 'CA' });
    const outsider = await givenStaff(database.db, other.id, 'counselor');
    await expect(personMoves(scene.deps)(outsider, { personId: main })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const [row] = await database.db
      .selectFrom('household_moves')
      .select('id')
      .where('person_id', '=', main)
      .execute();
    await expect(cancelMove(scene.deps)(outsider, { moveId: row!.id, reason: 'x' })).rejects.toMatchObject({
      code: 'MOVE_NOT_FOUND',
    });
  });
});

describe("the program's household figures", () => {
  it('count a household once a year, by region and member, against the target, and the funnel to retention', async () => {
    const coordinator = await scene.staff('coordinator');
    const figuresOf = async (year: number) =>
      householdFigures(scene.deps)(coordinator, { programId: scene.programId, year });
    const yearRow = (f: Awaited<ReturnType<typeof figuresOf>>, year: number) =>
      f.years.find((y) => y.year === year) ?? { year, households: 0, target: null };
    const stage = (f: Awaited<ReturnType<typeof figuresOf>>, name: string) =>
      f.funnel.stages.find((s) => s.stage === name)!.households;
    const region = (f: Awaited<ReturnType<typeof figuresOf>>, code: string) =>
      f.byRegion.find((r) => r.key === `CA:${code}`)?.households ?? 0;
    const before = await figuresOf(2025);
    const { main, spouse, enrolmentId } = await family('2025-01-10');
    await recordMove(scene.deps)(scene.counselor, {
      ...move,
      movedOn: '2025-05-01',
      personId: main,
      memberPersonIds: [spouse],
      enrolmentId,
    });
    // The same household moves again within the year: still one household.
    await recordMove(scene.deps)(scene.counselor, {
      ...move,
      personId: main,
      movedOn: '2025-09-01',
      destination: rimouski,
    });
    const after = await figuresOf(2025);
    expect(yearRow(after, 2025).households).toBe(yearRow(before, 2025).households + 1);
    expect(yearRow(after, 2025).target).toBeNull();
    expect(after.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(yearRow(after, 2026).target).toBe(1160);
    expect(stage(after, 'moves')).toBe(stage(before, 'moves') + 1);
    expect(region(after, '08')).toBe(region(before, '08') + 1);
    expect(region(after, '01')).toBe(region(before, '01') + 1);
    expect(after.byRegion.find((r) => r.key === 'CA:08')!.name).toBe('Abitibi-Témiscamingue');
    expect(after.funnel.retentionDue).toBe(before.funnel.retentionDue + 1);

    // A year on, the household says it still lives in the region: retained.
    const followUp = await database.db
      .selectFrom('exit_follow_ups')
      .select('id')
      .where('enrolment_id', '=', enrolmentId)
      .where('months', '=', 12)
      .executeTakeFirstOrThrow();
    await recordFollowUpAnswer(scene.deps)(scene.counselor, {
      followUpId: followUp.id,
      employed: true,
      inTraining: false,
      inRegion: true,
      answeredOn: '2026-05-03',
      via: 'phone',
    });
    const answered = await figuresOf(2025);
    expect(stage(answered, 'retained')).toBe(stage(before, 'retained') + 1);

    // A move cancelled leaves the figures; the household's other move still counts it.
    const rows = await database.db
      .selectFrom('household_moves')
      .select(['id', 'region_code'])
      .where('person_id', '=', main)
      .execute();
    const second = rows.find((r) => r.region_code === '01')!.id;
    await cancelMove(scene.deps)(scene.counselor, { moveId: second, reason: 'Recorded twice' });
    const cancelled = await figuresOf(2025);
    expect(region(cancelled, '01')).toBe(region(before, '01'));
    expect(yearRow(cancelled, 2025).households).toBe(yearRow(before, 2025).households + 1);
    await expect(
      cancelMove(scene.deps)(scene.counselor, { moveId: second, reason: 'again' }),
    ).rejects.toMatchObject({
      code: 'MOVE_ALREADY_CANCELLED',
    });
  });
});

describe("the person's rights", () => {
  it('exports the moves and clears their free texts on anonymization, keeping them for the figures', async () => {
    const { main } = await family();
    await recordMove(scene.deps)(scene.counselor, {
      ...move,
      personId: main,
      note: 'Appartement trouvé par le partenaire',
    });
    const exported = await movesPersonData.personDataFor(database.db, scene.organization.id, main);
    expect(exported.moves[0]).toMatchObject({
      note: 'Appartement trouvé par le partenaire',
      region: 'Abitibi-Témiscamingue',
    });
    expect(await movesPersonData.anonymizePersonData(database.db, scene.organization.id, main)).toBe(1);
    const after = await movesPersonData.personDataFor(database.db, scene.organization.id, main);
    expect(after.moves[0]).toMatchObject({ note: null, activityNote: null, status: 'recorded' });
  });
});
