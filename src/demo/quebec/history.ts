import { addMonths } from '../../core/calendar.js';
import type { Db } from '../../core/db/types.js';
import { uuidv7 } from '../../core/ids.js';
import { exitRuleVersions } from '../../modules/outcomes/api.js';
import { classifyExitOn, ruleInForce } from '../../modules/outcomes/domain/classify-exit.js';
import { defaultFollowUpMonths } from '../../modules/outcomes/domain/vocabulary.js';
import type { Random } from '../random.js';
import { addRequests, addStays, anonymousFile, dayOfYear, type Mover } from './history-rows.js';
import '../../modules/front-door/adapters/tables.js';
import '../../modules/moves/adapters/tables.js';
import '../../modules/regions/adapters/tables.js';
import '../../modules/outcomes/adapters/tables.js';
import '../../modules/people/adapters/tables.js';
import '../../modules/programs/adapters/tables.js';

/**
 * ILLUSTRATIVE DATA. The history of Emplois en régions before and beside the demo's files: for each
 * year since the program began, households of PROMIS, CFIQ and INICI who settled in a region — from
 * 260 the first year toward the 1,160 target — with their enrolment, its exit "moved to a region"
 * classified by the program's rule in force that day, the follow-ups at 6 and 12 months (answered,
 * unreachable, or not yet due) and the move. Their files were closed and anonymized long since (the
 * retention job's pseudonym, birth year only), so they count in every figure and sit in no caseload.
 *
 * Written set-based, as the bench writes its data sets, not one use case per row: a few thousand
 * households would otherwise double the demo's loading time. Every figure the program shows is still
 * computed from these rows.
 */

/** Households settled each year, the first year first; the current year is prorated to today. */
export const settledPerYear = [260, 540, 840, 1080] as const;

/** The largest municipality of each administrative region of Québec outside Montréal and Laval. */
const destinations = [
  ['01', 'Bas-Saint-Laurent', '6354895', 14],
  ['02', 'Saguenay–Lac-Saint-Jean', '6137270', 14],
  ['03', 'Capitale-Nationale', '6325494', 12],
  ['04', 'Mauricie', '6169141', 8],
  ['05', 'Estrie', '6146143', 12],
  ['07', 'Outaouais', '5959974', 6],
  ['08', 'Abitibi-Témiscamingue', '6128577', 12],
  ['09', 'Côte-Nord', '6144312', 4],
  ['11', 'Gaspésie–Îles-de-la-Madeleine', '5959878', 3],
  ['12', 'Chaudière-Appalaches', '6325521', 6],
  ['14', 'Lanaudière', '5987650', 2],
  ['15', 'Laurentides', '6138501', 2],
  ['16', 'Montérégie', '6138495', 3],
  ['17', 'Centre-du-Québec', '5942845', 2],
] as const;

const housing = ['rented', 'rented', 'rented', 'bought', 'employer_provided', 'temporary'] as const;
const activities = ['job', 'job', 'job', 'job', 'business', 'studies', 'job_search'] as const;

export interface HistoryCast {
  programId: string;
  /** The coordinating organization, whose front door received the requests, and its consortium. */
  frontDoor: { organizationId: string; consortiumId: string; userId: string };
  /** The regional partner hosting exploratory stays, by the region it covers. */
  hosts: Readonly<Record<string, string>>;
  /** The members' organizations and a counselor of each, as the recorder. */
  members: readonly { organizationId: string; userId: string; share: number }[];
  firstYear: number;
  today: string;
}

function pickWeighted<T extends readonly [string, string, string, number]>(
  random: Random,
  items: readonly T[],
): T {
  const total = items.reduce((sum, item) => sum + item[3], 0);
  let draw = random.int(0, total - 1);
  for (const item of items) {
    draw -= item[3];
    if (draw < 0) return item;
  }
  return items[items.length - 1]!;
}

export async function loadQuebecHistory(
  db: Db,
  cast: HistoryCast,
  random: Random,
): Promise<{ households: number }> {
  const versions = await exitRuleVersions(db, cast.programId);
  const thisYear = Number(cast.today.slice(0, 4));
  const now = new Date(`${cast.today}T12:00:00Z`);
  const shares = cast.members.flatMap((member) => Array.from({ length: member.share }, () => member));
  let households = 0;
  for (let year = cast.firstYear; year <= thisYear; year++) {
    const full = settledPerYear[Math.min(year - cast.firstYear, settledPerYear.length - 1)]!;
    const elapsed =
      year < thisYear
        ? 1
        : (Date.parse(`${cast.today}T00:00:00Z`) - Date.UTC(year, 0, 1)) / (365 * 86_400_000);
    const count = Math.round(full * elapsed);
    const rows = {
      people: [] as Record<string, unknown>[],
      privacy: [] as Record<string, unknown>[],
      enrolments: [] as Record<string, unknown>[],
      exits: [] as Record<string, unknown>[],
      followUps: [] as Record<string, unknown>[],
      moves: [] as Record<string, unknown>[],
      stays: [] as Record<string, unknown>[],
      requests: [] as Record<string, unknown>[],
    };
    const movers: Mover[] = [];
    for (let index = 0; index < count; index++) {
      const member = shares[random.int(0, shares.length - 1)]!;
      const [regionCode, regionName, placeCode] = pickWeighted(random, destinations);
      const movedOn = dayOfYear(year, index, count, cast.today);
      const enrolledOn = [addMonths(movedOn, -random.int(3, 11)), `${cast.firstYear}-01-01`].sort().at(-1)!;
      const personId = uuidv7();
      const enrolmentId = uuidv7();
      const exitId = uuidv7();
      anonymousFile(rows, random, personId, member, enrolledOn, cast.today);
      movers.push({ personId, organizationId: member.organizationId, userId: member.userId, movedOn });
      rows.enrolments.push({
        id: enrolmentId,
        organization_id: member.organizationId,
        program_id: cast.programId,
        person_id: personId,
        household_key: personId,
        counting_key: null,
        status: 'exited',
        enrolled_on: enrolledOn,
        ended_on: movedOn,
        end_reason: null,
        intake_source: random.pick(['walk_in', 'web_form', 'partner_referral'] as const),
        intake_partner_organization_id: null,
        intake_note: null,
        eligibility_verdict: 'eligible',
        eligibility_snapshot: JSON.stringify({ history: true }),
        override_justification: null,
        enrolled_by: member.userId,
        created_at: new Date(`${enrolledOn}T14:00:00Z`),
      });
      const version = ruleInForce(versions, movedOn);
      const classification = classifyExitOn(versions, movedOn, {
        outcome: 'moved_to_region',
        contractStartOn: null,
        contractEndOn: null,
        jobSkillLevel: null,
        personSkillLevel: null,
        credentialObtained: false,
      });
      rows.exits.push({
        id: exitId,
        organization_id: member.organizationId,
        enrolment_id: enrolmentId,
        program_id: cast.programId,
        person_id: personId,
        outcome: 'moved_to_region',
        exit_on: movedOn,
        region: regionName,
        evidence_kind: 'declaration',
        verdict: classification.verdict,
        verdict_reason: classification.reason,
        rule_version_id: version?.id ?? null,
        rule_version: version?.version ?? null,
        recorded_by: member.userId,
        recorded_at: new Date(`${movedOn}T15:00:00Z`),
      });
      const stayed = random.chance(0.86);
      for (const months of version?.rule.followUpMonths ?? defaultFollowUpMonths) {
        const dueOn = addMonths(movedOn, months);
        const due = dueOn <= cast.today;
        const reached = random.chance(0.9);
        const answeredOn = dueOn;
        rows.followUps.push({
          id: uuidv7(),
          organization_id: member.organizationId,
          enrolment_id: enrolmentId,
          program_id: cast.programId,
          person_id: personId,
          months,
          due_on: dueOn,
          status: !due ? 'pending' : reached ? 'answered' : 'unreachable',
          attempts: !due ? 0 : reached ? 1 : 3,
          answered_on: due && reached ? answeredOn : null,
          answered_via: due && reached ? 'phone' : null,
          answer:
            due && reached
              ? JSON.stringify({
                  employed: random.chance(0.8),
                  inTraining: false,
                  inRegion: months <= 6 ? stayed || random.chance(0.5) : stayed,
                })
              : null,
          task_given: due,
          recorded_by: due ? member.userId : null,
          updated_at: due ? new Date(`${answeredOn}T15:00:00Z`) : now,
        });
      }
      rows.moves.push({
        id: uuidv7(),
        organization_id: member.organizationId,
        person_id: personId,
        household_key: personId,
        program_id: cast.programId,
        enrolment_id: enrolmentId,
        exit_id: exitId,
        moved_on: movedOn,
        destination_country: 'CA',
        destination_code: placeCode,
        region_country: 'CA',
        region_code: regionCode,
        region_name: regionName,
        housing: random.pick(housing),
        activity: random.pick(activities),
        activity_note: null,
        member_person_ids: JSON.stringify([]),
        dependants: random.int(0, 4),
        receiving_organization_id: null,
        note: null,
        status: 'recorded',
        recorded_by: member.userId,
        recorded_at: new Date(`${movedOn}T15:00:00Z`),
      });
    }
    addStays(rows, random, cast, year, count, movers, shares);
    addRequests(rows, random, cast, year, count, movers, shares);
    await insertInChunks(db, 'people', rows.people);
    await insertInChunks(db, 'person_privacy', rows.privacy);
    await insertInChunks(db, 'enrolments', rows.enrolments);
    await insertInChunks(db, 'enrolment_exits', rows.exits);
    await insertInChunks(db, 'exit_follow_ups', rows.followUps);
    await insertInChunks(db, 'household_moves', rows.moves);
    await insertInChunks(db, 'exploratory_stays', rows.stays);
    await insertInChunks(db, 'front_door_requests', rows.requests);
    households += count;
  }
  return { households };
}

async function insertInChunks(db: Db, table: string, rows: readonly Record<string, unknown>[]) {
  for (let start = 0; start < rows.length; start += 400)
    await db
      .insertInto(table as never)
      .values(rows.slice(start, start + 400) as never)
      .execute();
}
