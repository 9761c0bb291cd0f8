import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
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
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Funder reports in the browser, over the demo's impulseR (twelve SIAE of Gironde, their participants,
 * entries and exits): the coordinator opens the program's reports, copies the steering committee's
 * template, adds a section "exits" broken down by member organization (SIAE), saves it, reads the new
 * section with the SIAE by name, opens the people behind a figure, and downloads the report as an
 * Excel workbook. Every screen passes axe, at desktop width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let programId: string;
const coordinator = 'coordinator@gironde.demo';

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  programId = (
    await app.db.selectFrom('programs').select('id').where('code', '=', 'IMPULSER').executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Waits until a drawer has finished sliding in (axe reads colours mid-transition otherwise). */
async function drawerOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = document.querySelector('[role="dialog"]');
    return (
      dialog !== null &&
      getComputedStyle(dialog).opacity === '1' &&
      ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(getComputedStyle(dialog).transform)
    );
  });
}

describe('funder reports: the impulseR coordinator', () => {
  it('copies the steering template, adds exits by SIAE, reads it and downloads it', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logInInFrench(page, coordinator, demoPassword);
    await page.goto(`/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: 'impulseR Gironde' }).waitFor();
    await page.getByRole('link', { name: 'Rapports aux financeurs' }).click();

    // The templates: the standard ones, each saying who it is for.
    await page.getByRole('heading', { level: 1, name: 'Rapports — impulseR Gironde' }).waitFor();
    const steering = page.getByRole('article', { name: 'impulseR — comité de pilotage' });
    await steering.getByText('Destinataires : Financeurs publics et fondations').waitFor();
    await expectAccessible(page, 'reports: templates');
    await steering.getByRole('link', { name: 'impulseR — comité de pilotage' }).click();

    // The standard report, its period the current calendar year.
    await page.getByRole('heading', { level: 1, name: 'impulseR — comité de pilotage' }).waitFor();
    await page.getByRole('heading', { name: 'Personnes accompagnées — Sexe' }).waitFor();
    await page.getByRole('heading', { name: 'Qualité des données' }).waitFor();
    await expectAccessible(page, 'reports: steering report');

    // Copied, the copy opens with its editor.
    await page.getByRole('button', { name: 'Copier ce modèle' }).click();
    await page.getByRole('heading', { level: 1, name: 'impulseR — comité de pilotage (copie)' }).waitFor();
    const editor = page.getByRole('region', { name: 'Modifier le modèle' });
    await editor.waitFor();
    await expectAccessible(page, 'reports: template editor');

    // A section "exits" from the catalogue, broken down by member organization.
    const add = editor.getByLabel('Ajouter un indicateur');
    await toMiddleOfWindow(add);
    await add.click();
    await add.fill('Sorties');
    await page.getByRole('option', { name: 'Sorties', exact: true }).click();
    await editor.getByRole('button', { name: 'Ajouter la rubrique' }).click();
    const breakdown = editor.getByLabel('Ventilation — Rubrique 7');
    await toMiddleOfWindow(breakdown);
    await breakdown.click();
    await page.getByRole('option', { name: 'Structure membre' }).click();
    expect(await breakdown.inputValue()).toBe('Structure membre');
    // Moved up one place, then saved as version 2.
    await editor.getByRole('button', { name: 'Monter la rubrique 7' }).click();
    expect(await editor.getByLabel('Ventilation — Rubrique 6').inputValue()).toBe('Structure membre');
    await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await page.getByText('Modèle enregistré (version 2).').waitFor();
    await editor.waitFor({ state: 'detached' });

    // The new section: exits by SIAE, each by its name, with the total.
    const section = page.getByRole('article', { name: 'Sorties — Structure membre' });
    await section.waitFor();
    const table = section.getByRole('table');
    const rows = await table.getByRole('rowheader').allTextContents();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.at(-1)).toBe('Total');
    // Member organizations by name, never by their ids.
    expect(rows.some((row) => /^[0-9a-f-]{36}$/.test(row))).toBe(false);
    await expectAccessible(page, 'reports: the copy with exits by SIAE');

    // Staff open the people behind a figure: the coordination follows nobody itself, so the people
    // the SIAE follow are counted, not named.
    const total = section
      .getByRole('button', { name: /^Voir les personnes derrière Sorties — Total/ })
      .first();
    const exits = Number((await total.textContent())?.replace(/\D/g, ''));
    await total.click();
    const drawer = page.getByRole('dialog', { name: /^Personnes concernées : Sorties — Total/ });
    await drawer.waitFor();
    await drawerOpened(page);
    await drawer.getByText(/suivies? par d’autres structures membres/).waitFor();
    const others = Number((await drawer.getByText(/suivies? par d’autres/).textContent())?.match(/\d+/)?.[0]);
    expect(others + (await drawer.locator('a[href^="/people/"]').count())).toBe(exits);
    await expectAccessible(page, 'reports: people behind the exits');
    await drawer.getByRole('button', { name: 'Fermer la liste' }).click();
    await drawer.waitFor({ state: 'detached' });

    // The director saves the copy meanwhile, from elsewhere: the coordinator's save is refused with
    // the reason, and the reload brings the director's version into the editor, saved on top of it.
    const copyRef = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('button', { name: 'Modifier le modèle' }).click();
    await editor.waitFor();
    const director = await apiAs(app.baseUrl, 'director@gironde.demo', demoPassword);
    const { items } = await director<{ items: { ref: string; version: number; definition: object }[] }>(
      'GET',
      `/api/programs/${programId}/report-templates`,
    );
    const saved = items.find((item) => item.ref === copyRef);
    expect(saved?.version).toBe(2);
    await director('PUT', `/api/programs/${programId}/report-templates/${copyRef}`, {
      version: 2,
      definition: { ...saved?.definition, audience: { fr: 'Comité de pilotage 2026', en: 'Steering 2026' } },
    });
    await editor.getByLabel('Destinataires (français)').fill('Le comité');
    await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await editor.getByText("Quelqu'un a enregistré ce modèle entre-temps.", { exact: false }).waitFor();
    await expectAccessible(page, 'reports: a save refused, the template changed meanwhile');
    await editor.getByRole('button', { name: 'Recharger le modèle' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((input) => input.value === 'Comité de pilotage 2026'),
    );
    await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await page.getByText('Modèle enregistré (version 4).').waitFor();
    await editor.waitFor({ state: 'detached' });

    // The workbook: a plain link to the file route, with the period shown and the interface's language.
    const excel = page.getByRole('link', { name: 'Télécharger le rapport au format Classeur Excel' });
    const href = (await excel.getAttribute('href')) as string;
    expect(href).toMatch(/\/file\?from=\d{4}-01-01&to=\d{4}-12-31&format=xlsx&lang=fr$/);
    const head = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, href);
    expect(head).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = readFileSync((await download.path()) as string);
    const sheets = await readXlsxFile(workbook);
    expect(sheets.length).toBeGreaterThan(1);

    // On a phone: nothing scrolls sideways but the tables in their own box.
    await resizeTo(page, { width: 375, height: 800 });
    await section.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'reports: the copy at 375 px');
    await screenshotWidths(page, 'reports-impulser-fr');
    await context.close();
  });
});
