import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { uuidv7 } from '../../../core/ids.js';
import { onDay, type TimelineEvent, timelinePublisher } from '../../../core/timeline/timeline.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { mayRead, newestFirst, readerOf } from '../domain/reading.js';
import { listPersonTimeline } from './list-person-timeline.js';

let database: TestDatabase;
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let colleague: Awaited<ReturnType<typeof givenStaff>>;
let otherOrganizationCounselor: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor', { displayName: 'Claire Martin' });
  colleague = await givenStaff(database.db, organizationId, 'counselor');
  otherOrganizationCounselor = await givenStaff(
    database.db,
    (await givenOrganization(database.db)).id,
    'counselor',
  );
});
afterAll(() => database.close());

const newPerson = async () =>
  (
    await createPerson(testDeps(database))(counselor, {
      identity: { givenName: 'Samir', familyName: 'Haddad' },
    })
  ).id;

/** Sets the scene as other modules would: events written by the core publisher. */
async function given(personId: string, events: Partial<TimelineEvent>[]) {
  const publisher = timelinePublisher(database.db, () => new Date(), uuidv7);
  for (const event of events) {
    await publisher.publish({
      organizationId,
      personId,
      occurredAt: new Date('2026-03-01T10:00:00Z'),
      module: 'plans',
      kind: 'plan.goal_added',
      resourceType: 'plan_goal',
      resourceId: uuidv7(),
      recordedBy: counselor.actor.userId,
      ...event,
    });
  }
}

const read = (ctx: typeof counselor, input: Parameters<ReturnType<typeof listPersonTimeline>>[1]) =>
  listPersonTimeline(testDeps(database))(ctx, input);

describe("a person's timeline", () => {
  it('lists the events newest first with who recorded them, and audits the reading', async () => {
    const personId = await newPerson();
    await given(personId, [
      { occurredAt: new Date('2026-01-05T09:00:00Z'), kind: 'appointment.held', module: 'follow-up' },
      {
        ...onDay('2026-02-10'),
        kind: 'enrolment.started',
        module: 'programs',
        data: { programNameEn: 'IPR' },
      },
      { occurredAt: new Date('2026-03-01T08:30:00Z'), kind: 'plan.goal_added', data: { title: 'B1 French' } },
    ]);
    const timeline = await read(counselor, { personId });
    const mine = timeline.items.filter((i) => i.kind !== 'person.registered');
    expect(mine.map((i) => i.kind)).toEqual(['plan.goal_added', 'enrolment.started', 'appointment.held']);
    expect(mine[0]).toMatchObject({
      module: 'plans',
      data: { title: 'B1 French' },
      allDay: false,
      restricted: false,
      recordedBy: { id: counselor.actor.userId, name: 'Claire Martin' },
    });
    expect(mine[1]).toMatchObject({ allDay: true, occurredAt: '2026-02-10T12:00:00.000Z' });
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('person_id', '=', personId)
      .where('action', '=', 'timeline.read')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('is read only by the organization that follows the person, and by the roles that work with files', async () => {
    const personId = await newPerson();
    await expect(read(otherOrganizationCounselor, { personId })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const administrator = await givenStaff(database.db, organizationId, 'administrator');
    const funder = await givenStaff(database.db, organizationId, 'funder');
    await expect(read(administrator, { personId })).rejects.toMatchObject({ status: 403 });
    await expect(read(funder, { personId })).rejects.toMatchObject({ status: 403 });
    for (const role of ['program_referent', 'coordinator', 'director'] as const) {
      const staff = await givenStaff(database.db, organizationId, role);
      await expect(read(staff, { personId })).resolves.toMatchObject({ page: 1 });
    }
  });

  it("never shows another organization's events about the same person", async () => {
    const personId = await newPerson();
    const elsewhere = (await givenOrganization(database.db)).id;
    await given(personId, [{ organizationId: elsewhere, kind: 'loan.disbursed', module: 'loan-fund' }]);
    const timeline = await read(counselor, { personId });
    expect(timeline.items.map((i) => i.kind)).not.toContain('loan.disbursed');
  });

  it('shows a restricted event only to its author and the staff it names', async () => {
    const personId = await newPerson();
    const named = await givenStaff(database.db, organizationId, 'counselor');
    await given(personId, [
      {
        kind: 'note.written',
        module: 'follow-up',
        restrictedTo: [named.actor.userId],
        recordedBy: colleague.actor.userId,
      },
    ]);
    const kindsFor = async (ctx: typeof counselor) =>
      (await read(ctx, { personId })).items.map((i) => i.kind);
    expect(await kindsFor(counselor)).not.toContain('note.written');
    expect(await kindsFor(colleague)).toContain('note.written');
    expect(await kindsFor(named)).toContain('note.written');
    const seen = (await read(named, { personId })).items.find((i) => i.kind === 'note.written');
    expect(seen?.restricted).toBe(true);
    expect((await read(counselor, { personId, modules: ['follow-up'] })).total).toBe(0);
  });

  it('filters by module, kind and period and counts what matches', async () => {
    const personId = await newPerson();
    await given(personId, [
      { ...onDay('2025-12-20'), module: 'programs', kind: 'enrolment.started' },
      { ...onDay('2026-01-10'), module: 'loan-fund', kind: 'loan.application_filed' },
      { ...onDay('2026-01-20'), module: 'loan-fund', kind: 'loan.decided', data: { outcome: 'approved' } },
      { occurredAt: new Date('2026-02-01T00:00:00Z'), module: 'loan-fund', kind: 'loan.disbursed' },
    ]);
    const loans = await read(counselor, { personId, modules: ['loan-fund'] });
    expect(loans.items.map((i) => i.kind)).toEqual([
      'loan.disbursed',
      'loan.decided',
      'loan.application_filed',
    ]);
    expect(loans.total).toBe(3);
    const twoModules = await read(counselor, {
      personId,
      modules: ['loan-fund', 'programs'],
      kinds: ['loan.decided', 'enrolment.started'],
    });
    expect(twoModules.items.map((i) => i.kind)).toEqual(['loan.decided', 'enrolment.started']);
    // `to` is exclusive: an event at the very instant of the end is left out.
    const january = await read(counselor, {
      personId,
      from: '2026-01-01T00:00:00Z',
      to: '2026-02-01T00:00:00Z',
    });
    expect(january.items.map((i) => i.kind)).toEqual(['loan.decided', 'loan.application_filed']);
    expect(january.modules).toEqual(
      expect.arrayContaining([
        { module: 'loan-fund', count: 3 },
        { module: 'programs', count: 1 },
      ]),
    );
    await expect(
      read(counselor, { personId, from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({ code: 'TIMELINE_PERIOD_REVERSED' });
    await expect(read(counselor, { personId, cursor: 'page-2' })).rejects.toMatchObject({
      code: 'TIMELINE_CURSOR_INVALID',
    });
  });

  it('pages by number and by cursor over the same order, each event exactly once', async () => {
    const personId = await newPerson();
    // Several events share an instant: the id breaks the tie, so no page repeats or skips one.
    await given(
      personId,
      Array.from({ length: 23 }, (_, n) => ({
        occurredAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(n / 3))),
        kind: 'appointment.held',
        module: 'follow-up',
      })),
    );
    const filters = { personId, modules: ['follow-up'], pageSize: 5 };
    const byPage = [];
    for (let page = 1; page <= 5; page++) byPage.push(...(await read(counselor, { ...filters, page })).items);
    const byCursor = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await read(counselor, { ...filters, cursor });
      expect(result.total).toBe(23);
      byCursor.push(...result.items);
      cursor = result.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(5);
    expect(byCursor.map((i) => i.id)).toEqual(byPage.map((i) => i.id));
    expect(new Set(byPage.map((i) => i.id)).size).toBe(23);
    const positions = byPage.map((i) => ({ occurredAt: new Date(i.occurredAt), id: i.id }));
    expect([...positions].sort(newestFirst)).toEqual(positions);
  });

  it('answers what the visibility rule allows, for any mix of restrictions and readers', async () => {
    const staff = [counselor, colleague, await givenStaff(database.db, organizationId, 'director')];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            sensitive: fc.boolean(),
            restrictedTo: fc.option(fc.subarray([0, 1, 2]), { nil: null }),
            author: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 2 }),
        async (events, readerIndex) => {
          const personId = await newPerson();
          const stored = events.map((e) => ({
            id: uuidv7(),
            occurredAt: new Date(Date.UTC(2026, 1, e.day, 9)),
            sensitive: e.sensitive,
            restrictedTo: e.restrictedTo?.map((i) => staff[i]!.actor.userId) ?? null,
            recordedBy: staff[e.author]!.actor.userId,
          }));
          await given(
            personId,
            stored.map(({ id: _id, ...e }) => ({ ...e, module: 'follow-up' })),
          );
          const reader = staff[readerIndex]!;
          const result = await read(reader, { personId, modules: ['follow-up'], pageSize: 200 });
          const expected = stored.filter((e) => mayRead(readerOf(reader.actor), e));
          expect(result.total).toBe(expected.length);
          expect(result.items.map((i) => i.occurredAt).sort()).toEqual(
            expected.map((e) => e.occurredAt.toISOString()).sort(),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});
