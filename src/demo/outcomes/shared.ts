import type { RequestContext } from '../../core/auth/actor.js';
import { addMonths } from '../../core/calendar.js';
import { dayInZone } from '../../core/time-zone.js';
import type { Deps } from '../../core/use-case.js';
import { buildActor } from '../../modules/accounts/use-cases/resolve-session.js';
import { listEmployers } from '../../modules/employers/use-cases/list-employers.js';
import type { FollowUpAnswer } from '../../modules/outcomes/api.js';
import { personExits } from '../../modules/outcomes/use-cases/person-exits.js';
import { recordExit } from '../../modules/outcomes/use-cases/record-exit.js';
import { recordFollowUpAnswer } from '../../modules/outcomes/use-cases/record-follow-up-answer.js';
import { recordFollowUpAttempt } from '../../modules/outcomes/use-cases/record-follow-up-attempt.js';
import { type CreatePersonInput, createPerson } from '../../modules/people/use-cases/create-person.js';
import { enrolPerson } from '../../modules/programs/use-cases/enrol-person.js';
import { addDays } from '../demo-calendar.js';
import { origins } from '../names.js';
import type { Random } from '../random.js';

export interface Staff {
  userId: string;
  organizationId: string;
}

/** A team of the demo as its counselor, with the day in its zone. */
export interface Team {
  deps: Deps;
  ctx: RequestContext;
  today: string;
  /** Months from today (negative: past), a day of the month kept. */
  monthsAgo: (months: number, days?: number) => string;
}

export async function teamOf(deps: Deps, staff: Staff, zone: string, locale: 'fr' | 'en'): Promise<Team> {
  const actor = await buildActor(
    deps.db,
    { id: staff.userId, displayName: 'demo', locale },
    'demo-loader',
    staff.organizationId,
  );
  if (!actor) throw new Error('demo outcomes: staff without membership');
  const today = dayInZone(deps.clock.now(), zone);
  return {
    deps,
    ctx: { actor, requestId: 'demo-loader', locale, ip: null },
    today,
    monthsAgo: (months, days = 0) => addDays(addMonths(today, -months), days),
  };
}

/** A day never after yesterday. */
export const notAfterYesterday = (team: Team, day: string) =>
  day < team.today ? day : addDays(team.today, -1);

/** The team's employers outside the SIAE network, by name. */
export async function employersOf(team: Team) {
  const directory = await listEmployers(team.deps)(team.ctx, {
    kind: 'all',
    scope: 'own',
    page: 1,
    pageSize: 100,
  });
  return new Map(directory.items.map((e) => [e.name, e.id]));
}

/** A synthetic person of the origin's names, without e-mail unless given. */
export function identityOf(random: Random, country: string) {
  const origin = origins[country]!;
  const sex = random.chance(0.5) ? ('female' as const) : ('male' as const);
  const given = random.pick(sex === 'female' ? origin.female : origin.male);
  const family = random.pick(origin.family);
  return {
    sex,
    givenName: given.latin,
    familyName: family.latin,
    givenNameOriginal: given.original === given.latin ? null : given.original,
    familyNameOriginal: family.original === family.latin ? null : family.original,
    nationality: origin.country,
    preferredLanguage: origin.languages[0] ?? null,
  };
}

/** Registers a person on their intake day and enrols them that day; returns the enrolment. */
export async function enrolledAlumnus(
  team: Team,
  programId: string,
  enrolledOn: string,
  person: CreatePersonInput,
): Promise<{ personId: string; enrolmentId: string }> {
  const { id: personId } = await createPerson(team.deps)(team.ctx, { ...person, intakeOn: enrolledOn });
  const { id: enrolmentId } = await enrolPerson(team.deps)(team.ctx, {
    programId,
    personId,
    enrolledOn,
    intake: { source: 'partner_referral' },
  });
  return { personId, enrolmentId };
}

export type ExitInput = Omit<Parameters<ReturnType<typeof recordExit>>[1], 'enrolmentId'>;

export const recordDemoExit = (team: Team, enrolmentId: string, exit: ExitInput) =>
  recordExit(team.deps)(team.ctx, { enrolmentId, ...exit });

/**
 * What the person said at each follow-up moment already fallen due: `answer(months)` gives the
 * answer, 'unreachable' (three calls without an answer) or 'pending' (left to the daily sweep).
 * Answered a few days after the due date, by phone; moments not yet due are left as they are.
 */
export async function followUpDemo(
  team: Team,
  personId: string,
  answer: (months: number) => Partial<FollowUpAnswer> | 'unreachable' | 'pending',
): Promise<{ answered: number; unreachable: number; pending: number }> {
  const tally = { answered: 0, unreachable: 0, pending: 0 };
  const { followUps } = await personExits(team.deps)(team.ctx, { personId, language: 'fr' });
  for (const moment of followUps) {
    if (moment.status !== 'pending' || moment.dueOn >= team.today) continue;
    const what = answer(moment.months);
    if (what === 'pending') {
      tally.pending++;
      continue;
    }
    if (what === 'unreachable') {
      for (const result of ['no_answer', 'message_left', 'no_answer'] as const)
        await recordFollowUpAttempt(team.deps)(team.ctx, { followUpId: moment.id, result });
      tally.unreachable++;
      continue;
    }
    await recordFollowUpAnswer(team.deps)(team.ctx, {
      followUpId: moment.id,
      answeredOn: notAfterYesterday(team, addDays(moment.dueOn, 3 + (moment.months % 5))),
      via: 'phone',
      employed: false,
      inTraining: false,
      ...what,
    });
    tally.answered++;
  }
  return tally;
}
