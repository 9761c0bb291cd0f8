import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import {
  apiAs,
  password,
  type SeededStaff,
  seedIprProgram,
  seedOccitanie,
  seedStaff,
} from './support/seed.js';

/**
 * Repérage in a Mission Locale, in French: a counselor records a young man signalled by an asylum
 * housing centre, notes that she reached him, links the lead to his file once he is enrolled in the
 * IPR, and finds him counted in the program's repérage by source. Every page passes axe.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let programId: string;
let personId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  counselor = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
    'fr',
  );
  const coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'coord@ml-toulouse.test',
    'Inès Roux',
  );
  programId = (
    await seedIprProgram(app, coordinator.email, consortium.id, [
      { id: toulouse.id, target: 900 },
      { id: montpellier.id, target: 620 },
    ])
  ).id;
  // His file, opened at intake, and his enrolment: the scene the lead is linked to.
  const api = await apiAs(app.baseUrl, counselor.email);
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Samir',
        familyName: 'Haidari',
        birthDate: '2005-04-12',
        immigrationStatus: 'refugee',
      },
    })
  ).id;
  await api('POST', `/api/programs/${programId}/enrolments`, {
    personId,
    intake: { source: 'partner_referral' },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('repérage in a Mission Locale', () => {
  it('records a lead signalled by a CADA, an attempt, links it to the file and counts it by source', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(page, counselor.email, password);
    await page.getByRole('link', { name: 'Repérage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Repérage' }).waitFor();
    await page.getByText('Aucun contact ici.').waitFor();
    await expectAccessible(page, 'outreach list, empty');

    await page.getByRole('button', { name: 'Nouveau contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer un contact de repérage' });
    await dialog.getByRole('textbox', { name: 'Prénom' }).fill('Samir');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Haidari');
    await dialog.getByRole('textbox', { name: 'Téléphone' }).fill('+33 6 12 34 56 78');
    await dialog.getByRole('combobox', { name: 'Type de partenaire' }).selectOption('asylum_housing');
    await dialog.getByRole('textbox', { name: 'Partenaire' }).fill('CADA de Toulouse');
    await dialog.getByRole('combobox', { name: 'Programme visé' }).selectOption(programId);
    await expectAccessible(page, 'new lead dialog');
    await dialog.getByRole('button', { name: 'Enregistrer le contact' }).click();

    await page.getByRole('heading', { level: 1, name: 'Samir Haidari' }).waitFor();
    await page.getByText('CADA de Toulouse').waitFor();
    await page.getByText('Aucune tentative pour l’instant.').waitFor();
    await page.getByRole('checkbox', { name: 'La personne a répondu' }).check();
    await page.getByRole('button', { name: 'Enregistrer une tentative' }).click();
    const attempts = page.getByRole('list', { name: 'Tentatives, de la plus récente à la plus ancienne' });
    await attempts.getByText(/Appel · .* · Joint·e · par Camille Roux/).waitFor();
    await expectAccessible(page, 'lead with an attempt');

    // The intake opened from the lead starts from its name: nothing typed twice.
    await page.getByRole('link', { name: 'Ouvrir son dossier à l’accueil' }).click();
    const firstName = page.getByLabel(/^Prénom \(alphabet latin\)/);
    await firstName.waitFor();
    // The lead is read, then fills the form: wait for that state, not for a time.
    await expect.poll(() => firstName.inputValue(), { timeout: 15_000 }).toBe('Samir');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Samir Haidari' }).waitFor();
    // After a navigation the page's title takes the focus: typing in the picker before would lose it.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-page-title') === true);

    // Linked to his file, found by name in the picker.
    const picker = page.getByRole('combobox', { name: 'Personne' });
    await picker.fill('Samir');
    // Focused again if the list closed when the focus left it (a late focus of the title, under load).
    await picker.click();
    await page.getByRole('option', { name: /Samir Haidari/ }).click();
    await expect.poll(() => picker.inputValue()).toBe('Samir Haidari');
    await page.getByRole('button', { name: 'Relier à ce dossier' }).click();
    await page.getByText(/^Inscrit·e le /).waitFor();
    await page.getByRole('link', { name: 'Ouvrir le dossier' }).waitFor();
    await expectAccessible(page, 'lead enrolled');

    await page.goto(`/programs/${programId}`);
    const figures = page.getByRole('region', { name: 'Repérage par source' });
    const row = figures.getByRole('row', { name: /Signalé·e par un partenaire/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      '1',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      expect.stringMatching(/^100\s?%$/),
      expect.any(String),
    ]);
    // Beside repérage, the program's referrals and hand-offs (none between these organizations yet).
    const exchanges = page.getByRole('region', { name: 'Orientations entre structures' });
    await exchanges.getByText('Aucune orientation dans cette période.').waitFor();
    await exchanges.getByText('Aucun passage de relais dans cette période.').waitFor();
    await expectAccessible(page, 'program repérage');

    await page.goto('/outreach');
    await page.getByRole('heading', { level: 1, name: 'Repérage' }).waitFor();
    // The segmented control's radios are drawn by their labels: the label is what a person clicks.
    await page
      .locator('label')
      .filter({ hasText: /^Clos$/ })
      .click();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Clos' }).isChecked(), { timeout: 10_000 })
      .toBe(true);
    await page.getByRole('link', { name: 'Samir Haidari' }).waitFor();
    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'closed leads at 375 px');
    await context.close();
  });
});
