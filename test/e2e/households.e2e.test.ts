import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
const ids: Record<'main' | 'spouse', string> = { main: '', spouse: '' };

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, { name: 'PROMIS', kind: 'nonprofit', country: 'CA' });
  counselor = await seedStaff(
    app.db,
    promis.id,
    'counselor',
    'genevieve@promis.test',
    'Geneviève Tremblay',
    'en',
  );
  const api = await apiAs(app.baseUrl, counselor.email);
  for (const [key, givenName] of [
    ['main', 'Roseline'],
    ['spouse', 'Jean-Baptiste'],
  ] as const)
    ids[key] = (
      await api<{ id: string }>('POST', '/api/people', { identity: { givenName, familyName: 'Pierre' } })
    ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a household of files in the browser', () => {
  it('forms a household, adds a file with the keyboard, changes the main contact and removes a member, at 375 px too', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-CA' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${ids.main}?tab=household`);
    await page.getByRole('heading', { level: 1, name: 'Roseline Pierre' }).waitFor();
    await page.getByText('This person is not in a household of files.').waitFor();
    await expectAccessible(page, 'no household');

    await page.getByRole('button', { name: 'Form a household with this person as main contact' }).click();
    await page.getByText(/^Household since/).waitFor();

    // The picker, by keyboard: type, arrow down to the file, Enter; then the relation and the button.
    const picker = page.getByRole('combobox', { name: 'Person' });
    await picker.focus();
    await page.keyboard.type('Jean');
    await page.getByRole('option', { name: /Jean-Baptiste Pierre/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('Jean-Baptiste Pierre');
    await page.getByRole('combobox', { name: 'Relation to the main contact' }).selectOption('spouse');
    await page.getByRole('button', { name: 'Add to the household' }).click();
    const members = page.getByRole('list', { name: 'Members of the household' });
    await members.getByRole('link', { name: 'Open the file of Jean-Baptiste Pierre' }).waitFor();
    await expect.poll(() => members.getByRole('listitem').count()).toBe(2);
    await expectAccessible(page, 'household of two');

    await resizeTo(page, { width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'household at 375 px');
    await screenshotWidths(page, 'household-en');

    await page.getByRole('button', { name: 'Make main contact: Jean-Baptiste Pierre' }).click();
    await page.getByRole('button', { name: 'Remove from the household: Roseline Pierre' }).waitFor();
    await page.getByRole('button', { name: 'Remove from the household: Roseline Pierre' }).click();
    await page.getByText('This person is not in a household of files.').waitFor();
    await context.close();
  });
});
