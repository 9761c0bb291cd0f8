import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/core/jobs/job-queue.js';
import { networkJobHandlers } from '../../src/modules/network/jobs.js';
import { givenOrganization } from '../support/fixtures.js';
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
import { apiAs, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Québec's biennial forum and bulletin, in French: the coordinator plans a convening open to public
 * registration, a professional registers on the public page (no account), the coordinator takes
 * attendance on the day; then a bulletin goes to the mailing list, and a subscriber unsubscribes with
 * the link of the e-mail, read from the development outbox. Every page passes axe.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, {
    name: 'PROMIS',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  coordinator = await seedStaff(
    app.db,
    promis.id,
    'coordinator',
    'isabelle@promis.test',
    'Isabelle Roy',
    'fr',
  );
  const api = await apiAs(app.baseUrl, coordinator.email);
  for (const email of ['lea@cegep.test', 'marc@mifi.test'])
    await api('POST', '/api/network/subscribers', {
      email,
      consentedOn: day(-10),
      consentSource: 'event',
      consentWording: "J'accepte de recevoir le bulletin par courriel.",
    });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the biennial forum and the bulletin', () => {
  it('plans a convening, takes a public registration and the attendance, sends a bulletin, honours an unsubscribe', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(page, coordinator.email, password);
    await page.getByRole('link', { name: 'Réseau partenaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réseau partenaires' }).waitFor();
    await page.getByText('Aucun partenaire ne correspond.').waitFor();
    await page.getByRole('link', { name: 'Rencontres' }).click();
    await page.getByText('Aucune rencontre pour le moment.').waitFor();
    await page.getByRole('button', { name: 'Nouvelle rencontre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planifier une rencontre' });
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Forum biennal de la régionalisation');
    await dialog.getByLabel('Début').fill(`${day(30)}T08:30`);
    await dialog.getByLabel('Fin').fill(`${day(30)}T16:00`);
    await dialog.getByRole('textbox', { name: 'Lieu' }).fill('Centre des congrès de Québec');
    await dialog.getByRole('textbox', { name: 'Capacité' }).fill('300');
    await expectAccessible(page, 'new convening dialog');
    await dialog.getByRole('button', { name: 'Planifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forum biennal de la régionalisation' }).waitFor();
    const publicLink = (await page.getByText(/\/rencontre\//).textContent())?.trim() as string;
    expect(publicLink).toMatch(/\/rencontre\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'convening without registrations');

    // A professional registers on the public page, with no account, on a phone.
    const visitor = await newJourney(browser, app.baseUrl, { locale: 'fr-FR', width: 375, height: 800 });
    await visitor.page.goto(new URL(publicLink).pathname);
    await visitor.page.getByRole('heading', { level: 1, name: /Inscription : Forum biennal/ }).waitFor();
    await visitor.page.getByText('300 places restantes').waitFor();
    await visitor.page.getByRole('textbox', { name: 'Votre nom' }).fill('Ahmad Karimi');
    await visitor.page.getByRole('textbox', { name: 'Votre courriel' }).fill('ahmad@accueil.test');
    await visitor.page
      .getByRole('textbox', { name: 'Votre organisation (facultatif)' })
      .fill('Accueil Rimouski');
    await visitor.page
      .getByRole('combobox', { name: "Type d'organisation (facultatif)" })
      .selectOption('association');
    await expectNoSidewaysScroll(visitor.page);
    await expectAccessible(visitor.page, 'public registration page');
    await visitor.page.getByRole('button', { name: "M'inscrire" }).click();
    await visitor.page.getByText('Merci : votre inscription est bien reçue. À bientôt !').waitFor();
    await expectAccessible(visitor.page, 'registration received');
    await visitor.context.close();

    // On the day, the coordinator marks him present.
    await page.reload();
    const row = page.locator('tr', { hasText: 'Ahmad Karimi' });
    await row.getByText('Accueil Rimouski').waitFor();
    await row.locator('label', { hasText: /^Présent$/ }).click();
    const present = page.locator('[data-count="present"]');
    await expect.poll(() => present.textContent(), { timeout: 15_000 }).toBe('1');
    await expectAccessible(page, 'convening with attendance');
    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await resizeTo(page, { width: 1280, height: 900 });

    // The bulletin, to the two subscribers.
    await page.getByRole('link', { name: 'Bulletin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bulletin' }).waitFor();
    await page.getByText('2 abonnés actifs, 0 désabonnés').waitFor();
    await page.getByRole('textbox', { name: 'Objet' }).fill('Bulletin de décembre');
    await page.getByRole('textbox', { name: 'Texte' }).fill('Le forum biennal aura lieu dans un mois.');
    await page.getByRole('button', { name: 'Envoyer à 2 abonnés' }).click();
    await page.getByText('Envoyer « Bulletin de décembre » à 2 abonnés maintenant ?').waitFor();
    await expectAccessible(page, 'bulletin about to be sent');
    await page.getByRole('button', { name: 'Envoyer à 2 abonnés' }).click();
    await page.getByRole('cell', { name: /^\d sur 2$/ }).waitFor();
    await runDueJobs(app.deps, networkJobHandlers, { limit: 10 });
    await expect.poll(() => app.mailer.to('lea@cegep.test').length, { timeout: 15_000 }).toBe(1);
    const mail = app.mailer.to('lea@cegep.test')[0];
    expect(mail?.subject).toBe('Bulletin de décembre');
    const link = mail?.text.match(/https?:\/\/\S+\/desabonnement\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, 'the e-mail carries its unsubscribe link').toBeDefined();

    // Léa unsubscribes with one click, no login.
    const reader = await newJourney(browser, app.baseUrl, { locale: 'fr-FR', width: 375, height: 800 });
    await reader.page.goto(new URL(link as string).pathname);
    await reader.page.getByRole('heading', { level: 1, name: 'Se désabonner du bulletin' }).waitFor();
    await reader.page.getByText('Le bulletin de PROMIS est envoyé à le•••@c•••.test.').waitFor();
    await expectAccessible(reader.page, 'unsubscribe page');
    await reader.page.getByRole('button', { name: 'Me désabonner' }).click();
    await reader.page.getByText('Vous ne recevrez plus le bulletin de PROMIS.').waitFor();
    await expectAccessible(reader.page, 'unsubscribed');
    await reader.context.close();

    await page.reload();
    await page.getByText('1 abonnés actifs, 1 désabonnés').waitFor();
    await expectAccessible(page, 'bulletin page after sending');
    await context.close();
  });
});
