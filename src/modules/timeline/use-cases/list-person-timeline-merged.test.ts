import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { uuidv7 } from '../../../core/ids.js';
import { type TimelineEvent, timelinePublisher } from '../../../core/timeline/timeline.js';
import { filesMergedInto, keptFileOf } from '../../people/api.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { newestFirst } from '../domain/reading.js';
import { listPersonTimeline } from './list-person-timeline.js';

/**
 * A kept file's timeline reads the events of the files merged into it (docs/duplicates.md): marked with
 * the file they came from, in the same pages, gone again once the merge is undone, and never those of
 * another organization's file.
 */
let database: TestDatabase;
let organizationId: string;
let otherOrganizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let otherCounselor: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  otherOrganizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  otherCounselor = await givenStaff(database.db, otherOrganizationId, 'counselor');
});
afterAll(() => database.close());

const open = async (ctx: typeof counselor, givenName: string, familyName: string) =>
  (await createPerson(testDeps(database))(ctx, { identity: { givenName, familyName } })).id;

async function given(personId: string, events: Partial<TimelineEvent>[]) {
  const publisher = timelinePublisher(database.db, () => new Date(), uuidv7);
  for (const event of events) {
    await publisher.publish({
      organizationId,
      personId,
      occurredAt: new Date('2026-03-01T10:00:00Z'),
      module: 'follow-up',
      kind: 'appointment.held',
      resourceType: 'appointment',
      resourceId: uuidv7(),
      recordedBy: counselor.actor.userId,
      ...event,
    });
  }
}

const read = (ctx: typeof counselor, input: Parameters<ReturnType<typeof listPersonTimeline>>[1]) =>
  listPersonTimeline(testDeps(database))(ctx, input);
const merge = (keptPersonId: string, mergedPersonId: string) =>
  mergePersonFiles(testDeps(database))(counselor, { keptPersonId, mergedPersonId });
const undo = (personId: string) => undoPersonMerge(testDeps(database))(counselor, { personId });

describe("a kept file's timeline", () => {
  it("shows the merged file's events marked with their file, audits the read on both, and stops after the undo", async () => {
    const kept = await open(counselor, 'Yusuf', 'Karimi');
    const away = await open(counselor, 'Youssef', 'Karimi');
    await given(kept, [{ occurredAt: new Date('2026-02-01T09:00:00Z'), kind: 'appointment.held' }]);
    await given(away, [
      { occurredAt: new Date('2026-01-10T09:00:00Z'), module: 'programs', kind: 'enrolment.started' },
      { occurredAt: new Date('2026-03-05T09:00:00Z'), kind: 'appointment.missed' },
    ]);
    const before = await read(counselor, { personId: kept });
    expect(before.items.every((i) => i.fromMergedFile === null)).toBe(true);
    expect(before.items.map((i) => i.kind)).not.toContain('appointment.missed');

    await merge(kept, away);
    expect((await filesMergedInto(database.db, organizationId, kept)).map((f) => f.personId)).toEqual([away]);
    expect((await keptFileOf(database.db, organizationId, away))?.personId).toBe(kept);
    expect(await keptFileOf(database.db, organizationId, kept)).toBeUndefined();

    const after = await read(counselor, { personId: kept, modules: ['follow-up', 'programs'] });
    expect(after.items.map((i) => i.kind)).toEqual([
      'appointment.missed',
      'appointment.held',
      'enrolment.started',
    ]);
    expect(after.total).toBe(3);
    expect(after.items[0]?.fromMergedFile).toEqual({
      personId: away,
      givenName: 'Youssef',
      familyName: 'Karimi',
      givenNameOriginal: null,
      familyNameOriginal: null,
    });
    expect(after.items[1]?.fromMergedFile).toBeNull();
    expect(after.modules).toEqual(
      expect.arrayContaining([
        { module: 'follow-up', count: 2 },
        { module: 'programs', count: 1 },
      ]),
    );
    // The merged file's own timeline stays its own.
    const own = await read(counselor, { personId: away, modules: ['follow-up', 'programs'] });
    expect(own.items.map((i) => i.kind)).toEqual(['appointment.missed', 'enrolment.started']);
    expect(own.items.every((i) => i.fromMergedFile === null)).toBe(true);
    // Reading the kept file read the merged one: one row on each file.
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['person_id as personId', 'details'])
      .where('action', '=', 'timeline.read')
      .where('person_id', 'in', [kept, away])
      .execute();
    expect(audited.filter((a) => a.personId === away).length).toBeGreaterThanOrEqual(2);
    expect(
      audited.some(
        (a) =>
          a.personId === away &&
          JSON.stringify(typeof a.details === 'string' ? JSON.parse(a.details) : a.details).includes(
            'kept_file',
          ),
      ),
    ).toBe(true);

    await undo(away);
    expect(await filesMergedInto(database.db, organizationId, kept)).toEqual([]);
    const undone = await read(counselor, { personId: kept, modules: ['follow-up', 'programs'] });
    expect(undone.items.map((i) => i.kind)).toEqual(['appointment.held']);
    expect(undone.total).toBe(1);
  });

  it('pages by number and by cursor over both files exactly once, in one order', async () => {
    const kept = await open(counselor, 'Amina', 'Haddad');
    const away = await open(counselor, 'Amina', 'Hadad');
    // Both files have events at the same instants: the id breaks the ties across files too.
    for (const [personId, count] of [
      [kept, 13],
      [away, 11],
    ] as const)
      await given(
        personId,
        Array.from({ length: count }, (_, n) => ({ occurredAt: new Date(Date.UTC(2026, 0, 1 + (n % 7))) })),
      );
    await merge(kept, away);
    const filters = { personId: kept, modules: ['follow-up'], pageSize: 5 };
    const byPage = [];
    for (let page = 1; page <= 5; page++) byPage.push(...(await read(counselor, { ...filters, page })).items);
    const byCursor = [];
    let cursor: string | undefined;
    do {
      const result = await read(counselor, { ...filters, cursor });
      expect(result.total).toBe(24);
      byCursor.push(...result.items);
      cursor = result.nextCursor ?? undefined;
    } while (cursor);
    expect(byCursor.map((i) => i.id)).toEqual(byPage.map((i) => i.id));
    expect(new Set(byPage.map((i) => i.id)).size).toBe(24);
    expect(byPage.filter((i) => i.fromMergedFile?.personId === away)).toHaveLength(11);
    const positions = byPage.map((i) => ({ occurredAt: new Date(i.occurredAt), id: i.id }));
    expect([...positions].sort(newestFirst)).toEqual(positions);
    await undo(away);
  });

  it("never reads another organization's file, merged there or published there", async () => {
    const kept = await open(counselor, 'Samir', 'Haddad');
    const away = await open(counselor, 'Samir', 'Hadad');
    await merge(kept, away);
    // Another organization's merge of its own two files.
    const theirKept = await open(otherCounselor, 'Samir', 'Haddad');
    const theirAway = await open(otherCounselor, 'Samir', 'Hadad');
    await mergePersonFiles(testDeps(database))(otherCounselor, {
      keptPersonId: theirKept,
      mergedPersonId: theirAway,
    });
    await given(theirAway, [
      { organizationId: otherOrganizationId, kind: 'loan.disbursed', module: 'loan-fund' },
    ]);
    // An event another organization published on our merged file's id stays theirs.
    await given(away, [{ organizationId: otherOrganizationId, kind: 'loan.decided', module: 'loan-fund' }]);
    const ours = await read(counselor, { personId: kept });
    expect(ours.items.map((i) => i.kind)).not.toContain('loan.disbursed');
    expect(ours.items.map((i) => i.kind)).not.toContain('loan.decided');
    expect(ours.items.map((i) => i.fromMergedFile?.personId).filter(Boolean)).not.toContain(theirAway);
    expect(await filesMergedInto(database.db, organizationId, theirKept)).toEqual([]);
    expect(await keptFileOf(database.db, organizationId, theirAway)).toBeUndefined();
    await expect(read(counselor, { personId: theirKept })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const theirs = await read(otherCounselor, { personId: theirKept });
    expect(theirs.items.map((i) => i.kind)).toContain('loan.disbursed');
    expect(theirs.items.map((i) => i.fromMergedFile?.personId)).not.toContain(away);
  });
});
