import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/demo/staff.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  logInInFrench,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshotWidths,
  settled,
  startApp,
} from './support/harness.js';

/**
 * A funder of the IPR (the demo's Occitanie, its five Missions Locales) opens the program's annual
 * report from its home: the aggregates only — no figure opens on people, no link to a person's file
 * anywhere on the page, small groups hidden as such ("< 10", never 0) — and the route of the people
 * behind a figure answers 404 when the funder's page asks it.
 */
let app: RunningApp;
let browser: Browser;
let programId: string;
const funder = 'funder@occitanie.demo';
const programNameFr = 'Intégration professionnelle des réfugiés (IPR) — Occitanie';

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  programId = (
    await app.db.selectFrom('programs').select('id').where('code', '=', 'IPR-OCC').executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every link of the page that leads to a person, and every button that would open people. */
async function waysToPeople(page: Page): Promise<{ links: number; buttons: number }> {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll('a[href]')].filter((a) =>
      /\/people\//.test(a.getAttribute('href') ?? ''),
    ).length,
    buttons: [...document.querySelectorAll('button')].filter((b) =>
      /personnes (derrière|du dénominateur)|à corriger/i.test(
        `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`,
      ),
    ).length,
  }));
}

describe('funder reports: a funder of the IPR', () => {
  it('reads its annual report from its home, with no way to a person and small groups hidden', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logInInFrench(page, funder, demoPassword);
    // The funder's home is its program's figures; the reports are one link away.
    expect(new URL(page.url()).pathname).toBe(`/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: programNameFr }).waitFor();
    await page.getByRole('link', { name: 'Rapports aux financeurs' }).click();
    await page.getByRole('heading', { level: 1, name: `Rapports — ${programNameFr}` }).waitFor();
    await expectAccessible(page, 'funder: report templates');
    // A funder copies nothing.
    await page.getByRole('link', { name: 'IPR — rapport annuel' }).click();
    await page.getByRole('heading', { level: 1, name: 'IPR — rapport annuel' }).waitFor();
    await page.getByText('Vue financeur : chiffres agrégés seulement, petits effectifs masqués.').waitFor();
    const byMember = page.getByRole('article', { name: 'Personnes accompagnées — Structure membre' });
    await byMember.getByRole('table').waitFor();
    await page.getByRole('heading', { name: 'Qualité des données' }).waitFor();
    expect(await page.getByRole('button', { name: 'Copier ce modèle' }).count()).toBe(0);

    // No way to a person: no drill-down button, no link to a file anywhere on the page.
    expect(await waysToPeople(page)).toEqual({ links: 0, buttons: 0 });
    // A small group is hidden as such, with its reason for screen readers; never as 0.
    const hidden = page.getByText(/^<\s10$/);
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await page.getByText(/masqué : un groupe aussi petit/).count()).toBeGreaterThan(0);
    await page
      .getByText(/« <\s10 » signale un chiffre masqué/)
      .first()
      .waitFor();
    await expectAccessible(page, 'funder: the IPR annual report');

    // The people behind a figure, asked from the funder's page, do not exist for it.
    const statuses = await page.evaluate(
      async ({ programId }) => {
        const base = `/api/programs/${programId}/reports/ipr_annual/people`;
        const ask = (query: string) => fetch(`${base}?${query}`).then((response) => response.status);
        return [await ask('section=0'), await ask('section=1&part=value'), await ask('check=missing_sex')];
      },
      { programId },
    );
    expect(statuses).toEqual([404, 404, 404]);

    // The previous period is one button away, and stays without a way to people.
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await page.waitForURL((url) => url.searchParams.has('from'));
    await settled(page);
    await byMember.waitFor();
    expect(await waysToPeople(page)).toEqual({ links: 0, buttons: 0 });

    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'funder: the report at 375 px');
    await screenshotWidths(page, 'reports-funder-fr');
    await context.close();
  });
});
