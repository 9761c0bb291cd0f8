import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { listCaseload } from '../../caseload/use-cases/list-caseload.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { outcomeJobHandlers, scheduleFollowUpSweep } from '../jobs.js';
import { correctExit } from './correct-exit.js';
import { addExitRuleVersion, listExitRules } from './exit-rules.js';
import { outcomePeople } from './outcome-people.js';
import { personExits } from './person-exits.js';
import { programOutcomesFigures } from './program-outcomes.js';
import { answerPublicFollowUp, publicFollowUpForm } from './public-follow-up.js';
import { recordExit } from './record-exit.js';
import { recordFollowUpAnswer } from './record-follow-up-answer.js';
import { recordFollowUpAttempt } from './record-follow-up-attempt.js';
import { sendFollowUpLink } from './send-follow-up-link.js';
import { underemploymentStatistics } from './underemployment-statistics.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let lea: Staff;
let coordinator: Staff;
let funder: Staff;
let outsider: Staff;
let outsiderCoordinator: Staff;
let programId: string;
let employerId: string;

const impulseR = {
  positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'] as const,
  fixedTermMinimumMonths: 6,
  fixedTermComparison: 'more_than' as const,
  exclusions: ['deceased', 'moved_abroad', 'long_illness'] as const,
  requireQualificationLevel: false,
  requireCredential: false,
  countingUnit: 'person' as const,
  measuredMonthsAfterEntry: 18,
  followUpMonths: [3, 6, 12, 18],
  unreachableAfterAttempts: 3,
};
const rule = (over: Record<string, unknown> = {}) => ({
  ...impulseR,
  positiveOutcomes: [...impulseR.positiveOutcomes],
  exclusions: [...impulseR.exclusions],
  ...over,
});

async function enrolled(givenName: string, enrolledOn = '2025-01-06', email: string | null = null) {
  const personId = (
    await createPerson(deps)(lea, {
      identity: {
        givenName,
        familyName: 'Test',
        referentUserId: lea.actor.userId,
        ...(email && { email, preferredLanguage: 'ar' }),
      },
      education: [{ iscedLevel: 6, obtainedAbroad: true, country: 'SY' }],
    })
  ).id;
  await enrolPerson(deps)(lea, { programId, personId, enrolledOn, intake: { source: 'walk_in' } });
  const { items } = await personEnrolments(deps)(lea, { personId });
  return { personId, enrolmentId: items[0]?.id as string };
}

const declaration = { kind: 'declaration' as const };
const exitRows = () => database.db.selectFrom('enrolment_exits').select('id').execute();

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const plie = await givenOrganization(database.db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  lea = await givenStaff(database.db, plie.id, 'counselor', { displayName: 'Léa' });
  coordinator = await givenStaff(database.db, plie.id, 'coordinator', { displayName: 'Claire Coordination' });
  funder = await givenStaff(database.db, plie.id, 'funder');
  outsider = await givenStaff(database.db, other.id, 'counselor');
  outsiderCoordinator = await givenStaff(database.db, other.id, 'coordinator');
  programId = await givenOutcomeProgram(deps, plie.id);
  employerId = (await createEmployer(deps)(lea, { name: 'La Table Ouverte', country: 'FR' })).id;
});
afterAll(() => database.close());

describe('exits', () => {
  it('records an exit without a rule as "no rule", and refuses roles, strangers and incoherent facts, writing nothing', async () => {
    const { enrolmentId } = await enrolled('Amal');
    const before = (await exitRows()).length;
    await expect(
      recordExit(deps)(lea, {
        enrolmentId,
        outcome: 'permanent_contract',
        exitOn: '2024-12-31',
        evidence: declaration,
      }),
    ).rejects.toMatchObject({
      code: 'EXIT_INCOHERENT',
      details: [{ path: 'body.exitOn', code: 'before_enrolment' }],
    });
    await expect(
      recordExit(deps)(lea, {
        enrolmentId,
        outcome: 'moved_to_region',
        exitOn: '2025-06-30',
        evidence: declaration,
      }),
    ).rejects.toMatchObject({ code: 'EXIT_INCOHERENT', details: [{ path: 'body.region' }] });
    await expect(
      recordExit(deps)(outsider, {
        enrolmentId,
        outcome: 'permanent_contract',
        exitOn: '2025-06-30',
        evidence: declaration,
      }),
    ).rejects.toMatchObject({ code: 'EXIT_ENROLMENT_NOT_FOUND' });
    await expect(
      recordExit(deps)(funder, {
        enrolmentId,
        outcome: 'permanent_contract',
        exitOn: '2025-06-30',
        evidence: declaration,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await exitRows()).length).toBe(before);

    const result = await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'permanent_contract',
      exitOn: '2025-06-30',
      evidence: declaration,
    });
    expect(result).toMatchObject({ verdict: 'no_rule', ruleVersion: null });
    await expect(
      recordExit(deps)(lea, {
        enrolmentId,
        outcome: 'dropped_out',
        exitOn: '2025-07-30',
        evidence: declaration,
      }),
    ).rejects.toMatchObject({ code: 'EXIT_ENROLMENT_ALREADY_ENDED' });
  });

  it('keeps the rule as versions: only forward, only by those who steer, never rewriting a decided exit', async () => {
    await addExitRuleVersion(deps)(systemContext(), { programId, effectiveFrom: '2025-07-01', ...rule() });
    await expect(
      addExitRuleVersion(deps)(coordinator, { programId, effectiveFrom: '2026-11-19', ...rule() }),
    ).rejects.toMatchObject({ code: 'EXIT_RULE_BACKDATED' });
    await expect(
      addExitRuleVersion(deps)(lea, { programId, effectiveFrom: '2026-12-01', ...rule() }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addExitRuleVersion(deps)(coordinator, {
        programId,
        effectiveFrom: '2026-12-01',
        ...rule({ exclusions: ['deceased', 'permanent_contract'] }),
      }),
    ).rejects.toMatchObject({ code: 'EXIT_INCOHERENT' });
    const { items } = await listExitRules(deps)(funder, { programId });
    expect(items).toMatchObject([
      { version: 1, effectiveFrom: '2025-07-01', fixedTermComparison: 'more_than', createdByName: null },
    ]);
    // A version the coordinator decides says who decided it, by name.
    await addExitRuleVersion(deps)(coordinator, { programId, effectiveFrom: '2026-12-20', ...rule() });
    expect((await listExitRules(deps)(funder, { programId })).items).toMatchObject([
      { version: 2, effectiveFrom: '2026-12-20', createdByName: 'Claire Coordination' },
      { version: 1, createdByName: null },
    ]);
    await database.db.deleteFrom('exit_rule_versions').where('version', '=', 2).execute();
    // The exit of 30 June 2025 was decided before any rule: it stays so.
    const exits = await database.db.selectFrom('enrolment_exits').select(['verdict']).execute();
    expect(exits.map((e) => e.verdict)).toEqual(['no_rule']);
  });

  it('classifies a CDD of exactly six months as not positive under "more than six", and a correction keeps the history', async () => {
    const { personId, enrolmentId } = await enrolled('Bilal');
    const first = await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'fixed_term_contract',
      exitOn: '2025-09-30',
      contractStartOn: '2025-10-01',
      contractEndOn: '2026-03-31',
      evidence: declaration,
    });
    expect(first).toMatchObject({ verdict: 'not_positive', ruleVersion: 1 });
    const corrected = await correctExit(deps)(lea, {
      exitId: first.id,
      outcome: 'fixed_term_contract',
      exitOn: '2025-09-15',
      contractStartOn: '2025-10-01',
      contractEndOn: '2026-04-01',
      evidence: declaration,
      correctionReason: 'The contract was signed for six months and a day',
    });
    expect(corrected).toMatchObject({ verdict: 'positive', ruleVersion: 1 });
    await expect(
      correctExit(deps)(lea, {
        exitId: first.id,
        outcome: 'dropped_out',
        exitOn: '2025-09-15',
        evidence: declaration,
        correctionReason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'EXIT_ALREADY_CORRECTED' });

    const view = await personExits(deps)(lea, { personId, language: 'fr' });
    expect(view.exits).toMatchObject([
      {
        id: corrected.id,
        verdict: 'positive',
        supersededAt: null,
        correctionReason: 'The contract was signed for six months and a day',
        recordedBy: lea.actor.userId,
        recordedByName: 'Léa',
      },
      {
        id: first.id,
        verdict: 'not_positive',
        verdictReason: 'contract_too_short',
        supersededAt: expect.any(String),
        recordedByName: 'Léa',
      },
    ]);
    // The follow-ups moved with the corrected exit date.
    expect(view.followUps.map((f) => [f.months, f.dueOn, f.status])).toEqual([
      [3, '2025-12-15', 'pending'],
      [6, '2026-03-15', 'pending'],
      [12, '2026-09-15', 'pending'],
      [18, '2027-03-15', 'pending'],
    ]);
    const enrolment = (await personEnrolments(deps)(lea, { personId })).items[0];
    expect(enrolment).toMatchObject({ status: 'exited', endedOn: '2025-09-15' });
    const timeline = await listPersonTimeline(deps)(lea, { personId });
    expect(timeline.items.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['exit.recorded', 'exit.corrected']),
    );
    // The exit's own event says the person left: the enrolment's plain one is not repeated.
    expect(timeline.items.map((e) => e.kind)).not.toContain('enrolment.exited');
    await expect(personExits(deps)(outsider, { personId, language: 'fr' })).rejects.toMatchObject({
      code: 'EXIT_ENROLMENT_NOT_FOUND',
    });
    await expect(personExits(deps)(funder, { personId, language: 'fr' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('takes a contract’s dates from the placement it rests on, which must be the person’s', async () => {
    const { personId, enrolmentId } = await enrolled('Chirine');
    const other = await enrolled('Dawit');
    const placement = await recordPlacement(deps)(lea, {
      personId,
      employerId,
      jobTitle: 'Commis de cuisine',
      contractType: 'cdd',
      startsOn: '2025-05-01',
      plannedEndOn: '2025-10-31',
    });
    await expect(
      recordExit(deps)(lea, {
        enrolmentId: other.enrolmentId,
        outcome: 'fixed_term_contract',
        exitOn: '2025-07-02',
        evidence: { kind: 'placement', placementId: placement.id },
      }),
    ).rejects.toMatchObject({ code: 'EXIT_INCOHERENT' });
    const exit = await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'fixed_term_contract',
      exitOn: '2025-07-02',
      evidence: { kind: 'placement', placementId: placement.id },
    });
    // 1 May – 31 October is exactly six months: not more than six.
    expect(exit).toMatchObject({ verdict: 'not_positive', ruleVersion: 1 });
    const view = await personExits(deps)(lea, { personId, language: 'fr' });
    expect(view.exits[0]).toMatchObject({ contractStartOn: '2025-05-01', contractEndOn: '2025-10-31' });
  });

  it('excludes the deceased from the figures and follows nobody up', async () => {
    const { personId, enrolmentId } = await enrolled('Elias');
    expect(
      await recordExit(deps)(lea, {
        enrolmentId,
        outcome: 'deceased',
        exitOn: '2025-08-01',
        evidence: declaration,
      }),
    ).toMatchObject({ verdict: 'excluded' });
    expect((await personExits(deps)(lea, { personId, language: 'fr' })).followUps).toEqual([]);
  });
});

describe('follow-up after exit', () => {
  it('counts unanswered attempts until the moment is unreachable, and a late answer still replaces it', async () => {
    const { personId, enrolmentId } = await enrolled('Farah');
    await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'job_search',
      exitOn: '2025-07-15',
      evidence: declaration,
    });
    const [three, , twelve] = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps;
    expect(three).toMatchObject({ months: 3, dueOn: '2025-10-15' });
    for (const expected of [
      { status: 'pending', attempts: 1 },
      { status: 'pending', attempts: 2 },
      { status: 'unreachable', attempts: 3 },
    ])
      expect(
        await recordFollowUpAttempt(deps)(lea, { followUpId: three?.id as string, result: 'no_answer' }),
      ).toEqual(expected);
    await expect(
      recordFollowUpAttempt(deps)(lea, { followUpId: three?.id as string, result: 'no_answer' }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_CLOSED' });
    await recordFollowUpAnswer(deps)(lea, {
      followUpId: three?.id as string,
      answeredOn: '2025-11-02',
      via: 'phone',
      employed: false,
      // Facts of a job without one are dropped, not stored against "not employed".
      hoursPerWeek: 35,
      inTraining: true,
    });
    // The 12-month moment falls on 2026-07-15: answerable; the 18-month one (2027-01-15) not yet.
    const followUps = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps;
    expect(followUps[0]).toMatchObject({
      status: 'answered',
      answer: { employed: false, hoursPerWeek: null, inTraining: true },
    });
    await expect(
      recordFollowUpAttempt(deps)(lea, { followUpId: followUps[3]?.id as string, result: 'no_answer' }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NOT_DUE' });
    await expect(
      recordFollowUpAnswer(deps)(outsider, {
        followUpId: twelve?.id as string,
        answeredOn: '2026-07-20',
        via: 'phone',
        employed: true,
        inTraining: false,
      }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NOT_FOUND' });
  });

  it('sends a single-use link the person answers once without an account, in their language', async () => {
    const { personId, enrolmentId } = await enrolled('Ghalia', '2025-01-06', 'ghalia@example.org');
    await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'permanent_contract',
      exitOn: '2025-06-02',
      evidence: declaration,
    });
    const six = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps[1];
    const sent = await sendFollowUpLink(deps)(lea, { followUpId: six?.id as string });
    expect(sent.sentTo).toBe('ghalia@example.org');
    const mail = deps.mailer.to('ghalia@example.org')[0];
    const token = /\/suivi\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] as string;
    expect(token).toBeTruthy();
    const form = await publicFollowUpForm(deps)(systemContext(), { token });
    expect(form).toMatchObject({
      firstName: 'Ghalia',
      months: 6,
      language: 'ar',
      organizationName: 'PLIE des Graves',
      asksRegion: false,
      currency: 'EUR',
    });
    await expect(
      answerPublicFollowUp(deps)(systemContext(), {
        token,
        answer: { employed: true, inTraining: false, satisfied: 9 } as never,
      }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(
      await answerPublicFollowUp(deps)(systemContext(), {
        token,
        answer: {
          employed: true,
          sameEmployer: true,
          contractType: 'permanent',
          inTraining: false,
          satisfied: 5,
        },
      }),
    ).toEqual({ ok: true });
    await expect(
      answerPublicFollowUp(deps)(systemContext(), { token, answer: { employed: false, inTraining: false } }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_LINK_INVALID' });
    await expect(publicFollowUpForm(deps)(systemContext(), { token })).rejects.toMatchObject({
      code: 'FOLLOW_UP_LINK_INVALID',
    });
    const answered = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps[1];
    expect(answered).toMatchObject({
      status: 'answered',
      answeredVia: 'form',
      answer: { sameEmployer: true },
    });
  });

  it('words the pay bands of the form in the currency of the organization’s country', async () => {
    const louisville = await givenOrganization(database.db, {
      name: 'Kentucky Refugee Ministries',
      country: 'US',
    });
    const counselor = await givenStaff(database.db, louisville.id, 'counselor', { displayName: 'Dana' });
    const program = await createProgram(deps)(systemContext(), {
      ownerOrganizationId: louisville.id,
      code: 'KRM-WORK',
      nameFr: 'Vers l’emploi',
      nameEn: 'Pathway to work',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    const personId = (
      await createPerson(deps)(counselor, {
        identity: {
          givenName: 'Farid',
          familyName: 'Test',
          referentUserId: counselor.actor.userId,
          email: 'farid@example.org',
          preferredLanguage: 'fa',
        },
      })
    ).id;
    await enrolPerson(deps)(counselor, {
      programId: program.id,
      personId,
      enrolledOn: '2025-01-06',
      intake: { source: 'walk_in' },
    });
    const enrolmentId = (await personEnrolments(deps)(counselor, { personId })).items[0]?.id as string;
    await recordExit(deps)(counselor, {
      enrolmentId,
      outcome: 'permanent_contract',
      exitOn: '2025-06-02',
      evidence: declaration,
    });
    const view = await personExits(deps)(counselor, { personId, language: 'en' });
    expect(view.exits[0]).toMatchObject({ recordedBy: counselor.actor.userId, recordedByName: 'Dana' });
    await sendFollowUpLink(deps)(counselor, { followUpId: view.followUps[0]?.id as string });
    const mail = deps.mailer.to('farid@example.org')[0];
    const token = /\/suivi\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] as string;
    expect(await publicFollowUpForm(deps)(systemContext(), { token })).toMatchObject({
      organizationName: 'Kentucky Refugee Ministries',
      currency: 'USD',
    });
  });

  it('refuses a link past its 14 days', async () => {
    const { personId, enrolmentId } = await enrolled('Hiba', '2025-01-06', 'hiba@example.org');
    await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'studies',
      exitOn: '2025-06-03',
      evidence: declaration,
    });
    const three = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps[0];
    await sendFollowUpLink(deps)(lea, { followUpId: three?.id as string, language: 'uk' });
    const token = /\/suivi\/([A-Za-z0-9_-]+)/.exec(
      deps.mailer.to('hiba@example.org')[0]?.text ?? '',
    )?.[1] as string;
    clock.advance(15 * 86_400_000);
    try {
      await expect(publicFollowUpForm(deps)(systemContext(), { token })).rejects.toMatchObject({
        code: 'FOLLOW_UP_LINK_INVALID',
      });
    } finally {
      clock.set('2026-11-20T09:00:00Z');
    }
  });

  it('gives the referent a task and the person the link when a moment falls due, once', async () => {
    const { personId, enrolmentId } = await enrolled('Imane', '2025-01-06', 'imane@example.org');
    await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'qualifying_training',
      exitOn: '2025-08-04',
      evidence: declaration,
    });
    clock.set('2026-11-20T05:00:00Z');
    await scheduleFollowUpSweep(deps, '2026-11-20');
    clock.set('2026-11-20T08:00:00Z');
    for (let i = 0; i < 3; i++) await runDueJobs(deps, outcomeJobHandlers, { limit: 50 });
    clock.set('2026-11-20T09:00:00Z');
    const tasks = await database.db
      .selectFrom('tasks')
      .select(['title', 'assignee_user_id'])
      .where('person_id', '=', personId)
      .execute();
    // The 3-, 6- and 12-month moments have fallen due (4 August 2026 the last); 18 has not.
    expect(tasks.map((t) => t.title).sort()).toEqual([
      'Suivi à 12 mois après la sortie',
      'Suivi à 3 mois après la sortie',
      'Suivi à 6 mois après la sortie',
    ]);
    expect(tasks.every((t) => t.assignee_user_id === lea.actor.userId)).toBe(true);
    // One form for the latest moment, not three at once; a second sweep sends nothing more.
    const mails = deps.mailer.to('imane@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('12');
    clock.set('2026-11-21T05:00:00Z');
    await scheduleFollowUpSweep(deps, '2026-11-21');
    clock.set('2026-11-21T08:00:00Z');
    for (let i = 0; i < 3; i++) await runDueJobs(deps, outcomeJobHandlers, { limit: 50 });
    clock.set('2026-11-20T09:00:00Z');
    expect(deps.mailer.to('imane@example.org')).toHaveLength(1);
  });
});

describe('the caseload', () => {
  it('flags the people with a follow-up after exit due and waiting, and filters on it', async () => {
    const { personId, enrolmentId } = await enrolled('Jamal');
    await recordExit(deps)(lea, {
      enrolmentId,
      outcome: 'job_search',
      exitOn: '2026-05-04',
      evidence: declaration,
    });
    const { personId: later, enrolmentId: laterEnrolment } = await enrolled('Karim');
    // Three months after 4 October is 4 January: not due on 20 November.
    await recordExit(deps)(lea, {
      enrolmentId: laterEnrolment,
      outcome: 'job_search',
      exitOn: '2026-10-04',
      evidence: declaration,
    });
    const list = (alerts?: 'followUpDue') =>
      listCaseload(deps)(lea, { page: 1, pageSize: 200, sort: 'name', ...(alerts && { alerts }) });
    const rows = new Map((await list()).items.map((i) => [i.id, i.alerts]));
    expect(rows.get(personId)).toContain('followUpDue');
    expect(rows.get(later)).not.toContain('followUpDue');
    const filtered = (await list('followUpDue')).items.map((i) => i.id);
    expect(filtered).toContain(personId);
    expect(filtered).not.toContain(later);
  });
});

describe('program figures', () => {
  it('shows funders aggregates only, and staff the people behind a figure', async () => {
    const query = { programId, from: '2025-01-01', to: '2025-12-31' };
    const figures = await programOutcomesFigures(deps)(funder, query);
    expect(figures.drillDown).toBe(false);
    expect(figures.rule).toEqual({ version: 1, effectiveFrom: '2025-07-01' });
    const atExit = figures.measures.positive_exit_rate;
    // Exits classified under version 1 (the first exit, before any rule, is out of both counts).
    expect(atExit.excluded).toBe(1);
    expect(atExit.denominator).toBeGreaterThan(atExit.numerator);
    expect(figures.ruleVersionsUsed).toEqual([1]);
    await expect(
      outcomePeople(deps)(funder, { ...query, measure: 'positive_exit_rate', part: 'numerator' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const people = await outcomePeople(deps)(coordinator, {
      ...query,
      measure: 'positive_exit_rate',
      part: 'numerator',
    });
    expect(people.items.length).toBe(atExit.numerator);
    await expect(programOutcomesFigures(deps)(outsiderCoordinator, query)).rejects.toMatchObject({
      code: 'OUTCOMES_PROGRAM_NOT_FOUND',
    });
  });

  it('publishes no group of fewer than ten people: one underemployed person is hidden, totals too', async () => {
    const { personId } = await enrolled('Lina');
    // A degree (ISCED 6, skill level 4) in an elementary job (ISCO 9, level 1), still running.
    await recordPlacement(deps)(lea, {
      personId,
      employerId,
      jobTitle: 'Commis de cuisine',
      escoId: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c',
      contractType: 'cdi',
      startsOn: '2026-09-01',
    });
    const statistics = await underemploymentStatistics(deps)(funder, {
      programId,
      breakdown: 'training_country',
    });
    expect(statistics.threshold).toBe(10);
    expect(statistics.after.rows).toEqual([{ group: 'SY', people: null, underemployed: null, rate: null }]);
    expect(statistics.after.total).toEqual({ people: null, underemployed: null, rate: null });
    expect(JSON.stringify(statistics)).not.toContain(personId);
  });
});
