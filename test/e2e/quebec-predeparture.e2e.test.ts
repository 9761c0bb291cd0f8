import type { Browser } from 'playwright-core';
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
  settled,
  startApp,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 17, Emplois en régions, in French: Nadia Ben Salah, a CSQ holder still in Tunis, is on the
 * pre-departure track at PROMIS. Geneviève opens the Regionalization tab of her file: her regions,
 * three documents of six ready and her first appointment of the arrival week (at Montréal's time and
 * at Tunis's). She enrols Nadia in a coming online Info-Emploi presentation from the panel: its
 * meeting shows at both times with its link. Nadia's flight moved a week later: Geneviève moves the
 * arrival date, ticks the three documents left and saves; the first appointment is now to book, and
 * she books it from the panel, on a day of the new arrival week: Nadia is ready to leave. Every
 * screen passes axe, at 1280 and 375 px without sideways scrolling.
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

/** The day `days` after a 'YYYY-MM-DD' day. */
function dayAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the pre-departure track of a CSQ holder abroad', () => {
  it('shows what is missing, enrols her in a remote session, books her arrival-week appointment: ready to leave', async () => {
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
    // A coming online Info-Emploi presentation, enrolled from the panel: its meeting at both times, its link.
    await predeparture.getByText('Aucune séance à distance à venir.').waitFor();
    const enrol = predeparture.getByRole('button', { name: /^Inscrire la personne à Info-Emploi/ }).first();
    const title = ((await enrol.getAttribute('aria-label')) ?? '').replace('Inscrire la personne à ', '');
    await enrol.click();
    await predeparture.getByRole('link', { name: `Lien de la rencontre : ${title}` }).waitFor();
    await predeparture
      .getByText(`${title} : `, { exact: false })
      .filter({ hasText: 'pour la personne (Africa/Tunis)' })
      .waitFor();
    await expectAccessible(page, 'enrolled in a remote session');

    // The flight moved a week later: the appointment booked is no longer in the arrival week.
    const arrival = predeparture.getByLabel('Date d’arrivée prévue');
    const later = dayAfter(await arrival.inputValue(), 7);
    await arrival.fill(later);
    for (const name of [
      'Diplômes et leurs traductions',
      'Relevé du permis de conduire',
      'Carnet de vaccination',
    ])
      await predeparture.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await page.getByText('Révision 2', { exact: false }).first().waitFor();
    await page
      .getByText('premier rendez-vous à prendre dans la semaine d’arrivée', { exact: false })
      .waitFor();

    // Booked from the panel, on a weekday of the new arrival week at 10:00 (Montréal's clock).
    await predeparture.getByRole('button', { name: 'Prendre le premier rendez-vous' }).click();
    const dialog = page.getByRole('dialog', { name: /^Premier rendez-vous de la semaine d’arrivée/ });
    await dialog.getByRole('textbox', { name: 'Lieu ou adresse' }).fill('PROMIS, accueil du 3e étage');
    const startsAt = await dialog.getByLabel('Date et heure').inputValue();
    expect(startsAt > `${later}T`).toBe(true);
    expect(startsAt <= `${dayAfter(later, 6)}T23:59`).toBe(true);
    expect(startsAt.endsWith('T10:00')).toBe(true);
    await expectAccessible(page, 'first appointment of the arrival week');
    await dialog.getByRole('button', { name: 'Planifier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Prête à partir', { exact: false }).waitFor();
    await expectAccessible(page, 'ready to leave');

    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'regionalization plan at 375 px');
    await journey.context.close();
  });
});
