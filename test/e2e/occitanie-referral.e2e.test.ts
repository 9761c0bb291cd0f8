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
  startApp,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 16's referral, in the demo's Occitanie consortium, in French: Inès Moreau, counselor of a
 * partner association, refers Aya Haddad — whose consent names the Mission Locale de Toulouse and covers
 * her identity and her plan — to the Mission Locale, sharing both; Camille Martin (Toulouse) finds Aya in
 * "Orientations reçues", reads what the referral shares (never the status or the address), accepts, and
 * opens Aya's file at intake started from what was shared; the intake says discreetly that another member
 * organization follows a possible match (the Mission Locale de Montpellier's Aya), and once the file is
 * open Camille links the files across the consortium. The referral shows on the new file; Inès sees it
 * accepted. Every screen passes axe, and the inbox and the form work at 375 px.
 */
let app: RunningApp;
let browser: Browser;
let ayaId: string;
const ines = 'counselor.association@occitanie.demo';
const camille = 'counselor@occitanie.demo';

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  const asInes = await apiAs(app.baseUrl, ines, demoPassword);
  const found = await asInes<{ items: { id: string; givenName: string; familyName: string }[] }>(
    'GET',
    '/api/people?q=Aya%20Haddad&page=1',
  );
  const aya = found.items.find((p) => p.givenName === 'Aya' && p.familyName === 'Haddad');
  if (!aya) throw new Error('the demo has no Aya Haddad at the partner association');
  ayaId = aya.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a partner association refers a young person to the Mission Locale', () => {
  it('is sent under the consent, accepted by the Mission Locale, and the intake starts from what was shared', async () => {
    const sender = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(sender.page, ines, demoPassword);
    await sender.page.goto(`/people/${ayaId}?tab=referrals`);
    await sender.page.getByRole('heading', { level: 1, name: 'Aya Haddad' }).waitFor();
    await sender.page.getByText('Aucune orientation pour cette personne.').waitFor();
    await sender.page.getByRole('button', { name: 'Orienter cette personne' }).click();
    const form = sender.page.getByRole('region', { name: 'Orienter vers un partenaire' });
    await form
      .getByRole('combobox', { name: 'Structure' })
      .selectOption({ label: 'Mission Locale de Toulouse' });
    // Only what the consent covers is offered; the identity comes ticked.
    const sections = form.getByRole('group', { name: /Ce qui accompagne l’orientation/ });
    await sections.getByRole('checkbox', { name: 'Identité et coordonnées' }).waitFor();
    expect(await sections.getByRole('checkbox').count()).toBe(2);
    expect(await sections.getByRole('checkbox', { name: 'Identité et coordonnées' }).isChecked()).toBe(true);
    await sections.getByRole('checkbox', { name: 'Avancement du projet' }).check();
    await form.getByRole('combobox', { name: 'Objet de l’orientation' }).selectOption('youth_guidance');
    await form
      .getByRole('textbox', { name: 'Message à la structure' })
      .fill('Aya cherche une formation d’aide-soignante. Disponible le matin.');
    await expectAccessible(sender.page, 'referral form');
    await resizeTo(sender.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(sender.page);
    await resizeTo(sender.page, { width: 1280, height: 900 });
    await form.getByRole('button', { name: 'Envoyer l’orientation' }).click();
    const sentRow = sender.page.getByRole('row').filter({ hasText: 'Mission Locale de Toulouse' });
    await sentRow.getByText('En attente de réponse').waitFor();
    await expectAccessible(sender.page, 'person referrals');

    // Camille, at the Mission Locale, finds Aya in the inbox.
    const receiver = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(receiver.page, camille, demoPassword);
    await receiver.page.getByRole('link', { name: 'Orientations' }).click();
    await receiver.page.getByRole('heading', { level: 1, name: 'Orientations' }).waitFor();
    const inboxRow = receiver.page.getByRole('row').filter({ hasText: 'Aya Haddad' });
    await inboxRow.getByText('En attente de réponse').waitFor();
    await expectAccessible(receiver.page, 'referrals received');
    await resizeTo(receiver.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(receiver.page);
    await expectAccessible(receiver.page, 'referrals received at 375 px');
    await resizeTo(receiver.page, { width: 1280, height: 900 });

    await inboxRow.getByRole('link', { name: 'Aya Haddad' }).click();
    await receiver.page.getByRole('heading', { level: 1, name: 'Aya Haddad' }).waitFor();
    await receiver.page
      .getByText('Aya cherche une formation d’aide-soignante. Disponible le matin.')
      .waitFor();
    await receiver.page.getByRole('heading', { level: 2, name: 'Identité' }).waitFor();
    await receiver.page.getByRole('heading', { level: 2, name: 'Parcours' }).waitFor();
    expect(await receiver.page.getByText('Réfugié', { exact: false }).count()).toBe(0);
    await expectAccessible(receiver.page, 'referral received');

    await receiver.page.getByRole('button', { name: 'Accepter' }).click();
    await receiver.page.getByText('Acceptée', { exact: true }).waitFor();
    await receiver.page.getByRole('link', { name: 'Inscrire cette personne à l’accueil' }).click();
    const firstName = receiver.page.getByLabel(/^Prénom \(alphabet latin\)/);
    await firstName.waitFor();
    // The referral's shared identity is read, then fills the form: wait for that state, not for a time.
    await expect.poll(() => firstName.inputValue(), { timeout: 15_000 }).toBe('Aya');
    await expect
      .poll(() => receiver.page.getByLabel(/^Nom \(alphabet latin\)/).inputValue(), { timeout: 5_000 })
      .toBe('Haddad');
    await expectAccessible(receiver.page, 'intake from a referral');

    // The intake: the Mission Locale de Montpellier (and the association) follow a possible match —
    // said discreetly, nothing more — then the file opens, linked to the referral, and Camille links
    // the files across the consortium so that the figures count Aya once.
    const next = () => receiver.page.getByRole('button', { name: 'Suivant' }).click();
    const step = (name: string) => receiver.page.getByRole('heading', { level: 2, name }).waitFor();
    await next();
    await step('Dossiers existants');
    await receiver.page
      .getByText(/Une autre structure membre de votre consortium suit une personne/)
      .waitFor();
    await expectAccessible(receiver.page, 'intake: a match followed elsewhere');
    await next();
    await step('Coordonnées');
    await next();
    await step('Situation');
    await next();
    await step('Consentement');
    await receiver.page.getByLabel(/La personne consent au traitement de ses données/).check();
    await next();
    await step('Programme');
    await next();
    await receiver.page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await receiver.page.waitForURL(/\/people\/[0-9a-f-]{36}/);
    await receiver.page.getByRole('heading', { level: 1, name: 'Aya Haddad' }).waitFor();
    await receiver.page
      .getByText('Une correspondance possible est suivie par une autre structure membre.')
      .waitFor();
    await receiver.page.getByRole('button', { name: 'Même personne — lier les dossiers' }).click();
    await receiver.page.getByText(/Les dossiers sont liés/).waitFor();
    await expectAccessible(receiver.page, 'files linked across the consortium');
    // The referral is on the new file, received from the association.
    const fileUrl = new URL(receiver.page.url());
    await receiver.page.goto(`${fileUrl.pathname}?tab=referrals`);
    await receiver.page
      .getByRole('row')
      .filter({ hasText: 'Association Solidarité Jeunes Exilés Toulouse' })
      .getByText('Acceptée')
      .waitFor();

    // Inès sees it accepted.
    await sender.page.reload();
    await sentRow.getByText('Acceptée').waitFor();

    // The partner directory: the Mission Locale's services shared with the consortium, and one of hers.
    await sender.page.goto('/referrals?box=directory');
    await sender.page.getByRole('heading', { level: 1, name: 'Orientations' }).waitFor();
    const shared = sender.page.getByRole('article', { name: 'Cours de français langue étrangère (A1–B1)' });
    await shared.getByText('Partagé par Mission Locale de Toulouse').waitFor();
    await sender.page.getByRole('button', { name: 'Ajouter un service' }).click();
    const dialog = sender.page.getByRole('dialog', { name: 'Ajouter un service' });
    await dialog.getByRole('textbox', { name: 'Nom du service' }).fill('Permanence d’accès aux droits');
    await dialog.getByRole('combobox', { name: 'Thématique' }).selectOption('legal_aid');
    await dialog
      .getByRole('textbox', { name: 'Langues parlées (codes séparés par des virgules)' })
      .fill('fr, ar, ti');
    await expectAccessible(sender.page, 'directory service form');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await sender.page.getByRole('article', { name: 'Permanence d’accès aux droits' }).waitFor();
    await expectAccessible(sender.page, 'partner directory');
    await resizeTo(sender.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(sender.page);
    await sender.context.close();
    await receiver.context.close();
  });
});
