import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenImmersionScene } from '../../../../test/support/immersion-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { assessImmersion } from './assess-immersion.js';
import { recordMissedHours } from './record-missed-hours.js';
import { signImmersion } from './sign-immersion.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenImmersionScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenImmersionScene(database);
});
afterAll(() => database.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );

async function signedImmersion(over: Record<string, unknown> = {}) {
  const id = await scene.newImmersion(over);
  for (const signatory of ['person', 'employer', 'tutor', 'counselor'] as const)
    await signImmersion(scene.deps)(scene.staff.counselor, {
      immersionId: id,
      signatory,
      signedAt: '2026-02-27T10:00:00Z',
    });
  return id;
}

describe('recordMissedHours', () => {
  it('adds missed hours day by day, never more than planned, only on days that have come', async () => {
    const id = await signedImmersion({ startsOn: '2026-03-02', endsOn: '2026-03-13', plannedHours: 8 });
    const miss = (onDay: string, hours: number) =>
      recordMissedHours(scene.deps)(scene.staff.counselor, {
        immersionId: id,
        onDay,
        hours,
        reason: 'Rendez-vous médical',
      });
    const view = await miss('2026-03-03', 3.5);
    expect(view.missedHours).toMatchObject([{ onDay: '2026-03-03', hours: 3.5 }]);
    expect((await miss('2026-03-04', 4.5)).missedHoursTotal).toBe(8);
    expect(await codeOf(miss('2026-03-05', 0.25))).toBe('IMMERSION_MISSED_HOURS_REFUSED');
    expect(await codeOf(miss('2026-03-11', 1))).toBe('IMMERSION_MISSED_HOURS_REFUSED');
    expect(await codeOf(miss('2026-02-28', 1))).toBe('IMMERSION_MISSED_HOURS_REFUSED');
    const rows = await sql<{
      n: string;
    }>`select count(*) as n from immersion_missed_hours where immersion_id = ${id}`.execute(database.db);
    expect(Number(rows.rows[0]!.n)).toBe(2);
  });
});

describe('assessImmersion', () => {
  it('records a partially completed immersion that ended with an insertion contract, then closes it', async () => {
    const id = await signedImmersion();
    await recordMissedHours(scene.deps)(scene.staff.counselor, {
      immersionId: id,
      onDay: '2026-03-04',
      hours: 7,
    });
    const view = await assessImmersion(scene.deps)(scene.staff.counselor, {
      immersionId: id,
      outcome: 'partially_completed',
      assessedOn: '2026-03-09',
      endedWithJobOffer: true,
      jobContractType: 'siae_insertion',
      note: 'Très bonne intégration dans l’équipe',
    });
    expect(view).toMatchObject({
      status: 'assessed',
      missedHoursTotal: 7,
      assessment: {
        outcome: 'partially_completed',
        assessedOn: '2026-03-09',
        endedWithJobOffer: true,
        jobContractType: 'siae_insertion',
      },
    });
    expect(
      await codeOf(
        assessImmersion(scene.deps)(scene.staff.counselor, {
          immersionId: id,
          outcome: 'completed',
          assessedOn: '2026-03-09',
          endedWithJobOffer: false,
        }),
      ),
    ).toBe('IMMERSION_ASSESSED');
    expect(
      await codeOf(
        recordMissedHours(scene.deps)(scene.staff.counselor, {
          immersionId: id,
          onDay: '2026-03-05',
          hours: 1,
        }),
      ),
    ).toBe('IMMERSION_ASSESSED');
    const timeline = await listPersonTimeline(scene.deps)(scene.staff.counselor, {
      personId: scene.personId,
    });
    const kinds = timeline.items.filter((e) => e.resourceId === id).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['immersion.assessed', 'immersion.missed_hours', 'immersion.signed']),
    );
  });

  it('refuses an assessment that does not fit, with the fields in question, and writes nothing', async () => {
    const id = await signedImmersion();
    const unsigned = await scene.newImmersion();
    const assess = (immersionId: string, over: Record<string, unknown>) =>
      assessImmersion(scene.deps)(scene.staff.counselor, {
        immersionId,
        outcome: 'completed',
        assessedOn: '2026-03-09',
        endedWithJobOffer: false,
        ...over,
      });
    const details = (promise: Promise<unknown>) =>
      promise.then(
        () => [],
        (error: { details?: { path: string; code: string }[] }) => (error.details ?? []).map((d) => d.code),
      );
    expect(await details(assess(id, { outcome: 'partially_completed' }))).toEqual([
      'partial_without_missed_hours',
    ]);
    expect(await details(assess(id, { endedWithJobOffer: true }))).toEqual([
      'job_offer_without_contract_type',
    ]);
    expect(await details(assess(id, { endedWithJobOffer: true, jobContractType: 'permanent' }))).toEqual([
      'contract_type_of_another_country',
    ]);
    expect(await details(assess(id, { assessedOn: '2026-03-05' }))).toEqual(['completed_before_end']);
    expect(await details(assess(unsigned, {}))).toEqual(['not_signed']);
    expect(
      await details(
        assess(unsigned, { outcome: 'did_not_show', endedWithJobOffer: true, jobContractType: 'cdi' }),
      ),
    ).toEqual(['job_offer_without_immersion']);
    const rows = await sql<{
      n: string;
    }>`select count(*) as n from immersions where outcome is not null and id in (${id}, ${unsigned})`.execute(
      database.db,
    );
    expect(Number(rows.rows[0]!.n)).toBe(0);
    const shown = await assess(unsigned, { outcome: 'did_not_show', assessedOn: '2026-03-02' });
    expect(shown.assessment).toMatchObject({
      outcome: 'did_not_show',
      endedWithJobOffer: false,
      jobContractType: null,
    });
  });
});
