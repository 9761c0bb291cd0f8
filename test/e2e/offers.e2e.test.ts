import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siretWithKeys } from '../../src/modules/employers/domain/legal-identifier.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The job offers journey of issue 12, in Gironde, in French: a counselor records an offer of an
 * employer from its page, reads it (its occupation with the ROME equivalent), marks it filled, finds
 * it in the offers list by status and place, then imports a file of employers and offers — a dry run
 * that refuses a row, then the corrected file imported. Every screen passes axe, at desktop width and
 * on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let ines: SeededStaff;
let recyclerieId = '';
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
  recyclerieId = (
    await api<{ id: string }>('POST', '/api/employers', {
      name: 'Recyclerie des Graves',
      country: 'FR',
      legalIdentifier: siretWithKeys('51234567', '0001'),
    })
  ).id;
  await api('POST', `/api/employers/${recyclerieId}/sites`, {
    name: 'Atelier de Gradignan',
    postalCode: '33170',
    city: 'Gradignan',
    headOffice: true,
  });
  const table = await api<{ id: string }>('POST', '/api/employers', {
    name: 'La Table Ouverte',
    country: 'FR',
  });
  await api('POST', '/api/offers', {
    employerId: table.id,
    title: 'Commis de cuisine',
    escoId: cook,
    contractType: 'cdi',
    hoursPerWeek: 35,
    place: { postalCode: '33000', city: 'Bordeaux' },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function expectNoSidewaysScroll(page: Page, name: string) {
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`);
  });
  expect(wider, name).toEqual([]);
}

const header =
  'legal_identifier;employer_name;country;offer_title;contract_type;contract_months;hours_per_week;postal_code;city';
const fileOf = (rows: string[]) => ({
  name: 'offres.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`),
});

describe('a Gironde counselor and the job offers', () => {
  it('records an offer, marks it filled, finds it, and imports a file of offers', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(ines.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // From the employer's page: a new offer at its site.
    await page.goto(`/employers/${recyclerieId}`);
    await page.getByRole('heading', { level: 1, name: 'Recyclerie des Graves' }).waitFor();
    const section = page.getByRole('region', { name: 'Offres d’emploi' });
    await section.getByText('Aucune offre enregistrée pour cet employeur.').waitFor();
    await section.getByRole('button', { name: 'Nouvelle offre…' }).click();
    const form = page.getByRole('dialog', { name: 'Nouvelle offre d’emploi' });
    await form.getByLabel(/^Intitulé/).fill('Agent de tri');
    await form.getByLabel('Site de l’employeur').selectOption({ label: 'Atelier de Gradignan — Gradignan' });
    await form.getByLabel('Contrat', { exact: true }).selectOption({ label: 'Contrat d’insertion en SIAE' });
    await form.getByLabel(/^Durée en mois/).fill('6');
    await form.getByLabel(/^Heures par semaine/).fill('26');
    await form.getByLabel(/^Salaire à partir de/).fill('1 182,00');
    await form.getByLabel('Par', { exact: true }).selectOption({ label: 'par mois' });
    await expectAccessible(page, 'the offer form');
    await form.getByRole('button', { name: 'Enregistrer l’offre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agent de tri' }).waitFor();
    const terms = page.getByRole('region', { name: 'Conditions' });
    await terms.getByText('Contrat d’insertion en SIAE · 6 mois · Temps plein').waitFor();
    await terms.getByText(/1\s182\sà partir de|à partir de 1\s182/).waitFor();
    await terms.getByText('Atelier de Gradignan · Gradignan').waitFor();
    await expectAccessible(page, 'the offer');

    // Filled, then found among the filled offers of Gradignan.
    await page
      .getByRole('region', { name: 'Changer le statut' })
      .getByRole('button', { name: 'Marquer pourvue' })
      .click();
    await page
      .getByRole('region', { name: 'Changer le statut' })
      .getByRole('button', { name: 'Rouvrir' })
      .waitFor();
    await page.getByRole('link', { name: 'Offres d’emploi' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi' }).waitFor();
    const search = page.getByRole('search', { name: 'Chercher des offres' });
    await search.getByLabel('Statut').selectOption({ label: 'Pourvue' });
    await search.getByLabel(/^Lieu/).fill('gradi');
    await page.waitForURL(/place=gradi/);
    const found = page.getByRole('list', { name: 'Offres trouvées' });
    await found.locator('[data-offer="Agent de tri"]').waitFor();
    await found.locator('[data-offer="Commis de cuisine"]').waitFor({ state: 'detached' });
    await expectAccessible(page, 'the offers, filtered');

    // The cook's offer names its occupation in French with its ROME equivalent.
    await search.getByLabel('Statut').selectOption({ label: 'Tous les statuts' });
    await search.getByLabel(/^Lieu/).fill('');
    await page.getByRole('link', { name: 'Commis de cuisine' }).click();
    const occupation = page.getByRole('region', { name: 'Métier' });
    await occupation
      .getByText(/cuisinier/i)
      .first()
      .waitFor();
    await occupation.getByRole('cell', { name: 'ROME (en France)' }).first().waitFor();
    await expectAccessible(page, 'an offer with its equivalents');

    // The import: a dry run refuses a row (a CDD without its length); the corrected file goes in.
    await page.getByRole('link', { name: '← Toutes les offres' }).click();
    await page.getByRole('link', { name: 'Importer un fichier…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des employeurs et des offres' }).waitFor();
    const newSiret = siretWithKeys('61234567', '0001');
    await page
      .getByLabel(/^Fichier/)
      .setInputFiles(fileOf([`${newSiret};Jardins de Créon;FR;Maraîcher;cdd;;26;33670;Créon`]));
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.getByRole('region', { name: 'Ce que ferait l’import' });
    await report.getByText(/lignes refusées : 1/).waitFor();
    await report.getByText(/Colonne contract_months/).waitFor();
    await expect(report.getByRole('button', { name: /^Importer/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'a dry run with a refused row');

    await page
      .getByLabel(/^Fichier/)
      .setInputFiles(fileOf([`${newSiret};Jardins de Créon;FR;Maraîcher;cdd;4;26;33670;Créon`]));
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await report.getByRole('button', { name: 'Importer la ligne' }).click();
    const done = page.getByRole('region', { name: 'Import effectué' });
    await done.getByRole('link', { name: 'Maraîcher' }).waitFor();
    await expectAccessible(page, 'the import done');
    await screenshot(page, 'offers-import-1280');

    // On a phone.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-page-title]')?.getBoundingClientRect().left ?? 999) < 40,
    );
    await expectNoSidewaysScroll(page, 'the import at 375 px');
    await expectAccessible(page, 'the import at 375 px');
    await done.getByRole('link', { name: 'Maraîcher' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maraîcher' }).waitFor();
    await expectNoSidewaysScroll(page, 'an offer at 375 px');
    await expectAccessible(page, 'an offer at 375 px');
    await screenshot(page, 'offer-375');
    await context.close();
  });
});
