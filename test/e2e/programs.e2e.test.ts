import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { password, type SeededStaff, seedIprProgram, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
let counselor: SeededStaff;
let programName: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'coord@ml-toulouse.test',
    'Inès Coordination',
  );
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'camille@ml-toulouse.test', 'Camille Roux');
  const program = await seedIprProgram(app, coordinator.email, consortium.id, [
    { id: toulouse.id, target: 900 },
    { id: montpellier.id, target: 620 },
  ]);
  programName = program.name;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Each role lands on its home: the counselor on the caseload, the coordinator on the programs.
  await page.getByRole('heading', { level: 1, name: /^(File active|Programmes)$/ }).waitFor();
}

describe('program settings in the browser', () => {
  it('lets a coordinator read and change the rules, targets and referent of IPR, with progress against targets', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, coordinator.email);
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await expectAccessible(page, 'programs');
    await page.getByRole('link', { name: programName }).click();
    await page.getByRole('heading', { level: 1, name: programName }).waitFor();
    // Rules as sentences, from the server, in French.
    const rules = page.getByRole('region', { name: "Règles d'éligibilité" });
    expect(await rules.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await rules.textContent()).toMatch(/26/);
    // Targets per member and in total, and progress against them.
    const targets = page.getByRole('region', { name: 'Objectifs', exact: true });
    await targets.getByRole('cell', { name: 'Programme entier' }).waitFor();
    expect(await targets.getByRole('cell', { name: /^1\s520$/ }).count()).toBe(1);
    const progress = page.getByRole('region', { name: 'Avancement par rapport aux objectifs' });
    await progress.getByRole('table', { name: 'Réalisé et objectifs' }).waitFor();
    // Nobody enrolled two thirds into the three years: each target is behind, said in words.
    expect(
      await progress.getByRole('table', { name: 'Réalisé et objectifs' }).getByText('En retard').count(),
    ).toBe(3);
    // Each target's trajectory month by month, its figures in a table to open.
    const total = progress.getByRole('article', { name: /^Trajectoire : Programme entier/ });
    await total.getByText(/^0 sur 1\s520 personnes$/).waitFor();
    await total.getByText(/^Projection au rythme actuel : 0 au /).waitFor();
    await total.getByText('Afficher la trajectoire en tableau').click();
    const months = total.getByRole('table', { name: /^Mois par mois, Programme entier/ });
    expect(await months.getByRole('row').count()).toBe(1 + 36);
    await expectAccessible(page, 'program');
    await screenshotWidths(page, 'program-fr');

    // Change the age limit: the readable rule follows.
    await rules.getByRole('button', { name: 'Modifier' }).click();
    const years = rules.getByLabel('Années').first();
    await years.fill('27');
    await expectAccessible(page, 'rule editor');
    await rules.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(async () => rules.textContent()).toMatch(/27/);

    // Name the referent of this Mission Locale.
    const referents = page.getByRole('region', { name: 'Référents', exact: true });
    await referents
      .getByLabel('Référent pour Mission Locale Toulouse')
      .selectOption({ label: counselor.displayName });
    await referents.getByRole('button', { name: 'Enregistrer' }).click();
    await referents.getByText(`Mission Locale Toulouse : ${counselor.displayName}`).waitFor();
    await context.close();
  });

  it('shows the rules to a counselor without letting them change anything', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, counselor.email);
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('link', { name: programName }).click();
    await page.getByRole('heading', { level: 1, name: programName }).waitFor();
    expect(await page.getByRole('button', { name: 'Modifier' }).count()).toBe(0);
    await expectAccessible(page, 'program (counselor)');
    // The figures are for referents, coordinators and funders: not shown, rather than refused in red.
    expect(await page.getByText(/Votre rôle ne permet pas/).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Avancement par rapport aux objectifs' }).count()).toBe(0);
    await context.close();
  });
});
