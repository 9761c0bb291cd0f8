import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
import { expectAccessible, launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { apiAs, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Explainable matching (issue 12), in Gironde, in French: a counselor opens a person's Employment tab,
 * reads why an offer fits (the same occupation as a past job, the language level, the distance), records
 * the person's mobility and sees the distance's reason change; then, on the offer's page, finds the person
 * among the people who fit it, with their consent to contact employers. Axe-clean, and at 375 px.
 */
let app: RunningApp;
let browser: Browser;
let ines: SeededStaff;
let personId = '';
let offerId = '';
const cook = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const bastide = await givenOrganization(app.db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
  });
  ines = await seedStaff(app.db, bastide.id, 'counselor', 'ines@bastide.test', 'Inès Lambert', 'fr');
  const api = await apiAs(app.baseUrl, ines.email);
  const table = await api<{ id: string }>('POST', '/api/employers', {
    name: 'La Table Ouverte',
    country: 'FR',
  });
  offerId = (
    await api<{ id: string }>('POST', '/api/offers', {
      employerId: table.id,
      title: 'Commis de cuisine',
      escoId: cook,
      contractType: 'cdi',
      hoursPerWeek: 35,
      language: { language: 'fr', scale: 'cefr', level: 'A2' },
      place: { postalCode: '33000', city: 'Bordeaux' },
    })
  ).id;
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: { givenName: 'Samir', familyName: 'Benali', city: 'Bordeaux', country: 'FR' },
      languages: [{ language: 'fr', scale: 'cefr', skill: 'overall', level: 'B1' }],
      experience: [{ occupationLabel: 'Cuisinier', escoId: cook }],
      consents: [{ purpose: 'contacting_employers', givenOn: '2026-01-05' }],
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a Gironde counselor and the best matches', () => {
  it('reads why an offer fits a person, records their wishes, and finds them from the offer', async () => {
    for (const width of [1280, 375]) {
      const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR', width });
      await page.goto('/login');
      await page.getByLabel('Adresse e-mail').fill(ines.email);
      await page.getByLabel(/^Mot de passe/).fill(password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));

      await page.goto(`/people/${personId}?tab=employment`);
      const offers = page.getByRole('region', { name: 'Meilleures offres' });
      await offers.getByRole('link', { name: 'Commis de cuisine' }).waitFor();
      await offers.getByText(/Même métier — Cuisinier \(expérience passée\)/).waitFor();
      await offers.getByText(/français : B1, A2 exigé/).waitFor();
      await offers.getByText(/Distances depuis Bordeaux/).waitFor();
      await expectAccessible(page, `best offers at ${width} px`);
      const wider = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(wider, `no sideways scroll at ${width} px`).toBe(false);

      if (width === 1280) {
        const wishes = page.getByRole('region', { name: 'Souhaits de recherche d’emploi' });
        await wishes.getByLabel(/Jusqu’où/).fill('10');
        await wishes.getByRole('button', { name: 'Enregistrer les souhaits' }).click();
        await page.getByText('Souhaits enregistrés').waitFor();
        await offers.getByText(/dans le rayon de 10 km/).waitFor();

        await page.goto(`/offers/${offerId}`);
        const people = page.getByRole('region', { name: 'Personnes correspondant à l’offre' });
        await people.getByRole('link', { name: 'Samir Benali' }).waitFor();
        await people.getByText('Consent à ce que des employeurs soient contactés').waitFor();
        await expectAccessible(page, 'best people for the offer');
      }
      await context.close();
    }
  });
});
