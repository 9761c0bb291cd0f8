import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenStaff } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { password, type SeededStaff, seedIprProgram, seedOccitanie, seedStaff } from './support/seed.js';

/**
 * The intake that prevents mistakes: a Mission Locale counselor types a young man's name as the
 * French write it and in Cyrillic; the file the team opened months ago under another spelling comes
 * up before a second one is created. A 27-year-old cannot be enrolled in IPR by the counselor (and
 * nothing is saved); the program referent enrols him with a written justification, in one save.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let referent: SeededStaff;
let programName: string;
let existingId: string;

const isoDateYearsAgo = (years: number, extraMonths = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - extraMonths);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'camille@ml-toulouse.test', 'Camille Roux');
  referent = await seedStaff(app.db, toulouse.id, 'program_referent', 'ref@ml-toulouse.test', 'Rémi Ferrand');
  const coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'coord@ml-toulouse.test',
    'Inès C.',
  );
  programName = (
    await seedIprProgram(app, coordinator.email, consortium.id, [
      { id: toulouse.id, target: 900 },
      { id: montpellier.id, target: 620 },
    ])
  ).name;
  const colleague = await givenStaff(app.db, toulouse.id, 'counselor');
  existingId = (
    await createPerson(app.deps)(colleague, {
      identity: {
        givenName: 'Oleksandr',
        familyName: 'Shevchenko',
        givenNameOriginal: 'Олександр',
        familyNameOriginal: 'Шевченко',
        birthDate: isoDateYearsAgo(21, 3),
      },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('link', { name: 'Nouvelle personne' }).waitFor();
}

const next = (page: Page) => page.getByRole('button', { name: 'Suivant' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
const peopleCount = async () =>
  Number(
    (
      await app.db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Identity, then the existing-files step (waits for its answer), as far as the program step. */
async function typeYoungMan(page: Page, person: { first: string; last: string; birthDate: string }) {
  await page.getByRole('link', { name: 'Nouvelle personne' }).click();
  await heading(page, 'Identité');
  await page.getByLabel(/^Prénom \(alphabet latin\)/).fill(person.first);
  await page.getByLabel(/^Nom \(alphabet latin\)/).fill(person.last);
  await page.getByLabel(/^Date de naissance/).fill(person.birthDate);
  await page.getByLabel('Nationalité').selectOption({ label: 'Soudan' });
  await next(page);
  await heading(page, 'Dossiers existants');
  await page.getByText('Aucun dossier de votre structure ne ressemble à cette personne.').waitFor();
  await next(page);
  await heading(page, 'Coordonnées');
  await page.getByLabel('Pays de résidence').selectOption({ label: 'France' });
  await page.getByLabel('Ville').fill('Toulouse');
  await next(page);
  await heading(page, 'Situation');
  await page.getByLabel('Statut administratif').selectOption('refugee');
  await next(page);
  await heading(page, 'Consentement');
  // Without the consent the file cannot be opened.
  await next(page);
  await page.getByText('Le dossier ne peut être ouvert qu’avec ce consentement.').waitFor();
  await page.getByLabel(/La personne consent au traitement de ses données/).check();
  await next(page);
  await heading(page, 'Programme');
  await page.getByLabel('Choisir un programme').selectOption({ label: programName });
  await page.getByLabel(/^Comment la personne a-t-elle été repérée/).selectOption('partner_referral');
}

describe('intake: an existing file found before creating, and enrolment only where allowed', () => {
  it('finds the file written in another script, refuses an ineligible enrolment, lets the referent override', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, counselor.email);

    // 1. The name as the French write it, and in Cyrillic: the file opened as "Oleksandr Shevchenko".
    await page.getByRole('link', { name: 'Nouvelle personne' }).click();
    await heading(page, 'Identité');
    await page.getByLabel(/^Prénom \(alphabet latin\)/).fill('Alexandre');
    await page.getByLabel(/^Nom \(alphabet latin\)/).fill('Chevtchenko');
    await page.getByLabel(/^Prénom \(écriture d’origine\)/).fill('Олександр');
    await page.getByLabel(/^Nom \(écriture d’origine\)/).fill('Шевченко');
    await page.getByLabel(/^Date de naissance/).fill(isoDateYearsAgo(21, 3));
    await expectAccessible(page, 'intake: identity');
    await next(page);
    await heading(page, 'Dossiers existants');
    const existing = page.getByRole('link', { name: 'Ouvrir le dossier de Oleksandr Shevchenko' });
    await existing.waitFor();
    await page.getByText(/Ressemblance : nom, date de naissance/).waitFor();
    await expectAccessible(page, 'intake: possible duplicates');
    await screenshotWidths(page, 'intake-duplicates-fr');
    await existing.click();
    await page.waitForURL(new RegExp(`/people/${existingId}`));
    await page.getByRole('heading', { level: 1, name: /Oleksandr Shevchenko/ }).waitFor();
    expect(await peopleCount()).toBe(1);

    // On his file, the enrol panel: his status is not recorded, so the rules cannot all be checked and
    // the enrol button stays disabled; how he was found is marked required.
    await page.goto(`/people/${existingId}?tab=enrolments`);
    await page.getByRole('button', { name: 'Inscrire dans un programme' }).click();
    await page.getByLabel('Choisir un programme').selectOption({ label: programName });
    await page.getByRole('heading', { level: 3, name: /^Éligibilité impossible à établir/ }).waitFor();
    expect(await page.getByRole('button', { name: `Inscrire dans ${programName}` }).isDisabled()).toBe(true);
    expect(
      await page.getByLabel(/^Comment la personne a-t-elle été repérée/).getAttribute('required'),
    ).not.toBeNull();
    await expectAccessible(page, 'enrol panel: incomplete');

    // 2. A 27-year-old refugee: not eligible to IPR, and the counselor cannot go on with it.
    await typeYoungMan(page, { first: 'Youssef', last: 'Karimi', birthDate: isoDateYearsAgo(27, 1) });
    await page.getByRole('heading', { level: 3, name: 'Non éligible' }).waitFor();
    expect(await page.locator('[data-outcome="failed"]').first().textContent()).toMatch(/27/);
    await page.getByText(/La personne ne peut pas être inscrite dans ce programme/).waitFor();
    expect(await page.getByRole('button', { name: 'Suivant' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'intake: not eligible (counselor)');
    // Nothing was saved on the way: no file for him.
    expect(await peopleCount()).toBe(1);
    // Without a program, the file can still be opened; here the counselor leaves it to the referent.
    await context.close();

    // 3. The referent enrols him by override, with a justification, in one save.
    const second = await newJourney(browser, app.baseUrl);
    await logIn(second.page, referent.email);
    await typeYoungMan(second.page, { first: 'Youssef', last: 'Karimi', birthDate: isoDateYearsAgo(27, 1) });
    await second.page.getByRole('heading', { level: 3, name: 'Non éligible' }).waitFor();
    const justification = second.page.getByLabel(/^Inscrire malgré les règles/);
    await justification.fill('Trop court');
    await next(second.page);
    await second.page.getByText('Au moins 20 caractères.').waitFor();
    await justification.fill('Orienté par le CADA avant ses 26 ans ; accord du financeur du 3 mars.');
    await expectAccessible(second.page, 'intake: override (referent)');
    await next(second.page);
    await heading(second.page, 'Confirmation');
    await second.page.getByText(`Sera inscrit·e dans ${programName} par dérogation`).waitFor();
    await second.page.getByRole('cell', { name: 'Soudan' }).waitFor();
    await expectAccessible(second.page, 'intake: confirm');
    await second.page
      .getByRole('button', { name: `Ouvrir le dossier et inscrire dans ${programName}` })
      .click();
    await second.page.waitForURL(/\/people\/[0-9a-f-]+/);
    await second.page.getByRole('heading', { level: 1, name: /Youssef Karimi/ }).waitFor();
    await second.page.getByRole('cell', { name: programName, exact: true }).waitFor();
    expect(await peopleCount()).toBe(2);
    const consents = await app.db.selectFrom('consents').select('purpose').execute();
    expect(consents.map((c) => c.purpose)).toEqual(['program_data_processing']);
    // The panel of his file no longer offers the program he is enrolled in.
    await second.page.getByRole('button', { name: 'Inscrire dans un programme' }).click();
    const enrolledOption = second.page.locator('option', { hasText: `${programName} — Déjà inscrit·e` });
    expect(await enrolledOption.isDisabled()).toBe(true);
    await second.context.close();
  });
});
