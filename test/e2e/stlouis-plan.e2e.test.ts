import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
import { infoEntry } from '../support/pdf-text.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * St. Louis, Immigrant Career Pathways: a career development specialist opens the file of a Syrian
 * civil engineer, builds his individual career plan (English B2, credential evaluation, engineering
 * licensure, job search, each with a step), marks a step done with its evidence, sees the progress,
 * downloads the PDF and records his sign-off; then reads the plan on a phone. Every screen passes axe.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let personId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const institute = await givenOrganization(app.db, {
    name: 'International Institute of St. Louis',
    country: 'US',
  });
  counselor = await seedStaff(
    app.db,
    institute.id,
    'counselor',
    'specialist@iistl.test',
    'Dana Career',
    'en',
  );
  const api = await apiAs(app.baseUrl, counselor.email);
  ({ id: personId } = await api<{ id: string }>('POST', '/api/people', {
    identity: {
      givenName: 'Omar',
      familyName: 'Haddad',
      givenNameOriginal: 'عمر',
      familyNameOriginal: 'حداد',
      nationality: 'SY',
    },
  }));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const goals = [
  {
    kind: 'Language level',
    title: 'English B2',
    target: 'B2',
    step: 'English placement test',
    due: inFuture(14),
  },
  {
    kind: 'Credential evaluation',
    title: 'Degree evaluated by WES',
    step: 'Submit the WES application',
    due: inFuture(30),
  },
  {
    kind: 'Licensure',
    title: 'Professional Engineer licence',
    step: 'Register for the FE exam',
    due: inFuture(90),
  },
  { kind: 'Job search', title: 'Engineering technician job', step: 'Résumé in US format', due: inFuture(7) },
];

describe('St. Louis: an individual career plan for a Syrian civil engineer', () => {
  it('builds the plan with four goals, marks a step done, shows progress, prints the PDF and records the sign-off', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${personId}?tab=plan`);
    await page.getByText('No career plan yet for this person.').waitFor();
    await expectAccessible(page, 'empty plan tab');

    await page.getByRole('textbox', { name: 'Target field' }).fill('Civil engineering');
    await page.getByRole('combobox', { name: 'Language of the plan (printed document)' }).selectOption('en');
    await page.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { name: 'Career plan — Civil engineering' }).waitFor();

    for (const goal of goals) {
      const form = page.getByRole('form', { name: 'Add a goal' });
      await form.getByRole('combobox', { name: 'Kind of goal' }).selectOption({ label: goal.kind });
      await form.getByRole('textbox', { name: 'Goal', exact: true }).fill(goal.title);
      if (goal.target) await form.getByRole('textbox', { name: /^Target \(/ }).fill(goal.target);
      await form.getByRole('button', { name: 'Add the goal' }).click();
      const article = page.getByRole('article', { name: goal.title });
      await article.waitFor();
      const stepForm = article.getByRole('form', { name: `Add a step to “${goal.title}”` });
      await stepForm.getByRole('textbox', { name: 'Step', exact: true }).fill(goal.step);
      await stepForm.getByLabel('Due date').fill(goal.due);
      await stepForm.getByRole('button', { name: 'Add the step' }).click();
      await article.getByText(goal.step, { exact: true }).waitFor();
    }
    await page.getByText('0 of 4 steps done (0 %)').first().waitFor();
    await expectAccessible(page, 'plan with four goals');

    // The placement test is done, with its result as evidence.
    const english = page.getByRole('article', { name: 'English B2' });
    await english
      .getByRole('group', { name: 'Actions on “English placement test”' })
      .getByRole('button', { name: 'Mark done' })
      .click();
    await english
      .getByRole('textbox', { name: 'Evidence (a note)' })
      .fill('Placement result: B1, course level B1 to B2');
    await english.getByRole('button', { name: 'Save' }).click();
    await english.getByText('Evidence: Placement result: B1, course level B1 to B2').waitFor();
    await page.getByText('1 of 4 steps done (25 %)').waitFor();
    await english.getByText('1 of 1 steps done (100 %)').waitFor();
    const overall = page.getByRole('progressbar', { name: /^Overall progress/ });
    expect(await overall.getAttribute('aria-valuenow')).toBe('25');
    await expectAccessible(page, 'plan with a step done');

    // With the keyboard only: the WES application is started.
    const wes = page.getByRole('article', { name: 'Degree evaluated by WES' });
    await wes.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await wes.getByText('In progress', { exact: true }).waitFor();

    // The résumé is due later than planned: its due date moves.
    const jobs = page.getByRole('article', { name: 'Engineering technician job' });
    await jobs.getByRole('button', { name: 'Edit' }).click();
    const edit = jobs.getByRole('form', { name: 'Edit “Résumé in US format”' });
    await edit.getByLabel('Due date').fill('2030-01-15');
    await edit.getByRole('button', { name: 'Save' }).click();
    await jobs.getByText(/Due Jan 15, 2030|Due 15 Jan 2030/).waitFor();

    // The PDF, in English, names the person.
    const href = await page.getByRole('link', { name: 'PDF in English' }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(infoEntry(body, 'Title')).toBe('Individual career plan — Omar Haddad');

    // The person signs on paper today; the plan becomes active and signed.
    await page.getByRole('button', { name: 'Record the sign-off' }).click();
    await page.getByText('Signed (version 12)').waitFor();
    await page.getByRole('button', { name: 'Show the history' }).click();
    await page.getByRole('table', { name: /Who changed what in the plan/ }).waitFor();
    await page.getByText('Step status changed — “English placement test” — from Planned to Done').waitFor();
    await expectAccessible(page, 'signed plan with its history');
    await context.close();

    // On a phone: the plan reads without sideways scrolling and stays accessible.
    const phone = await newJourney(browser, app.baseUrl, { locale: 'en-US', width: 375, height: 800 });
    await logInInEnglish(phone.page, counselor.email, 'Caseload');
    await phone.page.goto(`/people/${personId}?tab=plan`);
    await phone.page.getByText('1 of 4 steps done (25 %)').waitFor();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone.page, 'plan at 375 px');
    await screenshot(phone.page, 'stlouis-plan-en-375');
    await phone.context.close();
  });
});
