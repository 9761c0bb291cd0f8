import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Three months after leaving the program, Amal gets the follow-up link by e-mail in Arabic and answers
 * on her phone (375 px), without an account: the page is right to left and no wider than the screen,
 * she may switch to Persian and back, she says she works for the same employer on a permanent
 * contract, sees the thank-you, and the link, opened again, says it has been used. Every screen passes
 * axe. The link comes as a counselor sends it: an exit recorded on her enrolment, then the link of its
 * 3-month follow-up sent, read from the e-mail in the outbox.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let personId: string;
let link: string;

// The server's clock: the exit is recorded 100 days ago, then the clock moves on past the 3-month
// follow-up, so that every date the journey types has happened.
const clock = fixedClock(new Date(Date.now() - 100 * 86_400_000));
const day = (offsetDays: number) =>
  new Date(clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const email = 'amal.haddad@example.test';

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const toulouse = await givenOrganization(app.db, { name: 'Mission Locale de Toulouse', country: 'FR' });
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'ines@ml-toulouse.test', 'Inès Conseillère');
  const coordinator = await seedStaff(app.db, toulouse.id, 'coordinator', 'coord@ml-toulouse.test', 'Coord');
  const asCoordinator = await apiAs(app.baseUrl, coordinator.email);
  const program = await asCoordinator<{ id: string }>('POST', '/api/programs', {
    code: 'AR-EMPLOI',
    nameFr: 'Accompagnement vers l’emploi',
    nameEn: 'Pathway to work',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  await asCoordinator('POST', `/api/programs/${program.id}/exit-rules`, {
    effectiveFrom: day(0),
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'at_least',
    exclusions: ['moved_abroad', 'long_illness', 'deceased'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: null,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  });

  const asCounselor = await apiAs(app.baseUrl, counselor.email);
  personId = (
    await asCounselor<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Amal',
        familyName: 'Haddad',
        givenNameOriginal: 'أمل',
        familyNameOriginal: 'حداد',
        email,
        preferredLanguage: 'ar',
      },
    })
  ).id;
  const enrolment = await asCounselor<{ id: string }>('POST', `/api/programs/${program.id}/enrolments`, {
    personId,
    enrolledOn: day(-200),
    intake: { source: 'walk_in' },
  });
  await asCounselor('POST', `/api/enrolments/${enrolment.id}/exit`, {
    outcome: 'permanent_contract',
    exitOn: day(0),
    contractStartOn: day(0),
    evidence: { kind: 'declaration' },
  });

  // Three months and a few days later, the counselor sends the link of the 3-month follow-up.
  clock.advance(95 * 86_400_000);
  // A new log-in: the session of three months ago has ended.
  const asCounselorLater = await apiAs(app.baseUrl, counselor.email);
  const { followUps } = await asCounselorLater<{ followUps: { id: string; months: number }[] }>(
    'GET',
    `/api/people/${personId}/exits`,
  );
  const threeMonths = followUps.find((followUp) => followUp.months === 3);
  expect(threeMonths, 'the exit scheduled a 3-month follow-up').toBeDefined();
  await asCounselorLater('POST', `/api/exit-follow-ups/${threeMonths?.id}/link`, { language: 'ar' });
  const mail = app.mailer.to(email)[0];
  expect(mail?.text).toMatch(/\p{Script=Arabic}/u);
  const sent = mail?.text.match(/https?:\/\/\S+\/suivi\/[A-Za-z0-9_-]+/)?.[0];
  expect(sent, 'the e-mail carries the link').toBeDefined();
  link = new URL(sent as string).pathname;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the follow-up after exit, answered from the e-mailed link on a phone in Arabic', () => {
  it('answers once, right to left and no wider than the screen, then the link says it was used', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, {
      width: 375,
      height: 800,
      locale: 'ar',
    });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'مرحباً Amal' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByText('Mission Locale de Toulouse', { exact: false }).first().waitFor();
    await page.getByText(/بعد 3\sأشهر من مغادرتك/).waitFor();
    await expectAccessible(page, 'follow-up form (ar)');

    // Another language, then back: Persian is right to left too.
    await page.getByLabel('اللغة').selectOption('fa');
    await page.getByRole('heading', { level: 1, name: 'سلام Amal' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fa',
      'rtl',
    ]);
    await page.getByLabel('زبان').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'مرحباً Amal' }).waitFor();

    // Sent empty: the two questions that need an answer say so.
    await page.getByRole('button', { name: 'إرسال إجاباتي' }).click();
    await expect.poll(() => page.getByText('اختر إجابة.').count()).toBe(2);

    const question = (name: RegExp) => page.getByRole('radiogroup', { name });
    await question(/هل لديك عمل مدفوع الأجر/)
      .getByRole('radio', { name: 'نعم' })
      .check();
    // The questions about the job appear once she says she works.
    await question(/صاحب العمل نفسه/)
      .getByRole('radio', { name: 'نعم' })
      .check();
    await question(/نوع عقد عملك/)
      .getByRole('radio', { name: 'عقد دائم (بلا تاريخ انتهاء)' })
      .check();
    // Typed on an Arabic keyboard.
    await page.getByLabel('كم ساعة تعمل في الأسبوع تقريباً؟').fill('٣٥');
    // The pay bands are in euros, the currency of the organization's country (Toulouse).
    await question(/كم تكسب في الشهر/)
      .getByRole('radio', { name: /^من\s*\u200f?1,500\s€ إلى\s*\u200f?1,999\s€$/ })
      .check();
    await question(/تتابع تدريباً أو دراسة/)
      .getByRole('radio', { name: 'لا' })
      .check();
    if ((await question(/في المنطقة نفسها/).count()) > 0)
      await question(/في المنطقة نفسها/)
        .getByRole('radio', { name: 'نعم' })
        .check();
    await question(/يُرضيك وضعك اليوم/)
      .getByRole('radio', { name: '4 – مُرضٍ' })
      .check();

    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page, 'no horizontal scrolling').toBeLessThanOrEqual(widths.viewport);
    expect(widths.body, 'no horizontal scrolling').toBeLessThanOrEqual(widths.viewport);
    await expectAccessible(page, 'follow-up form answered (ar)');
    await screenshot(page, 'follow-up-form-ar-375');

    await page.getByRole('button', { name: 'إرسال إجاباتي' }).click();
    await page.getByRole('heading', { level: 1, name: 'شكراً، Amal!' }).waitFor();
    // The organization's name is isolated from the Arabic around it (FSI … PDI).
    await page.getByText(/^وصلت إجاباتك إلى \u2068Mission Locale de Toulouse\u2069\./).waitFor();
    await expectAccessible(page, 'follow-up thank-you (ar)');

    // The counselor finds the answer on the follow-up.
    const asCounselor = await apiAs(app.baseUrl, counselor.email);
    const { followUps } = await asCounselor<{
      followUps: { months: number; status: string; answer: Record<string, unknown> | null }[];
    }>('GET', `/api/people/${personId}/exits`);
    const answered = followUps.find((followUp) => followUp.months === 3);
    expect(answered?.status).toBe('answered');
    expect(answered?.answer).toMatchObject({
      employed: true,
      sameEmployer: true,
      contractType: 'permanent',
      hoursPerWeek: 35,
      wageBand: '1500_1999',
      inTraining: false,
      satisfied: 4,
    });

    // The link served once.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'هذا الرابط لم يعد صالحاً' }).waitFor();
    await page.getByText(/مرة واحدة فقط، خلال 14\sيومًا/).waitFor();
    await page.getByText('فتواصل مع مستشارك', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, 'follow-up link used (ar)');
    await screenshot(page, 'follow-up-form-used-ar-375');
    await context.close();
  });
});
