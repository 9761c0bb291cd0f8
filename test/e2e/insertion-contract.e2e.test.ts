import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInZone } from '../../src/core/time-zone.js';
import { addDays } from '../../src/modules/placements/domain/contract-rules.js';
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
 * The insertion-contract journey of issue 12, in Gironde (impulseR), in French: a referent records the
 * insertion contract a participant signed with an SIAE of the directory, sees that it ends within the
 * alert window (on the contract and in the caseload), and renews it; the alert goes away. Every screen
 * passes axe, at desktop width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let lea: SeededStaff;
let personId: string;
// The alert counts days in the organization's zone: near midnight UTC, Paris is already tomorrow.
const today = dayInZone(new Date(), 'Europe/Paris');
const plannedEnd = addDays(today, 20);
const renewedEnd = addDays(today, 200);

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const bastide = await givenOrganization(app.db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
    timeZone: 'Europe/Paris',
  });
  lea = await seedStaff(app.db, bastide.id, 'counselor', 'lea@bastide.test', 'Léa Castaing', 'fr');
  const api = await apiAs(app.baseUrl, lea.email);
  await api('POST', '/api/employers', {
    name: 'Recyclerie des Graves',
    country: 'FR',
    siae: true,
    siaeKind: 'ei',
  });
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: { givenName: 'Moussa', familyName: 'Diallo', referentUserId: lea.userId },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a Gironde referent and an insertion contract', () => {
  it('records the contract, sees its end alert, and renews it', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(lea.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`/people/${personId}?tab=employment`);
    const section = page.getByRole('region', { name: 'Embauches et contrats de travail' });
    await section.getByText('Aucun contrat enregistré.').waitFor();
    await section.getByText('Alerte 30 jours avant la fin d’un contrat.').waitFor();
    await expectAccessible(page, 'the employment tab');

    // The contract, as signed.
    await section.getByRole('button', { name: 'Enregistrer un contrat…' }).click();
    const form = page.getByRole('dialog', { name: 'Enregistrer un contrat' });
    await form.getByLabel('Employeur').selectOption({ label: 'Recyclerie des Graves' });
    await form.getByLabel(/^Intitulé du poste/).fill('Agent de tri');
    await form.getByLabel('Contrat', { exact: true }).selectOption({ label: 'Contrat d’insertion en SIAE' });
    await form.getByLabel('Temps de travail').selectOption({ label: 'Temps partiel' });
    await form.getByLabel('Heures par semaine').fill('26');
    await form.getByLabel(/^Salaire brut/).fill('11,88');
    await form.getByLabel('Par', { exact: true }).selectOption({ label: 'de l’heure' });
    await form.getByLabel(/^Date de début/).fill(addDays(today, -160));
    await expectAccessible(page, 'recording a contract');
    // Without its planned end, an insertion contract is refused, the field named.
    await form.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    await form.getByText('Un contrat à durée déterminée a une fin prévue.').waitFor();
    await form.getByLabel(/^Fin prévue/).fill(plannedEnd);
    await form.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    await form.waitFor({ state: 'hidden' });

    const contract = section.getByRole('article', { name: 'Agent de tri — Recyclerie des Graves' });
    await contract.getByText('En cours').waitFor();
    await contract.getByText(/Se termine dans 20 jours/).waitFor();
    expect(await contract.textContent()).toMatch(/11,88\s€ de l’heure/);
    await expectAccessible(page, 'the contract with its end alert');
    await screenshot(page, 'insertion-contract-alert-1280');

    // The caseload shows the alert too.
    await page.goto('/caseload');
    const row = page.getByRole('row', { name: /Diallo/ });
    await row.getByText('Fin de contrat proche').waitFor();
    await expectAccessible(page, 'the caseload with the alert');

    // Renewed: the term moves and the alert goes away.
    await page.goto(`/people/${personId}?tab=employment`);
    await contract.getByText(/Se termine dans 20 jours/).waitFor();
    await contract.getByRole('button', { name: 'Modifier le contrat chez Recyclerie des Graves' }).click();
    await page.getByRole('menuitem', { name: 'Renouveler…' }).click();
    const renew = page.getByRole('dialog', { name: 'Renouveler le contrat' });
    await renew.getByLabel(/^Nouvelle fin prévue/).fill(renewedEnd);
    await expectAccessible(page, 'renewing');
    await renew.getByRole('button', { name: 'Renouveler' }).click();
    await renew.waitFor({ state: 'hidden' });
    await contract.getByText(/^Renouvelé le .* jusqu’au /).waitFor();
    await contract.getByText(/Se termine dans/).waitFor({ state: 'detached' });
    await expectAccessible(page, 'the renewed contract');

    // On a phone.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-page-title]')?.getBoundingClientRect().left ?? 999) < 40,
    );
    const wider = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(wider).toBe(false);
    await expectAccessible(page, 'the contract at 375 px');
    await screenshot(page, 'insertion-contract-375');
    await context.close();
  });
});
