import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { runDueJobs } from '../../../core/jobs/job-queue.js';
import { disabledSmsSender, type SmsSender, smsErrors } from '../../../core/sms/sms-sender.js';
import type { Deps } from '../../../core/use-case.js';
import { readOutbox } from '../../accounts/use-cases/read-outbox.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { outcomeJobHandlers, scheduleFollowUpSweep } from '../jobs.js';
import { personExits } from './person-exits.js';
import { publicFollowUpForm } from './public-follow-up.js';
import { recordExit } from './record-exit.js';
import { sendFollowUpLink } from './send-follow-up-link.js';

/**
 * The follow-up form's link by SMS: to a mobile number of the person's file read in the
 * organization's country, in the person's language, the same link as the e-mail of the same sending,
 * one attempt per channel; never to a landline, a malformed number or a restricted file; nowhere when
 * texts are disabled (production without a provider); a provider's failure borne when the e-mail went.
 */
let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let lea: Staff;
let funder: Staff;
let organizationId: string;
let programId: string;

const tokenIn = (text: string | undefined) => /\/suivi\/([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];

async function exitedPerson(
  givenName: string,
  contact: { phone?: string; email?: string; preferredLanguage?: string },
  exitOn = '2026-05-04',
) {
  const personId = (
    await createPerson(deps)(lea, {
      identity: { givenName, familyName: 'Test', referentUserId: lea.actor.userId, ...contact },
    })
  ).id;
  await enrolPerson(deps)(lea, {
    programId,
    personId,
    enrolledOn: '2025-01-06',
    intake: { source: 'walk_in' },
  });
  const enrolmentId = (await personEnrolments(deps)(lea, { personId })).items[0]?.id as string;
  await recordExit(deps)(lea, {
    enrolmentId,
    outcome: 'job_search',
    exitOn,
    evidence: { kind: 'declaration' },
  });
  const followUps = (await personExits(deps)(lea, { personId, language: 'fr' })).followUps;
  return { personId, followUps };
}

const attemptsOf = (followUpId: string) =>
  database.db
    .selectFrom('exit_follow_up_attempts')
    .select(['channel', 'result'])
    .where('follow_up_id', '=', followUpId)
    .orderBy('channel')
    .orderBy('result')
    .execute();
const linksOf = (followUpId: string) =>
  database.db
    .selectFrom('exit_follow_up_links')
    .select(['sent_to', 'language'])
    .where('follow_up_id', '=', followUpId)
    .execute();

async function sweep(day: string, over: Partial<Deps> = {}) {
  const swept = { ...deps, ...over };
  clock.set(`${day}T05:00:00Z`);
  await scheduleFollowUpSweep(swept, day);
  clock.set(`${day}T08:00:00Z`);
  for (let i = 0; i < 3; i++) await runDueJobs(swept, outcomeJobHandlers, { limit: 50 });
  clock.set('2026-11-20T09:00:00Z');
}

/** A provider that refuses every text, as Twilio does an unknown number. */
const refusingProvider: SmsSender = {
  delivery: 'provider',
  provider: 'test',
  async send() {
    throw smsErrors.notSent({}, { provider: 'test', status: 400, providerCode: 21211, reason: 'refused' });
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const plie = await givenOrganization(database.db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  organizationId = plie.id;
  lea = await givenStaff(database.db, plie.id, 'counselor', { displayName: 'Léa' });
  funder = await givenStaff(database.db, plie.id, 'funder');
  programId = await givenOutcomeProgram(deps, plie.id);
});
afterAll(() => database.close());

describe('the follow-up link by SMS', () => {
  it('texts a person who has only a mobile number when the sweep finds the moment due, in their language', async () => {
    // Exit on 4 May 2026: the 3- and 6-month moments have fallen due by 20 November; the latest is texted.
    const { followUps } = await exitedPerson('Nadia', { phone: '06 12 34 56 78', preferredLanguage: 'ar' });
    await sweep('2026-11-20');
    const texts = deps.sms.to('+33612345678');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ organizationId });
    expect(texts[0]?.text).toMatch(/\p{Script=Arabic}/u);
    expect(texts[0]?.text.split('\n').at(-1)).toMatch(/^http:\/\/passerelle\.test\/suivi\/[A-Za-z0-9_-]+$/);
    const six = followUps.find((f) => f.months === 6)?.id as string;
    expect(await attemptsOf(six)).toEqual([{ channel: 'sms', result: 'sent' }]);
    expect(await linksOf(six)).toEqual([{ sent_to: '+33612345678', language: 'ar' }]);
    expect(
      await publicFollowUpForm(deps)(systemContext(), { token: tokenIn(texts[0]?.text) as string }),
    ).toMatchObject({ firstName: 'Nadia', months: 6, language: 'ar' });
    // The counselor trying the demo sees it in the outbox; a funder does not.
    const outbox = await readOutbox(deps)(lea, {});
    expect(outbox.sms).toBe('outbox');
    expect(outbox.items.filter((m) => m.to === '+33612345678')).toMatchObject([
      { channel: 'sms', subject: null, text: texts[0]?.text },
    ]);
    expect((await readOutbox(deps)(funder, {})).items.some((m) => m.channel === 'sms')).toBe(false);
    // A second sweep texts nothing more.
    await sweep('2026-11-21');
    expect(deps.sms.to('+33612345678')).toHaveLength(1);
  });

  it('sends the same single-use link by e-mail and SMS when the counselor sends it, and says by which', async () => {
    const { followUps } = await exitedPerson('Oksana', {
      phone: '+380 67 123 4567',
      email: 'oksana@example.org',
      preferredLanguage: 'uk',
    });
    const three = followUps[0]?.id as string;
    const sent = await sendFollowUpLink(deps)(lea, { followUpId: three });
    expect(sent).toMatchObject({
      sentTo: 'oksana@example.org, +380671234567',
      channels: [
        { channel: 'email', to: 'oksana@example.org' },
        { channel: 'sms', to: '+380671234567' },
      ],
      smsFailed: false,
    });
    const mail = deps.mailer.to('oksana@example.org')[0];
    const text = deps.sms.to('+380671234567')[0];
    expect(text?.text).toMatch(/\p{Script=Cyrillic}/u);
    expect(tokenIn(text?.text)).toBeTruthy();
    expect(tokenIn(text?.text)).toBe(tokenIn(mail?.text));
    expect(await attemptsOf(three)).toEqual([
      { channel: 'email', result: 'sent' },
      { channel: 'sms', result: 'sent' },
    ]);
    expect(await linksOf(three)).toHaveLength(1);
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'exit_follow_up.link_sent')
      .where('resource_id', '=', three)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ channels: ['email', 'sms'], smsNotSent: false });
    // Neither the number nor the text is in the audit entry.
    expect(JSON.stringify(audit.details)).not.toContain('380671234567');
  });

  it('texts no landline and no malformed number: without an e-mail, nothing is sent', async () => {
    for (const phone of ['05 56 00 00 00', '06 12', 'appeler sa sœur']) {
      const { followUps } = await exitedPerson('Rim', { phone });
      const three = followUps[0]?.id as string;
      const before = deps.sms.messages.length;
      await expect(sendFollowUpLink(deps)(lea, { followUpId: three })).rejects.toMatchObject({
        code: 'FOLLOW_UP_NO_EMAIL',
      });
      expect(deps.sms.messages.length).toBe(before);
      expect(await attemptsOf(three)).toEqual([]);
      expect(await linksOf(three)).toEqual([]);
    }
  });

  it('writes nothing to a person whose file is restricted, by the sweep or the counselor', async () => {
    const { personId, followUps } = await exitedPerson('Samira', {
      phone: '07 56 11 22 33',
      email: 'samira@example.org',
    });
    await restrictProcessing(deps)(lea, { personId, reason: 'The person contests their data.' });
    await expect(
      sendFollowUpLink(deps)(lea, { followUpId: followUps[0]?.id as string }),
    ).rejects.toMatchObject({
      code: 'FOLLOW_UP_NO_EMAIL',
    });
    await sweep('2026-11-22');
    expect(deps.sms.to('+33756112233')).toEqual([]);
    expect(deps.mailer.to('samira@example.org')).toEqual([]);
    for (const followUp of followUps) expect(await attemptsOf(followUp.id)).toEqual([]);
  });

  it('texts nobody where texts are disabled (production without a provider): the e-mail alone goes', async () => {
    const { followUps } = await exitedPerson('Tahmina', {
      phone: '06 98 76 54 32',
      email: 'tahmina@example.org',
    });
    const withoutSms = { ...deps, sms: disabledSmsSender };
    const sent = await sendFollowUpLink(withoutSms)(lea, { followUpId: followUps[0]?.id as string });
    expect(sent.channels).toEqual([{ channel: 'email', to: 'tahmina@example.org' }]);
    expect(deps.sms.to('+33698765432')).toEqual([]);
    const phoneOnly = await exitedPerson('Umaima', { phone: '06 98 76 54 33' });
    await expect(
      sendFollowUpLink(withoutSms)(lea, { followUpId: phoneOnly.followUps[0]?.id as string }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NO_EMAIL' });
  });

  it('bears a provider’s refusal when the e-mail went, and writes nothing when the SMS was the only way', async () => {
    const withRefusals = { ...deps, sms: refusingProvider };
    const both = await exitedPerson('Vera', { phone: '06 55 44 33 22', email: 'vera@example.org' });
    const sent = await sendFollowUpLink(withRefusals)(lea, { followUpId: both.followUps[0]?.id as string });
    expect(sent).toMatchObject({
      channels: [{ channel: 'email' }],
      smsFailed: true,
      sentTo: 'vera@example.org',
    });
    expect(await attemptsOf(both.followUps[0]?.id as string)).toEqual([{ channel: 'email', result: 'sent' }]);

    const phoneOnly = await exitedPerson('Wafa', { phone: '06 55 44 33 23' });
    const three = phoneOnly.followUps[0]?.id as string;
    await expect(sendFollowUpLink(withRefusals)(lea, { followUpId: three })).rejects.toMatchObject({
      code: 'SMS_NOT_SENT',
      status: 503,
    });
    expect(await linksOf(three)).toEqual([]);
    expect(await attemptsOf(three)).toEqual([]);

    // The sweep gives the referent the task all the same and goes on with the others.
    const later = await exitedPerson('Yasmin', { phone: '06 55 44 33 24' }, '2026-05-10');
    await sweep('2026-11-23', { sms: refusingProvider });
    const tasks = await database.db
      .selectFrom('tasks')
      .select('title')
      .where('person_id', 'in', [phoneOnly.personId, later.personId])
      .execute();
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    expect(await linksOf(later.followUps[1]?.id as string)).toEqual([]);
    const due = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'exit_follow_up.due')
      .where('resource_id', '=', later.followUps[1]?.id as string)
      .executeTakeFirstOrThrow();
    expect(due.details).toMatchObject({ linkSent: false, channels: [], smsNotSent: true });
  });

  it('counts a texted link that expired unused as an unanswered SMS attempt', async () => {
    const { followUps } = await exitedPerson('Zahra', { phone: '06 44 33 22 11' });
    const three = followUps[0]?.id as string;
    await sendFollowUpLink(deps)(lea, { followUpId: three });
    await sweep('2026-12-06');
    expect(await attemptsOf(three)).toEqual([
      { channel: 'sms', result: 'no_answer' },
      { channel: 'sms', result: 'sent' },
    ]);
  });
});
