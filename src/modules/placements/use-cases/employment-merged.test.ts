import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { listPersonApplications } from '../../applications/use-cases/list-person-applications.js';
import { proposeApplication } from '../../applications/use-cases/propose-application.js';
import { addContact } from '../../employers/use-cases/add-contact.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createImmersion } from '../../immersions/use-cases/create-immersion.js';
import { listPersonImmersions } from '../../immersions/use-cases/list-person-immersions.js';
import { createOffer } from '../../offers/use-cases/create-offer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { listPersonPlacements } from './list-person-placements.js';
import { recordPlacement } from './record-placement.js';

/**
 * A kept file's employment tab lists the applications, contracts and immersions of the files merged
 * into it, each marked with its file, audited on that file, and only while the merge is in force
 * (docs/duplicates.md); another organization's merged files never show.
 */
let database: TestDatabase;
const clock = fixedClock('2026-03-09T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
});
afterAll(() => database.close());

async function givenEmployment(personId: string, title: string) {
  const { deps, staff } = scene;
  const employer = await createEmployer(deps)(staff.counselor, { name: `Employeur ${title}`, country: 'FR' });
  const offer = await createOffer(deps)(staff.counselor, {
    employerId: employer.id,
    title,
    contractType: 'cdi',
  });
  const application = await proposeApplication(deps)(staff.counselor, { personId, offerId: offer.id });
  const placement = await recordPlacement(deps)(staff.counselor, {
    personId,
    employerId: employer.id,
    jobTitle: title,
    contractType: 'cdi',
    startsOn: '2026-03-16',
  });
  const tutor = await addContact(deps)(staff.counselor, {
    employerId: employer.id,
    givenName: 'Claire',
    familyName: 'Dumas',
    role: 'hr',
  });
  const immersion = await createImmersion(deps)(staff.counselor, {
    personId,
    kind: 'pmsmp',
    employerId: employer.id,
    tutorContactId: tutor.id,
    startsOn: '2026-03-09',
    endsOn: '2026-03-13',
    plannedHours: 35,
    objectives: `Découvrir ${title}`,
  });
  return { application: application.id, placement: placement.id, immersion: immersion.id };
}

const auditedVia = (action: string, personId: string) =>
  database.db
    .selectFrom('audit_events')
    .select('details')
    .where('action', '=', action)
    .where('person_id', '=', personId)
    .execute()
    .then((rows) => rows.map((r) => r.details).filter((d) => (d as { via?: string }).via === 'kept_file'));

describe("a kept file's employment", () => {
  it("lists the merged file's applications, contracts and immersions marked with it, until the undo", async () => {
    const { deps, staff } = scene;
    const kept = await scene.newPerson('Yusuf');
    const away = await scene.newPerson('Youssef');
    const own = await givenEmployment(kept, 'Cariste');
    const theirs = await givenEmployment(away, 'Magasinier');
    const read = async () => ({
      applications: await listPersonApplications(deps)(staff.colleague, { personId: kept }),
      placements: await listPersonPlacements(deps)(staff.colleague, { personId: kept }),
      immersions: await listPersonImmersions(deps)(staff.colleague, { personId: kept }),
    });
    const before = await read();
    expect(before.applications.items.map((a) => [a.id, a.fromMergedFile])).toEqual([[own.application, null]]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const merged = await read();
    const origin = { personId: away, givenName: 'Youssef', familyName: 'Test' };
    const marked = (items: { id: string; fromMergedFile: typeof origin | null }[]) =>
      Object.fromEntries(items.map((i) => [i.id, i.fromMergedFile]));
    expect(marked(merged.applications.items)).toEqual({
      [own.application]: null,
      [theirs.application]: origin,
    });
    expect(merged.applications.total).toBe(2);
    expect(marked(merged.placements.items)).toEqual({ [own.placement]: null, [theirs.placement]: origin });
    expect(marked(merged.immersions.items)).toEqual({ [own.immersion]: null, [theirs.immersion]: origin });
    expect(await auditedVia('application.list', away)).toEqual([{ count: 1, via: 'kept_file' }]);
    expect(await auditedVia('placement.list', away)).toEqual([{ count: 1, via: 'kept_file' }]);
    expect(await auditedVia('immersion.person_read', away)).toEqual([
      { immersions: 1, jobVisits: 0, via: 'kept_file' },
    ]);
    // The merged file read for itself shows its own records only, unmarked.
    const itself = await listPersonPlacements(deps)(staff.colleague, { personId: away });
    expect(itself.items.map((p) => [p.id, p.fromMergedFile])).toEqual([[theirs.placement, null]]);
    // Outside the organization neither file is found; a funder reads no file.
    await expect(listPersonPlacements(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });
    await expect(listPersonImmersions(deps)(staff.outsider, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });
    await expect(listPersonImmersions(deps)(staff.funder, { personId: kept })).rejects.toMatchObject({
      status: 403,
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await read()).toEqual(before);
  });

  it("never lists another organization's merged file", async () => {
    const { deps, staff } = scene;
    const ours = await scene.newPerson('Samir');
    const open = async (familyName: string) =>
      (await createPerson(deps)(staff.outsider, { identity: { givenName: 'Samir', familyName } })).id;
    const theirKept = await open('Test');
    const theirAway = await open('Tst');
    await mergePersonFiles(deps)(staff.outsider, { keptPersonId: theirKept, mergedPersonId: theirAway });
    // Our organization cannot merge their file into ours.
    await expect(
      mergePersonFiles(deps)(staff.counselor, { keptPersonId: ours, mergedPersonId: theirAway }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(listPersonPlacements(deps)(staff.counselor, { personId: theirKept })).rejects.toMatchObject({
      status: 404,
    });
    const placements = await listPersonPlacements(deps)(staff.counselor, { personId: ours });
    expect(placements.items).toEqual([]);
  });
});
