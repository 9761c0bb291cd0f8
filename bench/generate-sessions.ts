import { type Insertable, sql } from 'kysely';
import { type RequestContext, systemContext } from '../src/core/auth/actor.js';
import type { Database, Tx } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import type { Deps } from '../src/core/use-case.js';
import { type Random, seededRandom } from '../src/demo/random.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { buildActor } from '../src/modules/accounts/use-cases/resolve-session.js';
import { rebuildOrganizationsFigures } from '../src/modules/sessions/adapters/figures-rebuild.js';
import { type AttendanceMark, attendedMinutes } from '../src/modules/sessions/domain/attendance.js';
import { createSessionType } from '../src/modules/sessions/use-cases/create-session-type.js';

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface SessionsScene {
  series: number;
  meetings: number;
  enrolments: number;
  marks: number;
  /** Reads the period's figures (a role in `figuresRoles`). */
  coordinatorEmail: string;
  /** Takes roll calls (a counselor: `sessionStaffRoles`, not an organizer). */
  counselorEmail: string;
  /** Past meetings with exactly `rollCallSize` seated participants and no mark yet. */
  rollCallMeetings: { meetingId: string; enrolmentIds: string[]; durationMinutes: number }[];
  /** The period every generated meeting starts in (ISO dates, inclusive). */
  from: string;
  to: string;
}

export const rollCallSize = 30;
const seriesBatch = 500;
const rowsPerInsert = 1000;
const historyDays = 365;
const titles = ['Job search workshop', 'French for work', 'CV and interview', 'Digital skills', 'Job club'];
const durations = [60, 90, 120, 180];
const capacities = [12, 15, 20, 25, 30];
const startHoursUtc = [7, 9, 12, 16];

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Present mostly; a late arrival or early departure never misses more than the meeting lasts. */
function drawMark(random: Random, durationMinutes: number): { mark: AttendanceMark; minutesMissed: number } {
  const draw = random.next();
  const missed = () => random.int(5, Math.min(60, durationMinutes));
  if (draw < 0.75) return { mark: 'present', minutesMissed: 0 };
  if (draw < 0.83) return { mark: 'late', minutesMissed: missed() };
  if (draw < 0.89) return { mark: 'left_early', minutesMissed: missed() };
  if (draw < 0.94) return { mark: 'excused_absence', minutesMissed: 0 };
  return { mark: 'unexcused_absence', minutesMissed: 0 };
}

/** A roll call's marks, different on every call (`index` seeds them). */
export function rollCallMarks(meeting: SessionsScene['rollCallMeetings'][number], index: number) {
  const random = seededRandom(1_000 + index);
  return meeting.enrolmentIds.map((enrolmentId) => ({
    enrolmentId,
    ...drawMark(random, meeting.durationMinutes),
    live: true,
  }));
}

async function contextOf(deps: Deps, userId: string, organizationId: string): Promise<RequestContext> {
  const actor = await buildActor(
    deps.db,
    { id: userId, displayName: 'bench', locale: 'en' },
    'bench',
    organizationId,
  );
  if (!actor) throw new Error('bench staff without membership');
  return { actor, requestId: 'bench-sessions', locale: 'en', ip: null };
}

/**
 * `seriesCount` collective sessions of one organization over the last twelve months: a session type
 * made through the use case, then series of weekly meetings (past ones held and marked), enrolments of
 * the organization's people and marks, inserted directly. The first `rollCallCount` series keep their
 * last past meeting unmarked, with exactly `rollCallSize` participants, for the roll-call scenario.
 */
export async function generateSessions(
  deps: Deps,
  options: {
    seriesCount: number;
    organizationId: string;
    programId: string;
    password: string;
    seed: number;
    rollCallCount?: number;
  },
): Promise<SessionsScene> {
  const { db } = deps;
  const random = seededRandom(options.seed);
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const system = systemContext('bench-sessions');
  const organizationId = options.organizationId;
  const rollCallCount = Math.min(options.rollCallCount ?? 300, options.seriesCount);

  const coordinatorEmail = 'sessions.coordinator@bench.test';
  const { userId: coordinatorId } = await createStaffAccount(deps)(system, {
    email: coordinatorEmail,
    displayName: 'Sessions Coordinator',
    role: 'coordinator',
    organizationId,
    password: options.password,
  });
  const counselorEmail = 'sessions.counselor@bench.test';
  await createStaffAccount(deps)(system, {
    email: counselorEmail,
    displayName: 'Sessions Counselor',
    role: 'counselor',
    organizationId,
    password: options.password,
  });
  const coordinator = await contextOf(deps, coordinatorId, organizationId);
  const type = await createSessionType(deps)(coordinator, {
    code: 'WORKSHOP',
    nameFr: 'Atelier collectif',
    nameEn: 'Group workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    capacity: 30,
    mode: 'in_person',
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
    trainingPoints: 0,
  });

  const people = await db
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', organizationId)
    .orderBy('id')
    .execute();
  // Round robin over the people: a series takes consecutive ones, so nobody is enrolled twice in it.
  if (people.length < rollCallSize) throw new Error(`the organization needs ${rollCallSize} people`);
  let nextPerson = 0;

  const scene: SessionsScene = {
    series: 0,
    meetings: 0,
    enrolments: 0,
    marks: 0,
    coordinatorEmail,
    counselorEmail,
    rollCallMeetings: [],
    from: addDays(today, -historyDays),
    to: today,
  };
  for (let offset = 0; offset < options.seriesCount; offset += seriesBatch) {
    const rows = {
      session_series: [] as Rows<'session_series'>,
      session_meetings: [] as Rows<'session_meetings'>,
      session_enrolments: [] as Rows<'session_enrolments'>,
      session_attendance: [] as Rows<'session_attendance'>,
    };
    for (let index = offset; index < Math.min(options.seriesCount, offset + seriesBatch); index++) {
      const forRollCall = index < rollCallCount;
      const seriesId = uuidv7();
      const meetingCount = random.int(1, 20);
      const durationMinutes = random.pick(durations);
      // Weekly meetings starting anywhere in the last year: most are past, the latest series run on.
      const firstDay = addDays(today, -random.int(forRollCall ? 1 : 0, historyDays));
      const hour = random.pick(startHoursUtc);
      const starts = Array.from(
        { length: meetingCount },
        (_, n) => new Date(`${addDays(firstDay, 7 * n)}T${String(hour).padStart(2, '0')}:00:00Z`),
      );
      const enrolledCount = forRollCall ? rollCallSize : random.int(5, 30);
      const createdAt = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 14 * 86_400_000);
      rows.session_series.push({
        id: seriesId,
        organization_id: organizationId,
        session_type_id: type.id,
        program_id: random.chance(0.8) ? options.programId : null,
        title: `${random.pick(titles)} ${index + 1}`,
        language: 'fr',
        mode: 'in_person',
        place: 'Main office',
        meeting_link: null,
        capacity: Math.max(enrolledCount, random.pick(capacities)),
        openness: 'organization',
        consortium_id: null,
        presenter: null,
        attestation_rule: JSON.stringify({ minAttendancePercent: 80, requireCompleteRollCall: true }),
        status: 'planned',
        created_by: coordinatorId,
        created_at: createdAt,
      });

      const enrolments = Array.from({ length: enrolledCount }, () => {
        const personId = people[nextPerson++ % people.length]!.id;
        // A few withdraw before the start; the roll-call series keep every seat.
        const withdrawn = !forRollCall && random.chance(0.05);
        return { id: uuidv7(), personId, withdrawn };
      });
      for (const e of enrolments) {
        rows.session_enrolments.push({
          id: e.id,
          series_id: seriesId,
          organization_id: organizationId,
          participant_kind: 'person',
          person_id: e.personId,
          user_id: null,
          participant_organization_id: organizationId,
          status: e.withdrawn ? 'withdrawn' : 'enrolled',
          requested_at: createdAt,
          status_changed_at: createdAt,
          enrolled_by: coordinatorId,
        });
      }
      const seated = enrolments.filter((e) => !e.withdrawn);

      const lastPast = starts.findLastIndex((s) => s.getTime() <= now.getTime());
      starts.forEach((startsAt, n) => {
        const meetingId = uuidv7();
        const past = startsAt.getTime() <= now.getTime();
        const cancelled = past && !(forRollCall && n === lastPast) && random.chance(0.03);
        const awaitingRollCall = forRollCall && n === lastPast;
        rows.session_meetings.push({
          id: meetingId,
          series_id: seriesId,
          organization_id: organizationId,
          number: n + 1,
          starts_at: startsAt,
          duration_minutes: durationMinutes,
          status: cancelled ? 'cancelled' : past && !awaitingRollCall ? 'held' : 'scheduled',
          first_planned_at: startsAt,
          cancel_reason: cancelled ? 'Presenter unavailable' : null,
        });
        if (awaitingRollCall) {
          scene.rollCallMeetings.push({
            meetingId,
            enrolmentIds: seated.map((e) => e.id),
            durationMinutes,
          });
        }
        if (!past || cancelled || awaitingRollCall) return;
        const recordedAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
        for (const e of seated) {
          const { mark, minutesMissed } = drawMark(random, durationMinutes);
          // The domain refuses what the roll call would refuse: a generated mark is a valid one.
          attendedMinutes(durationMinutes, { mark, minutesMissed, live: true });
          rows.session_attendance.push({
            meeting_id: meetingId,
            enrolment_id: e.id,
            organization_id: organizationId,
            mark,
            minutes_missed: minutesMissed,
            live: true,
            recorded_by: coordinatorId,
            recorded_at: recordedAt,
          });
        }
      });
    }
    scene.series += rows.session_series.length;
    scene.meetings += rows.session_meetings.length;
    scene.enrolments += rows.session_enrolments.length;
    scene.marks += rows.session_attendance.length;
    await db.transaction().execute(async (trx) => {
      for (const [table, tableRows] of Object.entries(rows)) {
        await insertInChunks(trx, table as keyof typeof rows, tableRows);
      }
    });
  }
  // The tables' statistics first: analysed while they were empty (the data set's earlier ANALYZE), the
  // planner joins 15,000,000 marks by nested loops, and the rebuild below ran for over 20 minutes at
  // national scale without ending.
  await sql`ANALYZE session_series, session_meetings, session_enrolments, session_attendance`.execute(db);
  // The figures' summary rows of everything inserted above, set-based (refreshing them write by write,
  // as the roll calls do, took an hour for 5,000 series).
  await db.transaction().execute(async (trx) => {
    // The application's 30 s statement limit is for requests; adding up 768,000 marks on a busy machine
    // may take longer.
    await sql`SET LOCAL statement_timeout = 0`.execute(trx);
    await rebuildOrganizationsFigures(trx, [organizationId]);
  });
  await sql`ANALYZE`.execute(db);
  return scene;
}

async function insertInChunks<T extends keyof Database>(trx: Tx, table: T, rows: Rows<T>) {
  for (let i = 0; i < rows.length; i += rowsPerInsert) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + rowsPerInsert) as never)
      .execute();
  }
}
