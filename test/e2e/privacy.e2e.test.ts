import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshotWidths,
  settled,
  startApp,
} from './support/harness.js';
import {
  apiAs,
  logInInEnglish,
  type SeededStaff,
  seedIprProgram,
  seedOccitanie,
  seedStaff,
} from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
let program: { id: string; name: string };
let personId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'nadia@ml-toulouse.test',
    'Nadia Benali',
    'en',
  );
  program = await seedIprProgram(app, coordinator.email, consortium.id, [
    { id: toulouse.id, target: 40 },
    { id: montpellier.id, target: 30 },
  ]);
  const api = await apiAs(app.baseUrl, coordinator.email);
  const enrolledOn = new Date().toISOString().slice(0, 10);
  for (const [givenName, familyName] of [
    ['Samira', 'Haddad'],
    ['Yonas', 'Tesfaye'],
  ] as const) {
    const { id } = await api<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName,
        familyName,
        birthDate: '2004-02-11',
        immigrationStatus: 'refugee',
        email: `${givenName.toLowerCase()}@example.test`,
        phone: '+33 6 12 34 56 78',
        city: 'Toulouse',
      },
    });
    await api('POST', `/api/programs/${program.id}/enrolments`, {
      personId: id,
      enrolledOn,
      intake: { source: 'walk_in', note: `${givenName} came with a friend` },
    });
    if (givenName === 'Samira') personId = id;
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The program's figures as the program page shows them: the progress table, cell by cell. */
async function programFigures(page: Page): Promise<string[]> {
  await page.goto(`/programs/${program.id}`);
  const region = page.getByRole('region', { name: 'Progress against targets' });
  const table = region.getByRole('table');
  await table.waitFor();
  await table.getByRole('cell').first().waitFor();
  return table.getByRole('cell').allTextContents();
}

describe("a person's rights in the browser", () => {
  it('exports the data, anonymizes the person, and the program figures stay the same', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, coordinator.email, 'Caseload');
    const before = await programFigures(page);
    expect(before.join(' ')).toMatch(/\b2\b/);

    await page.goto(`/people/${personId}?tab=privacy`);
    await page.getByRole('heading', { level: 1, name: 'Samira Haddad' }).waitFor();
    await page.getByRole('heading', { name: 'Export everything held on the person' }).waitFor();
    await expectAccessible(page, 'privacy tab');
    await screenshotWidths(page, 'privacy-tab');

    // The machine-readable export, then the readable one in French.
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the data (JSON)' }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toMatch(/^person-data-.*\.json$/);
    const exported = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8'));
    expect(exported.sections.file.identity).toMatchObject({
      givenName: 'Samira',
      email: 'samira@example.test',
    });
    expect(exported.sections.enrolments).toHaveLength(1);
    await page.locator('label', { hasText: /^French$/ }).click();
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a readable copy (PDF)' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toMatch(/-fr\.pdf$/);
    expect(
      readFileSync((await pdfFile.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Anonymization says what happens and asks why before anything changes.
    await page.getByRole('button', { name: 'Anonymize…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonymize this person?' });
    await dialog.getByText('This cannot be undone.').waitFor();
    const confirm = dialog.getByRole('button', { name: 'Anonymize for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(/^Reason for the anonymization/).fill('Asked to be forgotten on the phone');
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'anonymization dialog');
    await dialog.getByLabel('I understand that this cannot be undone').check();
    await confirm.click();
    await page.getByText('Anonymized file', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: /^ANON [0-9A-F]{8}$/ }).waitFor();
    await expectAccessible(page, 'privacy tab, anonymized');

    // Nobody finds her by name any more; the program's figures have not moved.
    await page.goto('/caseload?q=Samira');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await settled(page);
    expect(await page.getByText('Samira').count()).toBe(0);
    expect(await programFigures(page)).toEqual(before);
    await context.close();
  });

  it('shows the retention periods and the register of processing activities on a phone', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, {
      locale: 'en-GB',
      width: 375,
      height: 800,
    });
    await logInInEnglish(page, coordinator.email, 'Caseload');
    await page.goto('/privacy');
    await page.getByRole('heading', { level: 1, name: 'Data protection' }).waitFor();
    await page.getByRole('heading', { name: 'Register of processing activities' }).waitFor();
    await page.getByRole('heading', { name: 'Accompaniment toward employment' }).waitFor();
    // A coordinator reads the periods; directors and administrators change them.
    await page.getByText('Only directors and administrators change the periods.').waitFor();
    await expectAccessible(page, 'data protection page');
    await screenshotWidths(page, 'privacy-settings');
    await context.close();
  });
});
