import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siretWithKeys } from '../../src/modules/employers/domain/legal-identifier.js';
import { givenConsortium, givenOrganization } from '../support/fixtures.js';
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
 * The employers journey of issue 12, in Gironde (impulseR), in French: a counselor finds one of the
 * consortium's SIAE in the directory (a typo in its name, SIAE only), records the visit she made there
 * in its engagement history, and adds the hiring pledge its director made. Every screen passes axe, at
 * desktop width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let ines: SeededStaff;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const coordination = await givenOrganization(app.db, {
    name: 'impulseR Gironde — coordination',
    kind: 'siae',
  });
  const bastide = await givenOrganization(app.db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
  });
  const consortium = await givenConsortium(app.db, coordination.id, [bastide.id]);
  ines = await seedStaff(app.db, bastide.id, 'counselor', 'ines@bastide.test', 'Inès Lambert', 'fr');
  const api = await apiAs(app.baseUrl, ines.email);
  const create = (body: object) => api<{ id: string }>('POST', '/api/employers', { country: 'FR', ...body });
  const recyclerie = await create({
    name: 'Recyclerie des Graves',
    legalIdentifier: siretWithKeys('51234567', '0001'),
    sectorCode: '38.32Z',
    sectorLabel: 'Récupération de déchets triés',
    siae: true,
    siaeKind: 'ei',
    siaeConsortiumId: consortium.id,
    sharedWithConsortium: true,
  });
  await api('POST', `/api/employers/${recyclerie.id}/sites`, {
    name: 'Atelier de Gradignan',
    postalCode: '33170',
    city: 'Gradignan',
    headOffice: true,
  });
  await api('POST', `/api/employers/${recyclerie.id}/contacts`, {
    givenName: 'Sylvie',
    familyName: 'Darrieux',
    role: 'tutor',
    jobTitle: 'Encadrante technique',
  });
  await create({ name: 'Garonne Services Insertion', siae: true, siaeKind: 'ai' });
  await create({ name: 'Recyclage Graves Industrie', sectorCode: '38.32Z' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Nothing wider than the screen: the page scrolls vertically only (the message names what sticks out). */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}" ${Math.round(element.getBoundingClientRect().left)}–${Math.round(element.getBoundingClientRect().right)}`,
      );
  });
  expect(wider, name).toEqual([]);
}

describe('a Gironde counselor and the SIAE of the consortium', () => {
  it('finds an SIAE, records a visit in its history and adds a hiring pledge', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(ines.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The directory, from the menu; a typo in the name and the SIAE filter.
    await page.getByRole('link', { name: 'Employeurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Employeurs' }).waitFor();
    await page.locator('[data-employer="Recyclage Graves Industrie"]').waitFor();
    const search = page.getByRole('search', { name: 'Rechercher des employeurs' });
    await search.getByLabel('Afficher').selectOption({ label: 'Les SIAE seulement' });
    await page.waitForURL(/kind=siae/);
    await search.getByLabel('Nom ou identifiant').fill('recyclerie des grave');
    await page.waitForURL(/q=recyclerie/);
    const found = page.getByRole('list', { name: 'Employeurs trouvés' });
    await found.locator('[data-employer="Recyclerie des Graves"]').waitFor();
    await found.locator('[data-employer="Garonne Services Insertion"]').waitFor({ state: 'detached' });
    expect(await found.locator('[data-employer]').count()).toBe(1);
    await found
      .locator('[data-employer="Recyclerie des Graves"]')
      .getByText('SIAE · entreprise d’insertion')
      .waitFor();
    await expectAccessible(page, 'the directory, searched');

    await found.getByRole('link', { name: 'Recyclerie des Graves' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recyclerie des Graves' }).waitFor();
    const sites = page.getByRole('region', { name: 'Établissements' });
    await sites.getByText('Situé à Gradignan (Gironde)').waitFor();
    await expectAccessible(page, 'the employer');

    // The visit, in the engagement history.
    const history = page.getByRole('region', { name: 'Historique des relations' });
    await history.getByText('Aucun échange noté pour l’instant.').waitFor();
    await history.getByRole('button', { name: 'Noter un échange…' }).click();
    const record = page.getByRole('dialog', { name: 'Noter un échange' });
    await record.getByLabel('Nature de l’échange').selectOption({ label: 'Visite' });
    await record.getByLabel('Interlocuteur rencontré').selectOption({ label: 'Sylvie Darrieux' });
    await record
      .getByLabel(/Ce qui a été dit ou convenu/)
      .fill('Visite de l’atelier tri avec deux candidates ; deux postes d’agent de tri en janvier.');
    await expectAccessible(page, 'recording a visit');
    await record.getByRole('button', { name: 'Noter l’échange' }).click();
    await record.waitFor({ state: 'hidden' });
    const visit = history.locator('[data-engagement^="Visite de l’atelier tri"]');
    await visit.waitFor();
    expect(await visit.textContent()).toMatch(/Visite · avec Sylvie Darrieux.*Noté par Inès Lambert/s);

    // The hiring pledge.
    const commitments = page.getByRole('region', { name: 'Engagements' });
    await commitments.getByRole('button', { name: 'Ajouter un engagement…' }).click();
    const pledge = page.getByRole('dialog', { name: 'Nouvel engagement' });
    await pledge.getByLabel('Nature').selectOption({ label: 'Promesse d’embauches' });
    await pledge.getByLabel('Domaine').selectOption({ label: 'agriculture et espaces verts' });
    await pledge.getByLabel(/Nombre d’embauches/).fill('2');
    await expectAccessible(page, 'adding a pledge');
    await pledge.getByRole('button', { name: 'Enregistrer l’engagement' }).click();
    await pledge.waitFor({ state: 'hidden' });
    const made = commitments.locator(
      '[data-commitment="S’engage à 2 embauches en agriculture et espaces verts"]',
    );
    await made.waitFor();
    await made.getByText('Engagé', { exact: true }).waitFor();
    await expectAccessible(page, 'the employer with its visit and pledge');
    await screenshot(page, 'employer-1280');

    // The same page on a phone: nothing wider than the screen, still accessible.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    // The navigation slides away as the width crosses its breakpoint: wait until the page has the screen.
    await page.waitForFunction(
      () => (document.querySelector('[data-page-title]')?.getBoundingClientRect().left ?? 999) < 40,
    );
    await expectNoSidewaysScroll(page, 'the employer at 375 px');
    await expectAccessible(page, 'the employer at 375 px');
    await screenshot(page, 'employer-375');
    await page.getByRole('link', { name: '← Tous les employeurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Employeurs' }).waitFor();
    await page.locator('[data-employer="Recyclerie des Graves"]').waitFor();
    await expectNoSidewaysScroll(page, 'the directory at 375 px');
    await expectAccessible(page, 'the directory at 375 px');
    await screenshot(page, 'employers-375');
    await context.close();
  });
});
