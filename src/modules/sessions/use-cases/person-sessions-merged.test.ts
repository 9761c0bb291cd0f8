import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { personSessions } from './person-sessions.js';
import { planSeries } from './plan-series.js';

/**
 * A kept file's sessions are followed by those of the files merged into it, marked with their file,
 * audited on it, and only while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-02T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

describe("a kept file's sessions", () => {
  it("lists the merged file's enrolments marked with it, until the undo", async () => {
    const { deps, staff } = scene;
    const type = await createSessionType(deps)(staff.coordinator, {
      code: 'FLE-A2',
      nameFr: 'Français A2',
      nameEn: 'French A2',
      kind: 'language_class',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      capacity: 10,
      mode: 'in_person',
    });
    const series = (title: string) =>
      planSeries(deps)(staff.coordinator, {
        sessionTypeId: type.id,
        title,
        openness: 'organization',
        meetings: [{ startsAt: '2026-03-23T09:00:00Z' }],
      });
    const [morning, evening] = [await series('French A2 morning'), await series('French A2 evening')];
    const kept = await scene.newPerson('Yusuf');
    const away = await scene.newPerson('Youssef');
    const own = await enrolParticipant(deps)(staff.counselor, { seriesId: morning.id, personId: kept });
    const theirs = await enrolParticipant(deps)(staff.counselor, { seriesId: evening.id, personId: away });
    const before = await personSessions(deps)(staff.colleague, { personId: kept });
    expect(before.items.map((s) => [s.enrolmentId, s.fromMergedFile])).toEqual([[own.id, null]]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const merged = await personSessions(deps)(staff.colleague, { personId: kept });
    expect(merged.items.map((s) => [s.enrolmentId, s.title, s.fromMergedFile])).toEqual([
      [own.id, 'French A2 morning', null],
      [theirs.id, 'French A2 evening', { personId: away, givenName: 'Youssef', familyName: 'Test' }],
    ]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'session.person_read')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ sessions: 1, via: 'kept_file' }]);
    await expect(personSessions(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await personSessions(deps)(staff.colleague, { personId: kept })).toEqual(before);
  });
});
