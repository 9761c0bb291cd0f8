import fc from 'fast-check';
import { sql } from 'kysely';
import type { KeyRing } from '../../src/core/crypto/key-ring.js';
import { uuidv7 } from '../../src/core/ids.js';
import { type SceneContext, writeScene } from '../../src/modules/outcomes/adapters/figures/figures-scene.js';
import { addDays } from '../../src/modules/outcomes/domain/dates.js';
import { sealPersonStatus } from '../../src/modules/people/adapters/sealed-fields.js';

/**
 * What report-figures.test.ts adds to the outcomes module's random scenes (figures-scene.ts): the
 * facts reports break down by and the activity they count, drawn per person and enrolment.
 */
export interface ReportSceneContext extends SceneContext {
  /** The program's session series the meetings are written in. */
  seriesId: string;
  keyRing: KeyRing | undefined;
}

const dayArb = fc.integer({ min: 0, max: 1460 }).map((n) => addDays('2023-01-01', n));

/** What reports add to a scene, drawn per person and enrolment (by position, modulo their number). */
export const extrasArb = fc.record({
  people: fc.array(
    fc.record({
      sex: fc.constantFrom('female', 'male', 'other', null),
      birthYear: fc.option(fc.integer({ min: 1955, max: 2012 }), { freq: 5 }),
      nationality: fc.constantFrom('SY', 'AF', 'UA', 'ER', 'FR', 'XK', null, ' '),
      // Sealed at rest: opened by the application, never grouped by in SQL.
      status: fc.constantFrom('refugee', 'asylum_seeker', 'work_permit', null),
      plans: fc.array(fc.option(dayArb, { freq: 3 }), { maxLength: 2 }),
      // Levels in the working language (fr) and another, on each scale, tested before or after entry.
      languages: fc.array(
        fc.record({
          language: fc.constantFrom('fr', 'fr', 'en'),
          level: fc.oneof(
            fc.record({
              scale: fc.constant('cefr'),
              level: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2'),
            }),
            fc.record({
              scale: fc.constantFrom('clb', 'nclc'),
              level: fc.integer({ min: 1, max: 12 }).map(String),
            }),
          ),
          testedOn: fc.option(dayArb, { freq: 3 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  intakeSources: fc.array(fc.constantFrom('walk_in', 'france_travail', 'partner_referral'), {
    minLength: 1,
    maxLength: 6,
  }),
  meetings: fc.array(
    fc.record({
      day: dayArb,
      hour: fc.constantFrom(0, 9, 23),
      minutes: fc.constantFrom(60, 90, 125),
      held: fc.boolean(),
      marks: fc.array(
        fc.record({
          person: fc.nat(11),
          mark: fc.constantFrom('present', 'late', 'left_early', 'unexcused_absence'),
          missed: fc.constantFrom(0, 10, 25),
          live: fc.boolean(),
        }),
        { maxLength: 5 },
      ),
    }),
    { maxLength: 6 },
  ),
});
export type Extras = typeof extrasArb extends fc.Arbitrary<infer T> ? T : never;

/** The scene written afresh: the languages reports add go first (the scene deletes its people). */
export async function rewriteScene(
  ctx: ReportSceneContext,
  scene: Parameters<typeof writeScene>[1],
  merges: Parameters<typeof writeScene>[2],
) {
  await sql`DELETE FROM person_languages`.execute(ctx.db);
  await writeScene(ctx, scene, merges);
}

/** What reports add, written over the scene: people's facts, languages, statuses and plans, intake sources, attendance. */
export async function writeExtras(ctx: ReportSceneContext, extras: Extras) {
  const { db, programId, organizations, seriesId, keyRing } = ctx;
  for (const table of [
    'session_attendance',
    'session_enrolments',
    'session_meetings',
    'plans',
    'person_languages',
  ])
    await sql`DELETE FROM ${sql.table(table)}`.execute(db);
  const people = (
    await sql<{
      id: string;
      organization_id: string;
    }>`SELECT id, organization_id FROM people ORDER BY id`.execute(db)
  ).rows;
  for (const [i, person] of people.entries()) {
    const drawn = extras.people[i % extras.people.length]!;
    await sql`UPDATE people SET sex = ${drawn.sex},
        birth_date = ${drawn.birthYear === null ? null : `${drawn.birthYear}-06-30`}::date,
        nationality = ${drawn.nationality},
        sealed_status = ${sealPersonStatus(keyRing, person.id, { immigrationStatus: drawn.status, statusDate: null, asylumApplicationDate: null })}
        WHERE id = ${person.id}`.execute(db);
    for (const spoken of drawn.languages)
      await sql`INSERT INTO person_languages (id, organization_id, person_id, language, mother_tongue, scale, level,
          test_date, created_at)
        VALUES (${uuidv7()}, ${person.organization_id}, ${person.id}, ${spoken.language}, false,
          ${spoken.level.scale}, ${spoken.level.level}, ${spoken.testedOn}::date, now())`.execute(db);
    // One open plan per person and program: the others closed (a closed plan's signature still counts).
    for (const [k, signedOn] of drawn.plans.entries())
      await sql`INSERT INTO plans (id, organization_id, person_id, program_id, status, language, signed_on,
          signed_revision, sign_method, closed_on, created_at, updated_at)
        VALUES (${uuidv7()}, ${person.organization_id}, ${person.id}, ${programId}, ${k === 0 ? 'active' : 'closed'},
          'fr', ${signedOn}::date, ${signedOn === null ? null : 1}, ${signedOn === null ? null : 'paper_in_person'},
          ${k === 0 ? null : '2026-01-01'}::date, now(), now())`.execute(db);
  }
  const enrolments = (await sql<{ id: string }>`SELECT id FROM enrolments ORDER BY id`.execute(db)).rows;
  for (const [i, enrolment] of enrolments.entries())
    await sql`UPDATE enrolments SET intake_source = ${extras.intakeSources[i % extras.intakeSources.length]}
      WHERE id = ${enrolment.id}`.execute(db);
  const [organization] = organizations;
  const sessionEnrolments = new Map<string, string>();
  for (const [number, meeting] of extras.meetings.entries()) {
    const meetingId = uuidv7();
    const startsAt = `${meeting.day}T${String(meeting.hour).padStart(2, '0')}:30:00Z`;
    await sql`INSERT INTO session_meetings (id, series_id, organization_id, number, starts_at, duration_minutes,
        status, first_planned_at)
      VALUES (${meetingId}, ${seriesId}, ${organization}, ${number + 1}, ${startsAt}::timestamptz, ${meeting.minutes},
        ${meeting.held ? 'held' : 'scheduled'}, ${startsAt}::timestamptz)`.execute(db);
    const marked = new Set<string>();
    for (const mark of meeting.marks) {
      const person = people[mark.person % people.length]!;
      if (marked.has(person.id)) continue;
      marked.add(person.id);
      let enrolmentId = sessionEnrolments.get(person.id);
      if (enrolmentId === undefined) {
        enrolmentId = uuidv7();
        sessionEnrolments.set(person.id, enrolmentId);
        await sql`INSERT INTO session_enrolments (id, series_id, organization_id, participant_kind, person_id,
            participant_organization_id, status, requested_at, status_changed_at)
          VALUES (${enrolmentId}, ${seriesId}, ${organization}, 'person', ${person.id}, ${person.organization_id},
            'enrolled', now(), now())`.execute(db);
      }
      await sql`INSERT INTO session_attendance (meeting_id, enrolment_id, organization_id, mark, minutes_missed, live, recorded_at)
        VALUES (${meetingId}, ${enrolmentId}, ${organization}, ${mark.mark},
          ${mark.mark === 'present' ? 0 : mark.missed}, ${mark.live}, now())`.execute(db);
    }
  }
}
