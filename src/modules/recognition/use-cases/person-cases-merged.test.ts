import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { createPathway } from './create-pathway.js';
import { listPersonRecognitionCases } from './get-case.js';
import { openRecognitionCase } from './open-case.js';

/**
 * A kept file's recognition cases are followed by those of the files merged into it, marked with their
 * file, audited on it, and only while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

describe("a kept file's recognition cases", () => {
  it("lists the merged file's case marked with it, until the undo", async () => {
    const { deps, staff } = scene;
    const pathway = await createPathway(deps)(staff.coordinator, {
      occupation: { scheme: 'rome', code: 'J1501' },
      jurisdiction: 'FR',
      regulated: true,
      firstVersion: {
        effectiveOn: '2026-01-01',
        steps: [{ kind: 'exam', labelFr: 'Épreuve', labelEn: 'Exam', currency: 'EUR' }],
      },
    });
    const kept = await scene.newPerson('Yusuf');
    const away = await scene.newPerson('Youssef');
    const theirs = await openRecognitionCase(deps)(staff.counselor, {
      personId: away,
      pathwayId: pathway.id,
      startedOn: '2026-02-02',
    });
    const before = await listPersonRecognitionCases(deps)(staff.colleague, { personId: kept });
    expect(before.items).toEqual([]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const merged = await listPersonRecognitionCases(deps)(staff.colleague, { personId: kept });
    expect(merged.items.map((c) => [c.id, c.fromMergedFile])).toEqual([
      [theirs.id, { personId: away, givenName: 'Youssef', familyName: 'Test' }],
    ]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'recognition_case.list')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ count: 1, via: 'kept_file' }]);
    await expect(listPersonRecognitionCases(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await listPersonRecognitionCases(deps)(staff.colleague, { personId: kept })).toEqual(before);
  });
});
