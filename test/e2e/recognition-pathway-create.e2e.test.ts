import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/demo/staff.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  menuLink,
  newJourney,
  type RunningApp,
  resizeTo,
  settled,
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';

/**
 * Credential recognition (issue 18): Louisville's working group writes a pathway the demo does not
 * have — pharmacist in Kentucky, picked in O*NET-SOC with the search across classifications — with its
 * regulator and three steps (an evaluation by its evaluator and report, a language test and its level,
 * the licensing exam), and the pathway opens with those steps, costs and durations. A counselor is not
 * offered the form. Every state passes axe, at desktop width and at 375 px.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await settled(page);
}

async function atBothWidths(page: Page, name: string) {
  await expectAccessible(page, name);
  await resizeTo(page, { width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, `${name} at 375 px`);
  await resizeTo(page, { width: 1280, height: 900 });
}

describe('Louisville: the working group adds a pathway to the catalogue, in the browser', () => {
  it('writes the Kentucky pharmacist pathway with three steps and opens it', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, 'coordinator@louisville.demo');
    await menuLink(page, 'Credential recognition').click();
    await page.getByRole('heading', { level: 1, name: 'Credential recognition pathways' }).waitFor();
    await page.getByRole('link', { name: 'New pathway' }).click();
    await page.getByRole('heading', { level: 1, name: 'New recognition pathway' }).waitFor();

    // Nothing picked yet: the form says so and sends nothing.
    await page.getByRole('button', { name: 'Create the pathway' }).click();
    await page.getByRole('alert').filter({ hasText: 'Pick the occupation in the search.' }).waitFor();

    // The occupation in O*NET-SOC, as Kentucky's regulators name it.
    await page.getByLabel('Classification').selectOption('onet');
    const occupation = page.getByRole('combobox', { name: 'Occupation' });
    await toMiddleOfWindow(occupation);
    await occupation.fill('pharmacist');
    const option = page.getByRole('option', { name: /Pharmacists.*29-1051\.00/ });
    await option.waitFor();
    await option.dispatchEvent('click');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await page.getByText('O*NET 29-1051.00').waitFor();
    await page.getByRole('textbox', { name: 'Jurisdiction' }).fill('US-KY');
    await page.getByRole('textbox', { name: 'Regulator', exact: true }).fill('Kentucky Board of Pharmacy');
    await page.getByRole('textbox', { name: 'Regulator’s site' }).fill('https://pharmacy.ky.gov');

    const first = page.getByRole('group', { name: 'Step 1' });
    await first.getByLabel('Kind').selectOption('credential_evaluation');
    await first.getByRole('textbox', { name: 'Label in French' }).fill('Évaluation du diplôme de pharmacie');
    await first.getByRole('textbox', { name: 'Label in English' }).fill('Pharmacy degree evaluation');
    await first.getByRole('textbox', { name: 'Evaluator' }).fill('ECE');
    await first.getByRole('textbox', { name: 'Report type' }).fill('Course-by-course');
    await first.getByRole('textbox', { name: 'Typical cost' }).fill('450');
    await first.getByRole('textbox', { name: 'Typical duration (days)' }).fill('45');

    await page.getByRole('button', { name: 'Add a step' }).click();
    const second = page.getByRole('group', { name: 'Step 2' });
    await second.getByLabel('Kind').selectOption('language_test');
    await second.getByRole('textbox', { name: 'Label in French' }).fill('Test d’anglais');
    await second.getByRole('textbox', { name: 'Label in English' }).fill('English test');
    await second.getByRole('textbox', { name: 'Language test' }).fill('TOEFL iBT');
    await second.getByRole('textbox', { name: 'Level required' }).fill('90');
    await second.getByRole('textbox', { name: 'Typical cost' }).fill('255');

    await page.getByRole('button', { name: 'Add a step' }).click();
    const third = page.getByRole('group', { name: 'Step 3' });
    await third.getByLabel('Kind').selectOption('exam');
    await third.getByRole('textbox', { name: 'Label in French' }).fill('Examen NAPLEX');
    await third.getByRole('textbox', { name: 'Label in English' }).fill('NAPLEX exam');
    await third.getByRole('textbox', { name: 'Typical cost' }).fill('520');
    await third.getByRole('textbox', { name: 'Typical duration (days)' }).fill('60');
    await third
      .getByRole('textbox', { name: 'Source (address)' })
      .fill('https://nabp.pharmacy/programs/naplex/');
    await atBothWidths(page, 'recognition: a new pathway written');

    await page.getByRole('button', { name: 'Create the pathway' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pharmacists — Kentucky (United States)' }).waitFor();
    await page.getByRole('link', { name: 'Kentucky Board of Pharmacy' }).waitFor();
    const steps = page.getByRole('table', { name: /The steps of version 1/ });
    await steps.getByRole('row', { name: /Pharmacy degree evaluation .*Evaluator: ECE/ }).waitFor();
    await steps.getByRole('row', { name: /English test .*TOEFL iBT/ }).waitFor();
    await steps.getByRole('row', { name: /NAPLEX exam .*\$520\.00/ }).waitFor();
    expect(await page.getByText('Illustrative data', { exact: true }).count()).toBe(0);
    await atBothWidths(page, 'recognition: the pathway the working group wrote');

    // The catalogue lists it.
    await page.getByRole('link', { name: 'All pathways' }).click();
    await page.getByRole('heading', { level: 1, name: 'Credential recognition pathways' }).waitFor();
    await page.getByRole('link', { name: 'Pharmacists — Kentucky (United States)' }).waitFor();
    await context.close();
  });

  it('offers no form to a counselor', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, 'counselor@louisville.demo');
    await menuLink(page, 'Credential recognition').click();
    await page.getByRole('heading', { level: 1, name: 'Credential recognition pathways' }).waitFor();
    expect(await page.getByRole('link', { name: 'New pathway' }).count()).toBe(0);
    await page.goto('/recognition/pathways/new');
    await page
      .getByText('Only the working group’s coordinators, directors and administrators add pathways.')
      .waitFor();
    await context.close();
  });
});
