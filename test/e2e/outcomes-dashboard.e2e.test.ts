import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInZone } from '../../src/core/time-zone.js';
import { demoPassword } from '../../src/demo/staff.js';
import { addDays } from '../../src/modules/placements/domain/contract-rules.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshotWidths,
  settled,
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 13, a program's outcomes in the browser, over the demo's St. Louis data (International
 * Institute of St. Louis): the anonymized underemployment statistics show a small cell suppressed and
 * export the same table; the funder reads the outcome figures without any way to the people behind
 * them; the coordinator opens the people behind a figure and goes to one person's file, then adds a
 * version of the positive-exit rule — refused from yesterday with the server's reason, saved from
 * tomorrow. Every screen passes axe, at desktop width and on a 375 px phone without sideways scroll
 * of the page.
 */
let app: RunningApp;
let browser: Browser;
// The figures are read on ICP, where the journey records two exits; underemployment on RCP, whose
// refugee hired as an engineer by the demo's placements makes a published group of fewer than ten.
const figuresProgram = 'Immigrant Career Pathways';
const statisticsProgram = 'Refugee Career Pathways';
const coordinator = 'coordinator@stlouis.demo';
const funder = 'funder@stlouis.demo';

/** A logged-in API client of a demo account, to set the scene through the real routes. */
const demoApi = (email: string) => apiAs(app.baseUrl, email, demoPassword);

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  // Two of the program's participants leave today with a permanent job, under a rule in force today
  // (the demo's own rule versions and exits, when it has them, are kept): the figures have people behind them.
  const api = await demoApi(coordinator);
  const { id: programId } = await app.db
    .selectFrom('programs')
    .select('id')
    .where('code', '=', 'ICP')
    .executeTakeFirstOrThrow();
  const today = dayInZone(new Date(), 'America/Chicago');
  const rules = await api<{ items: unknown[] }>('GET', `/api/programs/${programId}/exit-rules`);
  if (rules.items.length === 0)
    await api('POST', `/api/programs/${programId}/exit-rules`, {
      effectiveFrom: today,
      positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
      fixedTermMinimumMonths: 6,
      fixedTermComparison: 'at_least',
      exclusions: ['moved_abroad', 'long_illness', 'institutionalised', 'deceased'],
      requireQualificationLevel: false,
      requireCredential: false,
      countingUnit: 'person',
      measuredMonthsAfterEntry: null,
      followUpMonths: [3, 6, 12],
      unreachableAfterAttempts: 3,
    });
  const enrolments = await app.db
    .selectFrom('enrolments')
    .select('id')
    .where('program_id', '=', programId)
    .where('status', '=', 'enrolled')
    .where('enrolled_on', '<=', today)
    .orderBy('enrolled_on')
    .limit(2)
    .execute();
  for (const enrolment of enrolments)
    await api('POST', `/api/enrolments/${enrolment.id}/exit`, {
      outcome: 'permanent_contract',
      exitOn: today,
      contractStartOn: today,
      evidence: { kind: 'declaration' },
    });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await settled(page);
}

async function openProgram(page: Page, program = figuresProgram): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Programs' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
  await page.getByRole('link', { name: program }).click();
  await page.getByRole('heading', { level: 1, name: program }).waitFor();
  await settled(page);
}

/** The page itself never scrolls sideways once the navigation has slid away (tables scroll in their own box). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

describe('program outcomes', () => {
  it('shows St. Louis underemployment with a small cell suppressed, and exports the same table', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, coordinator);
    await openProgram(page, statisticsProgram);
    const statistics = page.getByRole('region', { name: 'Underemployment statistics (anonymized)' });
    await statistics.getByText(/any count under 10 is suppressed/).waitFor();
    const breakdown = statistics.getByLabel('Breakdown');
    await toMiddleOfWindow(breakdown);
    await breakdown.click();
    await page.getByRole('option', { name: 'Country of training' }).click();
    // Before accompaniment (the job held at entry) and after (the job held today), each under its heading.
    await statistics.getByRole('heading', { name: 'Before accompaniment' }).waitFor();
    await statistics.getByRole('heading', { name: /^After accompaniment, as of / }).waitFor();
    const after = statistics.getByRole('table', { name: /^Underemployment after accompaniment/ });
    await after.waitFor();
    // A small cell reads as suppressed, with its reason for screen readers.
    const suppressed = after.getByRole('cell', { name: /suppressed \(fewer than 10\)/ });
    expect(await suppressed.count()).toBeGreaterThan(0);
    expect(await suppressed.first().textContent()).toMatch(
      /it is under 10, or it would let someone work out/,
    );
    await expectAccessible(page, 'underemployment statistics');

    // The export is the same table, its suppressed cells as such, under a line naming the threshold.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      statistics.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split(/\r\n/);
    expect(lines[0]).toMatch(/Cells under 10 are suppressed/);
    expect(lines[1]).toBe('Table,Country of training,People employed,Underemployed,Rate');
    expect(csv).toMatch(/,suppressed/);

    await resizeTo(page, { width: 375, height: 800 });
    await statistics.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'underemployment statistics at 375 px');
    await screenshotWidths(page, 'outcomes-underemployment-en');
    await context.close();
  });

  it('lets a funder read the outcome figures without any drill-down to people', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, funder);
    await openProgram(page);
    const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
    await outcomes.getByRole('heading', { name: 'Headline figures' }).waitFor();
    const card = outcomes.getByRole('article', { name: 'Positive-exit rate', exact: true });
    await card.waitFor();
    // Numerator and denominator in words, exclusions and those unreachable too.
    expect(await card.textContent()).toMatch(/\d+ of \d+ people/);
    await outcomes.getByRole('heading', { name: 'Exits by outcome' }).waitFor();
    await outcomes.getByRole('heading', { name: 'Follow-ups after exit' }).waitFor();
    // Aggregates only: nothing opens the people behind a figure.
    expect(await outcomes.getByRole('button', { name: /^Open / }).count()).toBe(0);
    // The rule's versions are there to read, not to change.
    const rule = page.getByRole('region', { name: 'Positive-exit rule' });
    await rule.waitFor();
    expect(await rule.getByRole('button', { name: 'New version…' }).count()).toBe(0);
    await expectAccessible(page, 'funder: outcomes');
    await resizeTo(page, { width: 375, height: 800 });
    await outcomes.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'funder: outcomes at 375 px');
    await context.close();
  });

  it('lets a coordinator open the people behind a figure and go to a person’s file', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, coordinator);
    await openProgram(page);
    const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
    const card = outcomes.getByRole('article', { name: 'Positive-exit rate', exact: true });
    const open = card.getByRole('button', {
      name: /^Open all \d+ in the denominator of “Positive-exit rate”$/,
    });
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'Positive-exit rate: denominator' });
    await drawer.waitFor();
    // The drawer has finished sliding in (axe reads colours mid-transition otherwise).
    await page.waitForFunction(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return (
        dialog !== null &&
        getComputedStyle(dialog).opacity === '1' &&
        ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(getComputedStyle(dialog).transform)
      );
    });
    const people = drawer.getByRole('link');
    await people.first().waitFor();
    const denominator = Number((await open.textContent())?.match(/\d+/)?.[0]);
    expect(await people.count()).toBe(denominator);
    await expectAccessible(page, 'coordinator: the people behind a figure');
    const name = ((await people.first().textContent()) ?? '').trim();
    await people.first().click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}/);
    // The person's file, under their name.
    await page.getByRole('heading', { level: 1, name: new RegExp(name.split(' ')[0] ?? name) }).waitFor();
    await context.close();
  });

  it('lets a coordinator add a version of the positive-exit rule, refused before today with the server’s reason', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, coordinator);
    await openProgram(page);
    const rule = page.getByRole('region', { name: 'Positive-exit rule' });
    const versions = rule.getByRole('article');
    await versions.first().waitFor();
    const before = await versions.count();
    await rule.getByRole('button', { name: 'New version…' }).click();
    const form = rule.getByRole('form', { name: 'New version of the positive-exit rule' });
    // Prefilled from the newest version.
    expect(await form.getByLabel('Attempts before a follow-up counts as unreachable').inputValue()).toBe('3');
    const today = dayInZone(new Date(), 'America/Chicago');
    await form.getByLabel('Effective from').fill(addDays(today, -1));
    await form.getByRole('button', { name: 'Save the new version' }).click();
    await form
      .getByRole('alert')
      .getByText(/starts today or later/)
      .waitFor();
    await expectAccessible(page, 'new version refused');
    await form.getByLabel('Effective from').fill(addDays(today, 1));
    await form.getByRole('button', { name: 'Save the new version' }).click();
    await form.waitFor({ state: 'detached' });
    await rule.getByRole('article').nth(before).waitFor();
    expect(await versions.first().getByRole('heading').textContent()).toBe(`Version ${before + 1}`);
    await context.close();
  });
});
