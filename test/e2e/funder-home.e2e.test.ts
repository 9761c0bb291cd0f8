import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
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
  password,
  type SeededStaff,
  seedIprProgram,
  seedOccitanie,
  seedStaff,
} from './support/seed.js';

/**
 * The funder's home: a funder used to land on the caseload with a red "your role does not allow this
 * action" and a menu of pages it is refused. Now each role lands on its own home and its menu offers
 * only what it may open — the funder on its program's figures, a lender's loan officer on the fund,
 * a coordinator on the consortium's programs — and every page of the funder's menu opens without a
 * refusal and passes axe.
 */
let app: RunningApp;
let browser: Browser;
let funder: SeededStaff;
let coordinator: SeededStaff;
let loanOfficer: SeededStaff;
let program: { id: string };
let fundId: string;
const refusal = /Your role does not allow this action/;
// The program's English name, as the interface shows it in English.
const programNameEn = 'Professional integration of refugees';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'coord@ml-toulouse.test',
    'Inès Martin',
    'en',
  );
  funder = await seedStaff(app.db, toulouse.id, 'funder', 'funder@ml-toulouse.test', 'Paul Financeur', 'en');
  program = await seedIprProgram(app, coordinator.email, consortium.id, [
    { id: toulouse.id, target: 40 },
    { id: montpellier.id, target: 30 },
  ]);
  const lender = await givenOrganization(app.db, { name: 'Community Lender', kind: 'lender', country: 'US' });
  loanOfficer = await seedStaff(app.db, lender.id, 'director', 'officer@lender.test', 'Marcus Bell', 'en');
  const asOfficer = await apiAs(app.baseUrl, loanOfficer.email);
  fundId = (
    await asOfficer<{ id: string }>('POST', '/api/loan-funds', {
      name: 'Re-credentialing Loan Fund',
      currency: 'USD',
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Logs in from the log-in page, with no page asked for: the application chooses where to land. */
async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await settled(page);
}

/** The menu's entries, without the development outbox that only test and development servers have. */
async function menu(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  return (await links.allTextContents()).map((text) => text.trim()).filter((text) => text !== 'Outbox (dev)');
}

describe("each role's home", () => {
  it('the funder lands on its program figures, with a menu of what it may open, and no refusal anywhere', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, funder.email);
    expect(new URL(page.url()).pathname).toBe(`/programs/${program.id}`);
    await page.getByRole('heading', { level: 1, name: programNameEn }).waitFor();
    await page.getByRole('heading', { name: 'Progress against targets' }).waitFor();
    expect(await menu(page)).toEqual(['Programs', 'Loan funds']);
    expect(await page.getByText(refusal).count()).toBe(0);
    await expectAccessible(page, 'funder home: program figures');
    await screenshotWidths(page, 'funder-home-en');

    // Every entry of the menu opens without a red refusal.
    for (const entry of await menu(page)) {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: entry })
        .click();
      await page.getByRole('heading', { level: 1, name: entry }).waitFor();
      await settled(page);
      expect(await page.getByText(refusal).count(), entry).toBe(0);
      await expectAccessible(page, `funder: ${entry}`);
    }
    // The personal pages it is not offered stay refused by the server, as before.
    const caseload = await page.evaluate(() => fetch('/api/people?page=1').then((r) => r.status));
    expect(caseload).toBe(403);
    await context.close();
  });

  it("the lender's loan officer lands on the fund", async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, loanOfficer.email);
    expect(new URL(page.url()).pathname).toBe(`/loan-funds/${fundId}`);
    await page.getByRole('heading', { level: 1, name: 'Re-credentialing Loan Fund' }).waitFor();
    expect(await page.getByText(refusal).count()).toBe(0);
    expect(await menu(page)).toContain('Loan funds');
    await expectAccessible(page, 'lender home: the fund');
    await context.close();
  });

  it('the coordinator lands on the programs its consortium runs', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, coordinator.email);
    expect(new URL(page.url()).pathname).toBe('/programs');
    await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    await page.getByRole('link', { name: programNameEn }).waitFor();
    expect(await page.getByText(refusal).count()).toBe(0);
    expect((await menu(page)).sort()).toEqual(
      [
        'Caseload',
        'New person',
        'Outreach',
        'Partner network',
        'Front door',
        'Referrals',
        'Hand-offs',
        'Regions',
        'Relocation aid',
        'Programs',
        'Loan funds',
        'Sessions',
        'Agenda',
        'Meetings',
        'My tasks',
        'Employers',
        'Job offers',
        'Credential recognition',
        'Shared with us',
        'Duplicates to review',
        'Duplicates in the consortium',
        'Data protection',
      ].sort(),
    );
    await expectAccessible(page, 'coordinator home: programs');
    await context.close();
  });
});
