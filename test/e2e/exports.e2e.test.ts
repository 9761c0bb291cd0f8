import type { Browser } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

/**
 * A coordinator filters her caseload and exports it: the browser saves the Excel workbook the server
 * names, with the people of the filter as typed rows and their immigration status; the sessions list
 * offers its own export. Accessibility is checked with the export buttons on screen.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'ines@ml-toulouse.test',
    'Inès Garcia',
    'en',
  );
  const api = await apiAs(app.baseUrl, coordinator.email);
  for (const [givenName, familyName, immigrationStatus] of [
    ['Amina', 'Haddad', 'refugee'],
    ['Bilal', 'Karimi', 'asylum_seeker'],
    ['Chen', 'Wei', 'work_permit'],
  ])
    await api('POST', '/api/people', {
      identity: { givenName, familyName, birthDate: '2001-04-05', immigrationStatus },
    });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('exporting a list', () => {
  it('saves the filtered caseload as an Excel workbook the browser keeps', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, coordinator.email, 'Caseload');
    await page.goto('/caseload?q=karimi');
    await page.locator('[data-person-row="Bilal Karimi"]').waitFor();
    await expectAccessible(page, 'caseload with its export buttons');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export this list: Excel workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^caseload-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = await download.path();
    const [header, ...rows] = (await readSheet(path)) as unknown[][];
    expect(header?.slice(0, 2)).toEqual(['Family name', 'Given name']);
    expect(rows.map((r) => r[0])).toEqual(['Karimi']);
    expect(rows[0]?.[header!.indexOf('Immigration status')]).toBe('asylum_seeker');
    expect(rows[0]?.[header!.indexOf('Birth date')]).toEqual(new Date(Date.UTC(2001, 3, 5)));

    await page.goto('/sessions');
    await page.getByRole('link', { name: 'Export this list: CSV file' }).waitFor();
    await context.close();
  });
});
