import fc from 'fast-check';
import { sql } from 'kysely';
import type { Db } from '../../../../core/db/types.js';
import { uuidv7 } from '../../../../core/ids.js';
import { addDays, addMonths, quarterAfter } from '../../domain/dates.js';
import { type CountingUnit, defaultFollowUpMonths, exitOutcomes } from '../../domain/vocabulary.js';

/**
 * The random program scenes the figures' oracle test writes (figures-match-measures.test.ts): people in
 * households across two member organizations, their enrolments, exits of every outcome with verdicts
 * and rule versions, follow-ups in every status, contracts with renewals, early ends and wages, and
 * education and occupations for skill levels, on dates that include month ends, 29 February and
 * quarter bounds; and the queries asked of them.
 */
export interface SceneContext {
  db: Db;
  programId: string;
  organizations: readonly [string, string];
  userId: string;
  employerId: string;
  ruleVersionIds: Record<number, string>;
}

const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';
const generalNurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';

// Days: any day of 2023–2026, or one of the edges the date arithmetic must get right.
const edges = [
  '2024-02-29',
  '2024-02-28',
  '2024-03-01',
  '2024-01-31',
  '2024-03-31',
  '2024-04-01',
  '2024-06-30',
  '2024-07-01',
  '2024-09-30',
  '2024-10-01',
  '2024-12-31',
  '2025-01-01',
  '2023-08-31',
  '2025-03-31',
  '2025-06-30',
  '2025-02-28',
  '2023-11-30',
  '2025-12-31',
];
const dayArb = fc.oneof(
  fc.constantFrom(...edges),
  fc.integer({ min: 0, max: 1460 }).map((n) => addDays('2023-01-01', n)),
);
const answerArb = fc.record({
  employed: fc.boolean(),
  sameEmployer: fc.constantFrom(null, true, false),
  inTraining: fc.boolean(),
  inRegion: fc.constantFrom(null, true, true, false),
});
const followUpArb = fc.record({
  months: fc.constantFrom(3, 6, 12, 18),
  status: fc.constantFrom('pending', 'answered', 'answered', 'unreachable', 'cancelled'),
  dueShift: fc.constantFrom(0, 0, -20, 40),
  answerShift: fc.integer({ min: -40, max: 120 }),
  answer: answerArb,
});
const exitArb = fc.record({
  outcome: fc.oneof(
    { arbitrary: fc.constantFrom(...exitOutcomes), weight: 3 },
    { arbitrary: fc.constantFrom('moved_to_region' as const, 'unreachable' as const), weight: 2 },
  ),
  after: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constant(0)),
  onEdge: fc.option(fc.constantFrom(...edges), { freq: 3 }),
  verdict: fc.constantFrom('positive', 'not_positive', 'excluded', 'no_rule'),
  ruleVersion: fc.constantFrom(1, 2),
  region: fc.constantFrom(null, 'Estrie'),
  // Obtained some days after entry, or on the last day of the year after exit (or the day after).
  credential: fc.option(
    fc.record({
      named: fc.boolean(),
      shift: fc.integer({ min: -100, max: 500 }),
      yearAfterExit: fc.constantFrom(null, null, 0, 1),
    }),
  ),
  evidenceKind: fc.constantFrom('placement', 'training', 'declaration', 'document'),
  corrected: fc.boolean(),
  followUps: fc.uniqueArray(followUpArb, { maxLength: 4, selector: (f) => f.months }),
});
const enrolmentArb = fc.record({
  enrolledOn: dayArb,
  status: fc.constantFrom('enrolled', 'exited', 'exited', 'withdrawn'),
  exit: fc.option(exitArb, { freq: 4 }),
});
const contractArb = fc.record({
  startsOn: dayArb,
  length: fc.option(fc.integer({ min: 0, max: 400 })),
  // Contracts ending on a quarter's first or last day.
  endsOnQuarterEnd: fc.option(
    fc.constantFrom(
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
      '2025-06-30',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
    ),
    { freq: 2 },
  ),
  // Or on a bound of a quarter after the person's first exit: the day before, the first or the last day.
  tiedToExit: fc.option(fc.record({ quarter: fc.constantFrom(2, 4), bound: fc.constantFrom(-1, 0, 1) }), {
    freq: 2,
  }),
  renewal: fc.option(fc.integer({ min: 1, max: 300 })),
  earlyEnd: fc.option(fc.integer({ min: 0, max: 300 })),
  contractType: fc.constantFrom('cdi', 'cdd', 'interim', 'siae_insertion', 'subsidised'),
  wage: fc.option(
    fc.record({
      cents: fc.integer({ min: 1, max: 400_000 }),
      period: fc.constantFrom('hour', 'month', 'year'),
      hours: fc.option(fc.constantFrom(35, 17.5, 24.3, 1.1)),
    }),
  ),
  jobSkillLevel: fc.option(fc.integer({ min: 1, max: 4 })),
  personSkillLevel: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 2 }),
});
const personArb = fc.record({
  household: fc.option(fc.integer({ min: 0, max: 2 })),
  // Files of one person in two organizations (a hand-off, a duplicate link) share a counting key.
  linkedAs: fc.oneof(
    { arbitrary: fc.constant(null), weight: 6 },
    { arbitrary: fc.integer({ min: 0, max: 1 }), weight: 1 },
  ),
  organization: fc.integer({ min: 0, max: 1 }),
  enrolments: fc.array(enrolmentArb, { minLength: 1, maxLength: 2 }),
  contracts: fc.array(contractArb, { maxLength: 3 }),
  education: fc.array(fc.option(fc.integer({ min: 0, max: 8 }), { freq: 4 }), { maxLength: 2 }),
  experience: fc.array(
    fc.record({
      escoId: fc.constantFrom(civilEngineer, generalNurse, 'not-an-esco-id'),
      ended: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});
export const sceneArb = fc.array(personArb, { minLength: 1, maxLength: 12 });

export const queryArb = fc
  .record({
    from: dayArb,
    length: fc.integer({ min: 0, max: 900 }),
    asOfShift: fc.integer({ min: -200, max: 1500 }),
    unit: fc.constantFrom<CountingUnit>('person', 'household'),
    months: fc.constantFrom(null, 6, 6, 18),
    followUpMonths: fc.constantFrom<readonly number[]>(defaultFollowUpMonths, [6, 12], [3]),
    bothOrganizations: fc.boolean(),
  })
  .map((q) => ({ ...q, to: addDays(q.from, q.length), asOf: addDays(q.from, q.asOfShift) }));

export type Scene = typeof sceneArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Merges of two files of one organization (docs/duplicates.md), by the people's positions in a scene
 * (modulo its size): the merged file counts as the kept one while the merge is in force, as itself once
 * it is undone. Drawn apart from the scenes (`sceneMerges`), so that a seed gives the scenes it gave.
 */
const mergesArb = fc.array(fc.record({ merged: fc.nat(11), kept: fc.nat(11), undone: fc.boolean() }), {
  maxLength: 3,
});
export type SceneMerges = typeof mergesArb extends fc.Arbitrary<infer T> ? T : never;
export const sceneMerges = (seed: number, count: number) => fc.sample(mergesArb, { seed, numRuns: count });

/**
 * Writes a scene in bulk, replacing the previous one, with its merges: those a merge could not make (a
 * file merged into itself or into a file of another organization, a file already in a merge in force
 * on either side) are left out, as the merge's use case refuses them.
 */
export async function writeScene(
  { db, programId, organizations, userId, employerId, ruleVersionIds }: SceneContext,
  scene: Scene,
  merges: SceneMerges = [],
) {
  for (const table of [
    'person_merges',
    'exit_follow_ups',
    'enrolment_exits',
    'placement_renewals',
    'placements',
    'enrolments',
    'person_education',
    'person_experience',
    'people',
  ])
    await sql`DELETE FROM ${sql.table(table)}`.execute(db);
  const people: object[] = [];
  const enrolments: object[] = [];
  const exits: object[] = [];
  const followUps: object[] = [];
  const placements: object[] = [];
  const renewals: object[] = [];
  const education: object[] = [];
  const experience: object[] = [];
  const now = new Date();
  const households = [uuidv7(), uuidv7(), uuidv7()];
  const countingKeys = [uuidv7(), uuidv7()];
  const personIds: string[] = [];
  for (const person of scene) {
    const personId = uuidv7();
    personIds.push(personId);
    const organizationId = organizations[person.organization]!;
    people.push({
      id: personId,
      organization_id: organizationId,
      counting_key: person.linkedAs === null ? null : countingKeys[person.linkedAs],
      given_name: 'P',
      family_name: 'N',
      sex: 'female',
      search_text: 'p n',
      created_at: now,
      updated_at: now,
    });
    const exitDays = new Set<string>();
    let open = false;
    for (const e of person.enrolments) {
      // One open enrolment per person and program.
      const status: string = e.status === 'enrolled' && open ? 'exited' : e.status;
      open ||= status === 'enrolled';
      const enrolmentId = uuidv7();
      // A person belongs to one organization (people's keys are by organization).
      const enrolmentOrg = organizationId;
      let exitOn = e.exit ? (e.exit.onEdge ?? addDays(e.enrolledOn, e.exit.after)) : null;
      if (exitOn !== null && exitOn < e.enrolledOn) exitOn = e.enrolledOn;
      // Two exits of a person on one day: which one is "the latest" is not defined by the measures.
      while (exitOn !== null && exitDays.has(exitOn)) exitOn = addDays(exitOn, 1);
      if (exitOn !== null) exitDays.add(exitOn);
      enrolments.push({
        id: enrolmentId,
        organization_id: enrolmentOrg,
        program_id: programId,
        person_id: personId,
        status,
        enrolled_on: e.enrolledOn,
        ended_on: exitOn,
        intake_source: 'walk_in',
        eligibility_verdict: 'eligible',
        eligibility_snapshot: '{}',
        created_at: now,
        household_key: person.household === null ? null : households[person.household],
        counting_key: person.linkedAs === null ? null : countingKeys[person.linkedAs],
      });
      if (!e.exit || exitOn === null) continue;
      const x = e.exit;
      const exitRow = (id: string, superseded: boolean) => ({
        id,
        organization_id: enrolmentOrg,
        enrolment_id: enrolmentId,
        program_id: programId,
        person_id: personId,
        outcome: superseded ? 'job_search' : x.outcome,
        exit_on: superseded ? addDays(exitOn, -3) : exitOn,
        contract_start_on: x.outcome.includes('contract') ? exitOn : null,
        contract_end_on: x.outcome.includes('contract') ? addDays(exitOn, 200) : null,
        region: x.region,
        credential_name: x.credential?.named ? 'CAP cuisine' : null,
        credential_obtained_on: !x.credential
          ? null
          : x.credential.yearAfterExit === null
            ? addDays(e.enrolledOn, x.credential.shift)
            : addDays(addMonths(exitOn, 12), x.credential.yearAfterExit),
        evidence_kind: x.evidenceKind,
        verdict: x.verdict,
        verdict_reason: 'test',
        rule_version_id: x.verdict === 'no_rule' ? null : ruleVersionIds[x.ruleVersion],
        rule_version: x.verdict === 'no_rule' ? null : x.ruleVersion,
        recorded_at: now,
        superseded_at: superseded ? now : null,
      });
      if (x.corrected) exits.push(exitRow(uuidv7(), true));
      exits.push(exitRow(uuidv7(), false));
      for (const f of x.followUps) {
        const due = addDays(addMonths(exitOn, f.months), f.dueShift);
        const answered = f.status === 'answered';
        followUps.push({
          id: uuidv7(),
          organization_id: enrolmentOrg,
          enrolment_id: enrolmentId,
          program_id: programId,
          person_id: personId,
          months: f.months,
          due_on: due,
          status: f.status,
          answered_on: answered ? addDays(due, f.answerShift) : null,
          answered_via: answered ? 'phone' : null,
          answer: answered
            ? JSON.stringify({
                ...f.answer,
                contractType: null,
                hoursPerWeek: null,
                wageBand: null,
                satisfied: null,
              })
            : null,
          updated_at: now,
        });
      }
    }
    const firstExit = [...exitDays].sort()[0];
    for (const c of person.contracts) {
      const id = uuidv7();
      const tied = c.tiedToExit && firstExit ? quarterAfter(firstExit, c.tiedToExit.quarter) : null;
      const tiedEnd =
        tied && c.tiedToExit
          ? c.tiedToExit.bound === -1
            ? addDays(tied.start, -1)
            : c.tiedToExit.bound === 0
              ? tied.start
              : tied.end
          : null;
      const planned =
        tiedEnd && tiedEnd >= c.startsOn
          ? tiedEnd
          : c.endsOnQuarterEnd && c.endsOnQuarterEnd >= c.startsOn
            ? c.endsOnQuarterEnd
            : c.length === null
              ? null
              : addDays(c.startsOn, c.length);
      const early = c.earlyEnd === null ? null : addDays(c.startsOn, c.earlyEnd);
      placements.push({
        id,
        organization_id: organizationId,
        person_id: personId,
        employer_id: employerId,
        country: 'FR',
        job_title: 'Agent',
        contract_type: c.contractType,
        working_time: 'full_time',
        hours_per_week: c.wage?.hours ?? null,
        wage_cents: c.wage?.cents ?? null,
        wage_period: c.wage?.period ?? null,
        currency: 'EUR',
        starts_on: c.startsOn,
        planned_end_on: planned,
        ended_early_on: early,
        early_end_reason: early === null ? null : 'resignation',
        qualification_comparison: 'unknown',
        job_skill_level: c.jobSkillLevel,
        person_skill_level: c.personSkillLevel,
        qualification_evidence: '{}',
        created_by: userId,
        created_at: now,
        updated_at: now,
      });
      if (c.renewal !== null && planned !== null)
        renewals.push({
          id: uuidv7(),
          placement_id: id,
          organization_id: organizationId,
          previous_end_on: planned,
          new_end_on: addDays(planned, c.renewal),
          decided_on: planned,
          recorded_by: userId,
          recorded_at: now,
        });
    }
    for (const level of person.education)
      education.push({
        id: uuidv7(),
        organization_id: organizationId,
        person_id: personId,
        isced_level: level,
        country: 'SY',
        field: '07',
        obtained_abroad: true,
        created_at: now,
      });
    for (const job of person.experience)
      experience.push({
        id: uuidv7(),
        organization_id: organizationId,
        person_id: personId,
        occupation_label: 'x',
        esco_id: job.escoId,
        end_year: job.ended ? 2020 : null,
        created_at: now,
      });
  }
  const insert = async (table: string, rows: object[]) => {
    if (rows.length > 0)
      await db
        .insertInto(table as never)
        .values(rows as never)
        .execute();
  };
  await insert('people', people);
  await insert('enrolments', enrolments);
  await insert('placements', placements);
  await insert('placement_renewals', renewals);
  await insert('enrolment_exits', exits);
  await insert('exit_follow_ups', followUps);
  await insert('person_education', education);
  await insert('person_experience', experience);
  await insert('person_merges', mergeRows(scene, merges, personIds, organizations, userId, now));
}

function mergeRows(
  scene: Scene,
  merges: SceneMerges,
  personIds: readonly string[],
  organizations: readonly [string, string],
  userId: string,
  now: Date,
) {
  const inForce = new Set<number>();
  const rows: object[] = [];
  for (const m of merges) {
    const [merged, kept] = [m.merged % scene.length, m.kept % scene.length];
    const organization = scene[merged]!.organization;
    if (merged === kept || scene[kept]!.organization !== organization) continue;
    if (inForce.has(merged) || inForce.has(kept)) continue;
    if (!m.undone) {
      inForce.add(merged);
      inForce.add(kept);
    }
    rows.push({
      id: uuidv7(),
      organization_id: organizations[organization],
      kept_person_id: personIds[kept],
      merged_person_id: personIds[merged],
      merged_by: userId,
      merged_at: now,
      undone_by: m.undone ? userId : null,
      undone_at: m.undone ? now : null,
    });
  }
  return rows;
}
