import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { AppError } from '../../../core/errors.js';
import { nextDay } from '../../../core/time-zone.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { rebuildOrganizationsFigures } from '../adapters/figures-rebuild.js';
import { type FiguresScope, factsFromRecords } from '../adapters/figures-repository.js';
import { factsFromSummary, totalsFromSummary } from '../adapters/figures-summary-read.js';
import type { AttendanceMark } from '../domain/attendance.js';
import { figuresOfTotals, sessionFigures } from '../domain/figures.js';
import { cancelMeeting, rescheduleMeeting } from './change-meeting.js';
import { createSessionType } from './create-session-type.js';
import { enrolParticipant } from './enrol-participant.js';
import { planSeries } from './plan-series.js';
import { recordRollCall } from './record-roll-call.js';
import { sessionFiguresOfPeriod } from './session-figures-of-period.js';
import { withdrawParticipant } from './withdraw-participant.js';

/**
 * The summary tables against the records: random sequences of the writes that change the figures
 * (series planned, enrolments, withdrawals, roll calls and corrections, meetings cancelled or moved,
 * time passing), through the real use cases, then the facts of several scopes and periods — ragged or
 * whole months — read both ways must be equal. The two organizations are in Montréal and Paris, and
 * some meetings start around their midnights: periods are their days, never UTC's.
 */
let database: TestDatabase;
const clock = fixedClock('2026-02-10T12:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
interface Side {
  organizationId: string;
  coordinator: Staff;
  counselor: Staff;
  typeId: string;
  people: string[];
}
let sides: Side[];
let programId: string;
const marks: AttendanceMark[] = ['present', 'late', 'left_early', 'excused_absence', 'unexcused_absence'];

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const steering = await givenOrganization(database.db, {
    name: 'Steering',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  const member = await givenOrganization(database.db, {
    name: 'Member',
    country: 'FR',
    timeZone: 'Europe/Paris',
  });
  const consortium = await givenConsortium(database.db, steering.id, [steering.id, member.id]);
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: steering.id,
      consortiumId: consortium.id,
      code: 'PROP',
      nameFr: 'Programme',
      nameEn: 'Program',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  sides = [];
  for (const organization of [steering, member]) {
    const coordinator = await givenStaff(database.db, organization.id, 'coordinator');
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    const typeId = (
      await createSessionType(deps)(coordinator, {
        code: 'PROP',
        nameFr: 'Atelier',
        nameEn: 'Workshop',
        kind: 'workshop',
        audience: 'beneficiaries',
        language: 'fr',
        durationMinutes: 90,
        mode: 'in_person',
      })
    ).id;
    const people: string[] = [];
    for (const name of ['Ada', 'Bo', 'Cy', 'Dee']) {
      people.push(
        (
          await createPerson(deps)(counselor, {
            identity: { givenName: name, familyName: organization.name },
          })
        ).id as string,
      );
    }
    sides.push({ organizationId: organization.id, coordinator, counselor, typeId, people });
  }
});
afterAll(() => database.close());

const start = Date.parse('2026-01-01T00:00:00Z');
const at = (hours: number) => new Date(start + hours * 3_600_000).toISOString();
/** Hours from 1 January 00:00 UTC: 23:00 and 00:00 in Paris, then in Montréal, on 31 Jan and 28 Feb. */
const aroundMidnights = [30 * 24 + 22, 30 * 24 + 23, 31 * 24 + 4, 31 * 24 + 5].flatMap((h) => [
  h,
  h + 28 * 24,
]);

const plan = fc.record({
  kind: fc.constant('plan' as const),
  side: fc.nat(1),
  inProgram: fc.boolean(),
  capacity: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  // Meetings from late December to early April, some on a month's first or last day, some an hour
  // either side of midnight in Montréal or Paris at the end of January or February.
  starts: fc.array(
    fc.oneof(fc.integer({ min: -10 * 24, max: 95 * 24 }), fc.constantFrom(...aroundMidnights)),
    { minLength: 1, maxLength: 4 },
  ),
});
const enrol = fc.record({ kind: fc.constant('enrol' as const), series: fc.nat(), person: fc.nat() });
const rollCall = fc.record({
  kind: fc.constant('rollCall' as const),
  meeting: fc.nat(),
  marks: fc.array(
    fc.record({
      enrolment: fc.nat(),
      mark: fc.nat(4),
      missed: fc.integer({ min: 0, max: 60 }),
      live: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});
const operation = fc.oneof(
  { arbitrary: plan, weight: 1 },
  { arbitrary: enrol, weight: 2 },
  { arbitrary: rollCall, weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('withdraw' as const), enrolment: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), meeting: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('reschedule' as const),
      meeting: fc.nat(),
      startsAt: fc.integer({ min: -10 * 24, max: 95 * 24 }),
      duration: fc.option(fc.constantFrom(30, 60, 120), { nil: undefined }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 30 * 24 }) }),
    weight: 2,
  },
);
/** A run: a moment, a few series with people in them, then any writes in any order. */
const run = fc.record({
  now: fc.integer({ min: 20 * 24, max: 80 * 24 }),
  plans: fc.array(plan, { minLength: 1, maxLength: 3 }),
  enrolments: fc.array(enrol, { minLength: 2, maxLength: 8 }),
  ops: fc.array(operation, { minLength: 3, maxLength: 12 }),
});

interface Planned {
  id: string;
  side: Side;
  meetings: string[];
  enrolments: string[];
}

/** Refusals (a full series, a meeting not started yet…) are part of the sequence: nothing was written. */
const done = new Map<string, number>();
async function attempt(kind: string, write: () => Promise<unknown>) {
  try {
    await write();
    done.set(kind, (done.get(kind) ?? 0) + 1);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    done.set(`${kind} refused`, (done.get(`${kind} refused`) ?? 0) + 1);
  }
}

async function apply(op: Op, planned: Planned[]) {
  const pick = <T>(list: T[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
  const allMeetings = planned.flatMap((p) => p.meetings.map((id) => ({ id, series: p })));
  switch (op.kind) {
    case 'plan': {
      const side = sides[op.side] as Side;
      const series = await planSeries(deps)(side.coordinator, {
        sessionTypeId: side.typeId,
        programId: op.inProgram ? programId : null,
        title: `Series ${planned.length}`,
        capacity: op.capacity,
        meetings: op.starts.map((h) => ({ startsAt: at(h) })),
      });
      const meetings = await database.db
        .selectFrom('session_meetings')
        .select('id')
        .where('series_id', '=', series.id)
        .orderBy('number')
        .execute();
      planned.push({ id: series.id, side, meetings: meetings.map((m) => m.id), enrolments: [] });
      return;
    }
    case 'enrol': {
      const series = pick(planned, op.series);
      if (!series) return;
      await attempt('enrol', async () => {
        const enrolment = await enrolParticipant(deps)(series.side.counselor, {
          seriesId: series.id,
          personId: series.side.people[op.person % series.side.people.length] as string,
        });
        series.enrolments.push(enrolment.id);
      });
      return;
    }
    case 'withdraw': {
      const all = planned.flatMap((p) => p.enrolments.map((id) => ({ id, series: p })));
      const enrolment = pick(all, op.enrolment);
      if (!enrolment) return;
      await attempt('withdraw', () =>
        withdrawParticipant(deps)(enrolment.series.side.counselor, { enrolmentId: enrolment.id }),
      );
      return;
    }
    case 'rollCall': {
      const meeting = pick(allMeetings, op.meeting);
      if (!meeting || meeting.series.enrolments.length === 0) return;
      const byEnrolment = new Map(
        op.marks.map((m) => {
          const mark = marks[m.mark] as AttendanceMark;
          return [
            meeting.series.enrolments[m.enrolment % meeting.series.enrolments.length] as string,
            {
              mark,
              minutesMissed: mark === 'late' || mark === 'left_early' ? Math.min(m.missed, 30) : 0,
              live: m.live,
            },
          ];
        }),
      );
      await attempt('rollCall', () =>
        recordRollCall(deps)(meeting.series.side.counselor, {
          meetingId: meeting.id,
          marks: [...byEnrolment].map(([enrolmentId, m]) => ({ enrolmentId, ...m })),
        }),
      );
      return;
    }
    case 'cancel': {
      const meeting = pick(allMeetings, op.meeting);
      if (!meeting) return;
      await attempt('cancel', () =>
        cancelMeeting(deps)(meeting.series.side.coordinator, { meetingId: meeting.id, reason: 'Storm' }),
      );
      return;
    }
    case 'reschedule': {
      const meeting = pick(allMeetings, op.meeting);
      if (!meeting) return;
      await attempt('reschedule', () =>
        rescheduleMeeting(deps)(meeting.series.side.coordinator, {
          meetingId: meeting.id,
          startsAt: at(op.startsAt),
          durationMinutes: op.duration,
        }),
      );
      return;
    }
    case 'time':
      clock.advance(op.hours * 3_600_000);
      return;
  }
}
type Op = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const periods = [
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2025-12-20', to: '2026-04-10' },
  { from: '2026-01-15', to: '2026-02-14' },
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2026-03-31', to: '2026-03-31' },
];

async function expectSummaryEqualsRecords() {
  const now = clock.now();
  const [steering, member] = sides as [Side, Side];
  const scopes: Omit<FiguresScope, 'from' | 'to'>[] = [
    { organizationId: steering.organizationId, programId: null, seriesId: null },
    { organizationId: member.organizationId, programId: null, seriesId: null },
    { organizationId: null, programId, seriesId: null },
    { organizationId: member.organizationId, programId, seriesId: null },
  ];
  for (const period of periods) {
    for (const partial of scopes) {
      const scope = { ...partial, from: period.from, to: nextDay(period.to) };
      const [summary, records] = await Promise.all([
        factsFromSummary(database.db, scope, now),
        factsFromRecords(database.db, scope, now),
      ]);
      const byId = (a: { participantId: string }, b: { participantId: string }) =>
        a.participantId.localeCompare(b.participantId);
      expect(summary.series).toEqual(records.series);
      expect([...summary.participants].sort(byId)).toEqual([...records.participants].sort(byId));
      // The database's totals and page of lines give the figures the domain computes from the records.
      const lines = (series: typeof records.series) =>
        series.map((s) => ({ ...s, seriesId: s.id, organizationName: '' }));
      const expected = sessionFigures(lines(records.series), records.participants);
      for (const page of [
        { offset: 0, limit: 2 },
        { offset: 1, limit: 25 },
      ]) {
        const added = await database.db
          .transaction()
          .execute((trx) => totalsFromSummary(trx, scope, now, page));
        expect(figuresOfTotals(added.totals, lines(added.page))).toEqual({
          ...expected,
          bySeries: expected.bySeries.slice(page.offset, page.offset + page.limit),
        });
      }
    }
  }
}

/** Rebuilding every row of both organizations at once gives the rows the writes' refreshes kept. */
async function expectRebuildEqualsRefreshes() {
  const snapshot = async () => {
    const tables = [
      'session_figures_series',
      'session_figures_meetings',
      'session_figures_series_months',
      'session_figures_participants',
    ] as const;
    const rows: Record<string, unknown[]> = {};
    for (const table of tables) {
      const all = await database.db.selectFrom(table).selectAll().execute();
      rows[table] = all.map((row) => JSON.stringify(row)).sort();
    }
    return rows;
  };
  const kept = await snapshot();
  await database.db.transaction().execute((trx) =>
    rebuildOrganizationsFigures(
      trx,
      sides.map((side) => side.organizationId),
    ),
  );
  expect(await snapshot()).toEqual(kept);
}

describe('session figures kept as summary tables', () => {
  it('equal the figures recomputed from the records after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(run, async ({ now, plans, enrolments, ops }) => {
        clock.set(at(now));
        const planned: Planned[] = [];
        for (const op of [...plans, ...enrolments, ...ops]) await apply(op, planned);
        await expectSummaryEqualsRecords();
        await expectRebuildEqualsRefreshes();
      }),
      { numRuns: 8 },
    );
    if (process.env.FIGURES_DEBUG) console.log(Object.fromEntries(done));
  }, 120_000);

  it('serves the period through the use case, one page of series at a time with totals over all', async () => {
    const [steering] = sides as [Side];
    for (const title of ['Page A', 'Page B', 'Page C']) {
      await planSeries(deps)(steering.coordinator, {
        sessionTypeId: steering.typeId,
        programId,
        title,
        meetings: [{ startsAt: at(24 * 40) }],
      });
    }
    const query = { from: '2025-12-01', to: '2026-04-30', programId };
    const all = await sessionFiguresOfPeriod(deps)(steering.coordinator, { ...query, seriesPageSize: 200 });
    const first = await sessionFiguresOfPeriod(deps)(steering.coordinator, { ...query, seriesPageSize: 2 });
    const second = await sessionFiguresOfPeriod(deps)(steering.coordinator, {
      ...query,
      seriesPage: 2,
      seriesPageSize: 2,
    });
    expect(all.sessions).toBeGreaterThan(2);
    expect(first.bySeries).toEqual(all.bySeries.slice(0, 2));
    expect(second.bySeries).toEqual(all.bySeries.slice(2, 4));
    const { bySeries: _all, ...totals } = all;
    const { bySeries: _first, ...firstTotals } = first;
    expect(firstTotals).toEqual(totals);
  });
});
