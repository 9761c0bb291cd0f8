import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { downloadDocument } from './download-document.js';
import { listPersonDocuments } from './list-person-documents.js';
import { uploadDocument } from './upload-document.js';

/**
 * A kept file's documents section lists the documents of the files merged into it, marked with their
 * file, downloadable through the same checks, only while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

const upload = (personId: string, title: string) =>
  uploadDocument(scene.deps)(scene.staff.counselor, {
    personId,
    type: 'other',
    title,
    fileName: `${title}.txt`,
    content: Buffer.from(`Contenu de ${title}`),
  });

describe("a kept file's documents", () => {
  it("lists the merged file's documents marked with their file, audits them there, and stops after the undo", async () => {
    const { deps, staff } = scene;
    const kept = await scene.newPerson('Yusuf');
    const away = await scene.newPerson('Youssef');
    const own = (await upload(kept, 'CV')).id;
    const theirs = (await upload(away, 'Diplome')).id;
    const before = await listPersonDocuments(deps)(staff.colleague, { personId: kept });
    expect(before.items.map((d) => [d.id, d.fromMergedFile])).toEqual([[own, null]]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const listed = await listPersonDocuments(deps)(staff.colleague, { personId: kept });
    expect(listed.items.map((d) => [d.id, d.fromMergedFile?.personId ?? null]).sort()).toEqual(
      [
        [own, null],
        [theirs, away],
      ].sort(),
    );
    expect(listed.items.find((d) => d.id === theirs)?.fromMergedFile).toEqual({
      personId: away,
      givenName: 'Youssef',
      familyName: 'Test',
    });
    const file = await downloadDocument(deps)(staff.colleague, { documentId: theirs });
    expect(file.content.toString()).toBe('Contenu de Diplome');
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'document.list')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ documents: 1, via: 'kept_file' }]);
    // Outside the organization, neither file is found.
    await expect(listPersonDocuments(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await listPersonDocuments(deps)(staff.colleague, { personId: kept })).toEqual(before);
  });
});
