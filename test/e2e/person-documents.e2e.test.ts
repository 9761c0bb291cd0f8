import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let frenchCounselor: SeededStaff;
let personId: string;

function cvPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.fontSize(18).text('Leila Haddad — Curriculum vitae');
    pdf.fontSize(11).text('Civil engineer, 8 years of site management in Damascus and Beirut.');
    pdf.end();
  });
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'ines@ml-toulouse.test', 'Inès Garcia', 'en');
  frenchCounselor = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
  );
  const api = await apiAs(app.baseUrl, counselor.email);
  ({ id: personId } = await api<{ id: string }>('POST', '/api/people', {
    identity: { givenName: 'Leila', familyName: 'Haddad' },
  }));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("a person's documents in the browser", () => {
  it('uploads a PDF, lists it, downloads the same bytes, explains a refused file, renames and deletes it', async () => {
    const pdf = await cvPdf();
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${personId}?tab=documents`);
    await page.getByRole('heading', { level: 1, name: 'Leila Haddad' }).waitFor();
    await page.getByText('No document in this file yet.').waitFor();
    await expectAccessible(page, 'documents, empty');

    // A text file passed off as a PDF is refused, with the server's explanation in English.
    await page
      .getByLabel(/^File/)
      .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
    await page.getByLabel(/^Title/).fill('Not really a PDF');
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.getByRole('alert').filter({ hasText: 'its content is text/plain' }).waitFor();
    await expectAccessible(page, 'documents, refused file');

    await page
      .getByLabel(/^File/)
      .setInputFiles({ name: 'CV Leila Haddad.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('Type of document').selectOption('cv');
    await page.getByLabel(/^Title/).fill('CV 2026');
    await page.getByRole('button', { name: 'Add the document' }).click();
    const row = page.getByRole('row', { name: /CV 2026/ });
    await row.waitFor();
    await expect(row.getByRole('cell', { name: 'Inès Garcia' }).count()).resolves.toBe(1);
    await expect(row.getByRole('cell', { name: 'CV', exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page, 'documents, one PDF');
    await screenshotWidths(page, 'person-documents');

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download “CV 2026”' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('CV Leila Haddad.pdf');
    const saved = await download.path();
    expect(readFileSync(saved).equals(pdf)).toBe(true);

    // Keyboard only: rename and retype.
    await page.getByRole('button', { name: 'Rename or retype “CV 2026”' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rename or retype “CV 2026”' }).waitFor();
    await page.getByLabel('Type of document').first().selectOption('signed_plan');
    await page
      .getByLabel(/^Title/)
      .first()
      .fill('Plan signé mars 2026');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('row', { name: /Plan signé mars 2026/ })
      .getByRole('cell', { name: 'Signed plan' })
      .waitFor();

    await page.getByRole('button', { name: 'Delete “Plan signé mars 2026”' }).click();
    await page.getByLabel('Reason for deleting').fill('Uploaded to the wrong file');
    await expectAccessible(page, 'documents, delete form');
    await page.getByRole('button', { name: 'Delete the document' }).click();
    await page.getByText('No document in this file yet.').waitFor();
    await context.close();

    const audit = await app.db
      .selectFrom('audit_events')
      .select('action')
      .where('person_id', '=', personId)
      .where('action', 'like', 'document.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['document.upload', 'document.download', 'document.update', 'document.delete']),
    );
  });

  it('works on a 375 px phone, in French', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, {
      width: 375,
      height: 800,
      locale: 'fr-FR',
    });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(frenchCounselor.email);
    await page.getByLabel(/^Mot de passe/).fill('Correct-Horse-Battery-42');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`/people/${personId}?tab=documents`);
    await page.getByRole('heading', { level: 1, name: 'Leila Haddad' }).waitFor();
    await page.getByLabel(/^Fichier/).setInputFiles({
      name: 'diplome.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Diplôme d’ingénieur civil, Université de Damas, 2014'),
    });
    await page.getByLabel('Type de document').selectOption('diploma');
    await page.getByLabel(/^Titre/).fill('Diplôme d’ingénieur');
    await page.getByRole('button', { name: 'Ajouter le document' }).click();
    await page.getByRole('row', { name: /Diplôme d’ingénieur/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'documents at 375 px, French');
    await context.close();
  });
});
