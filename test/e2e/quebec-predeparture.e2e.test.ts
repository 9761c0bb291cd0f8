import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { demoPassword } from '../../src/demo/staff.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  logInInFrench,
  newJourney,
  type RunningApp,
  resizeTo,
  settled,
  startApp,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 17, Emplois en régions, in French: Nadia Ben Salah, a CSQ holder still in Tunis, is on the
 * pre-departure track at PROMIS. Geneviève opens the Regionalization tab of her file: her regions,
 * three documents of six ready and her first appointment of the arrival week (at Montréal's time and
 * at Tunis's); she ticks the three documents left and saves: Nadia is ready to leave. Every screen
 * passes axe, at 1280 and 375 px without sideways scrolling.
 */
let app: RunningApp;
let browser: Browser;
let personId: string;
const genevieve = 'counselor@quebec.demo';

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  const asGenevieve = await apiAs(app.baseUrl, genevieve, demoPassword);
  const found = await asGenevieve<{ items: { id: string; givenName: string; familyName: string }[] }>(
    'GET',
    `/api/people?q=${encodeURIComponent('Nadia Ben Salah')}`,
  );
  const nadia = found.items.find((p) => p.givenName === 'Nadia' && p.familyName === 'Ben Salah');
  if (!nadia) throw new Error('the demo has no Nadia Ben Salah at PROMIS');
  personId = nadia.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the pre-departure track of a CSQ holder abroad', () => {
  it('shows what is missing, and once the documents are ready says she is ready to leave', async () => {
    const journey = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    const page = journey.page;
    await logInInFrench(page, genevieve, demoPassword);
    await page.goto(`/people/${personId}?tab=regionalization`);
    await page.getByRole('heading', { level: 1, name: 'Nadia Ben Salah' }).waitFor();
    await page.getByRole('heading', { name: 'Plan de régionalisation' }).waitFor();
    await settled(page);
    await page.getByText('Pas encore prête', { exact: false }).waitFor();
    await page.getByText('documents à terminer (3 sur 6 prêts)', { exact: false }).waitFor();
    await page.getByText('pour la personne (Africa/Tunis)', { exact: false }).waitFor();
    await expectAccessible(page, 'regionalization plan');

    const predeparture = page.getByRole('region', { name: 'Prédépart (personne encore à l’étranger)' });
    for (const name of [
      'Diplômes et leurs traductions',
      'Relevé du permis de conduire',
      'Carnet de vaccination',
    ])
      await predeparture.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await page.getByText('Prête à partir', { exact: false }).waitFor();
    await page.getByText('Révision 2', { exact: false }).first().waitFor();
    await expectAccessible(page, 'ready to leave');

    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'regionalization plan at 375 px');
    await journey.context.close();
  });
});
