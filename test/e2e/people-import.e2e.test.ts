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
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

/**
 * Issue 16's first day of an organization moving to Passerelle: a counselor of the Toulouse Mission
 * Locale brings in a spreadsheet of five young people. The check refuses one row (a birth date that
 * cannot be), finds one already followed in Toulouse (the name spelled otherwise, day and month
 * swapped) and says only that another member organization follows a possible match of a third. The
 * counselor leaves the duplicate out and imports the other three in one go, then opens a new file.
 * Then a second file names, for one young person, the program to enrol her in: the check shows the
 * program, the import opens the file and enrols her, and her file lists the enrolment.
 * Every screen passes axe, at desktop width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let lea: SeededStaff;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier } = await seedOccitanie(app.db);
  lea = await seedStaff(app.db, toulouse.id, 'counselor', 'lea@ml-toulouse.test', 'Léa Garcia', 'fr');
  const marc = await seedStaff(app.db, montpellier.id, 'counselor', 'marc@ml-montpellier.test', 'Marc Roux');
  const ines = await seedStaff(app.db, toulouse.id, 'coordinator', 'ines@ml-toulouse.test', 'Inès Martin');
  await (await apiAs(app.baseUrl, ines.email))('POST', '/api/programs', {
    code: 'CEJ',
    nameFr: 'Contrat d’engagement jeune',
    nameEn: 'Youth commitment contract',
    countingUnit: 'person',
    status: 'active',
    rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
  });
  await (await apiAs(app.baseUrl, lea.email))('POST', '/api/people', {
    identity: { givenName: 'Mohammed', familyName: 'Youssef', birthDate: '2004-04-07' },
  });
  await (await apiAs(app.baseUrl, marc.email))('POST', '/api/people', {
    identity: { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '2005-12-01' },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const file = {
  name: 'file-active.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    `${[
      'Prénom;Nom;Prénom original;Nom original;Date de naissance;Sexe;Téléphone;Ville',
      'Salma;Benali;;;14/02/2006;F;06 11 22 33 44;Toulouse',
      'Muhammad;Yusuf;;;2004-07-04;M;;Toulouse',
      'Iouri;Ivanov;Юрий;Иванов;2005-12-01;M;;Blagnac',
      'Awa;Diallo;;;31/02/2007;F;;Colomiers',
      'Tesfaye;Bekele;;;2003-09-21;M;;Toulouse',
    ].join('\r\n')}\r\n`,
  ),
};

const youngThisYear = `${new Date().getUTCFullYear() - 20}-06-01`;
const withProgram = {
  name: 'cej.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    `Prénom;Nom;Date de naissance;Programme;Source de repérage\r\nNour;Haddad;${youngThisYear};CEJ;Venue spontanée\r\n`,
  ),
};

describe('a Toulouse counselor imports a caseload from a spreadsheet', () => {
  it('checks the file, leaves a duplicate out, imports the rest and opens a new file', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(page, lea.email, password);
    await page.goto('/caseload');
    await page.getByRole('link', { name: 'Importer des personnes depuis un fichier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des personnes' }).waitFor();
    await expectAccessible(page, 'the import page');

    await page.getByLabel(/^Fichier tableur/).setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.getByRole('region', { name: 'Vérification du fichier' });
    await report
      .getByText('5 lignes : 4 prêtes à importer, 1 refusées, 0 écartées ; 2 avec un doublon possible.')
      .waitFor();
    // The refused row: its column and why, in French.
    const awa = report.locator('[data-row="5"]');
    await awa.getByText('Refusée').waitFor();
    await awa.getByText(/Colonne birth_date/).waitFor();
    // The duplicate in Toulouse: named, with the rule's reasons.
    const muhammad = report.locator('[data-row="3"]');
    await muhammad.getByText('Peut-être déjà suivie ici :').waitFor();
    await muhammad.getByRole('link', { name: /Mohammed Youssef/ }).waitFor();
    await muhammad.getByText(/jour et mois inversés/).waitFor();
    // Montpellier's file: one sentence, no name.
    const iouri = report.locator('[data-row="4"]');
    await iouri.getByText('Une correspondance possible est suivie par une autre structure membre.').waitFor();
    await expect(iouri.getByText(/Yuriy/).count()).resolves.toBe(0);
    await expectAccessible(page, 'the check of the file');

    // The duplicate is left out; the three others go in together.
    await report.getByRole('checkbox', { name: 'Importer la ligne 3 (Muhammad Yusuf)' }).uncheck();
    await muhammad.getByText('Écartée').waitFor();
    await report.getByRole('button', { name: 'Importer 3 personnes' }).click();
    const done = page.getByRole('region', { name: 'Import terminé' });
    await done.getByText('3 dossiers ouverts.').waitFor();
    await done.getByRole('link', { name: 'Ouvrir le dossier de Salma Benali' }).waitFor();
    await done.getByRole('link', { name: 'Ouvrir le dossier de Iouri Ivanov' }).waitFor();
    await expect(done.getByRole('link', { name: /Muhammad/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the import done');
    await screenshot(page, 'people-import-1280');

    // On a phone.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-page-title]')?.getBoundingClientRect().left ?? 999) < 40,
    );
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'the import done at 375 px');
    await screenshot(page, 'people-import-375');
    await done.getByRole('link', { name: 'Ouvrir le dossier de Salma Benali' }).click();
    await page.getByRole('heading', { level: 1, name: /Salma Benali/ }).waitFor();

    // The file has its duplicate keys: a second check of the same file finds the three in Toulouse.
    await page.goto('/people/import');
    await page.getByLabel(/^Fichier tableur/).setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await report
      .locator('[data-row="2"]')
      .getByRole('link', { name: /Salma Benali/ })
      .waitFor();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'a second check at 375 px');

    // A file naming the program: checked with its rules, imported with the enrolment.
    await resizeTo(page, { width: 1280, height: 900 });
    await page.goto('/people/import');
    await page.getByLabel(/^Fichier tableur/).setInputFiles(withProgram);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await report.getByText('Une personne sera inscrite dans un programme.').waitFor();
    await report.getByRole('columnheader', { name: 'Programme' }).waitFor();
    await report.locator('[data-row="2"]').getByText('Contrat d’engagement jeune (CEJ)').waitFor();
    await expectAccessible(page, 'the check of a file with a program');
    await report.getByRole('button', { name: 'Importer une personne' }).click();
    await done.getByText('Un dossier ouvert. Une inscription dans un programme.').waitFor();
    await report.locator('[data-row="2"]').getByText('Inscription : Contrat d’engagement jeune').waitFor();
    await expectAccessible(page, 'the import done with an enrolment');
    await done.getByRole('link', { name: 'Ouvrir le dossier de Nour Haddad' }).click();
    await page.getByRole('heading', { level: 1, name: /Nour Haddad/ }).waitFor();
    await page.goto(`${new URL(page.url()).pathname}?tab=enrolments`);
    await page.getByRole('row').filter({ hasText: 'Contrat d’engagement jeune' }).waitFor();
    await context.close();
  });
});
