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
import { apiAs, password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let personId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'camille@ml-toulouse.test', 'Camille Roux');
  const api = await apiAs(app.baseUrl, counselor.email);
  ({ id: personId } = await api<{ id: string }>('POST', '/api/people', {
    identity: {
      givenName: 'Samir',
      familyName: 'Nouri',
      familyNameOriginal: 'نوری',
      birthDate: '2001-05-14',
      immigrationStatus: 'refugee',
      statusDate: '2024-02-01',
    },
    consents: [{ purpose: 'program_data_processing', givenOn: '2025-01-10' }],
  }));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("a person's file in the browser", () => {
  it('edits the identity with field errors from the API, records languages on CEFR and NCLC, an ESCO or free-text occupation, a barrier and its progress, withdraws a consent', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await page.goto('/login');
    await page.getByLabel(/^(Langue|Language)$/).selectOption('en');
    await page.getByLabel('E-mail address').fill(counselor.email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();

    // The identity section of the file (which opens on its overview).
    await page.goto(`/people/${personId}?tab=identity`);
    await page.getByRole('heading', { level: 1, name: 'Samir Nouri' }).waitFor();
    await expectAccessible(page, 'identity');

    // The API's validation message lands under the field it concerns.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('E-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some fields are missing or invalid' }).waitFor();
    const emailError = await page.getByLabel('E-mail').getAttribute('aria-describedby');
    expect(emailError).toBeTruthy();
    await expectAccessible(page, 'identity edit with error');
    await page.getByLabel('E-mail').fill('samir@example.org');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('samir@example.org').waitFor();

    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByText('Refugee').waitFor();

    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByText('No language recorded.').waitFor();
    await page
      .getByRole('tabpanel', { name: 'Languages' })
      .getByRole('combobox', { name: /^Language/ })
      .selectOption('ar');
    await page.getByLabel('Level').selectOption('B1');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'B1 (CEFR)' }).waitFor();
    // The levels offered follow the scale (CLB/NCLC 1–12 from the reference data), with the test taken.
    await page
      .getByRole('tabpanel', { name: 'Languages' })
      .getByRole('combobox', { name: /^Language/ })
      .selectOption('fr');
    await page.getByLabel('Scale').selectOption('nclc');
    await page.getByLabel('Level').locator('option[value="12"]').waitFor({ state: 'attached' });
    expect(await page.getByLabel('Level').locator('option').count()).toBe(13);
    await page.getByLabel('Level').selectOption('7');
    await page.getByLabel('Skill').selectOption('speaking');
    await page.getByLabel('Test taken').selectOption('TEF Canada');
    await page.getByLabel('Test date').fill('2025-03-04');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: '7 (NCLC) · Speaking' }).waitFor();
    await page.getByRole('cell', { name: /^TEF Canada/ }).waitFor();
    await expectAccessible(page, 'languages');

    // Experience: the occupation is picked from ESCO (typo-tolerant search), or kept as typed.
    await page.getByRole('tab', { name: 'Experience' }).click();
    await page.getByText(ESCO_ATTRIBUTION).waitFor();
    // The person speaks Arabic: the counselor may search the Arabic ESCO labels too.
    await page.getByLabel('Search in').selectOption('ar');
    await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).fill('ممرض');
    await page.getByRole('listbox', { name: 'Occupation (ESCO)' }).getByRole('option').first().click();
    await page.getByText('ESCO occupation chosen.').waitFor();
    await page.getByLabel('Search in').selectOption('en');
    await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).fill('civil enginer');
    await page
      .getByRole('option', { name: /^civil engineer/ })
      .first()
      .click();
    await page.getByText('ESCO occupation chosen.').waitFor();
    await expectAccessible(page, 'experience with ESCO occupation picked');
    await page.getByLabel('Employer').fill('Kabul Municipality');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // Named by ESCO's label in the reader's language, as the first word of a line.
    await page.getByRole('cell', { name: 'Civil engineer', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).fill('Qwxzv plover');
    await page.getByText('Not in the ESCO list: kept as typed.').waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'Qwxzv plover', exact: true }).waitFor();
    // Without an occupation the API's message lands under the picker.
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Some fields are missing or invalid' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Occupation (ESCO)' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    const api = await apiAs(app.baseUrl, counselor.email);
    const file = await api<{ experience: { occupationLabel: string; escoId: string | null }[] }>(
      'GET',
      `/api/people/${personId}`,
    );
    const byLabel = new Map(file.experience.map((entry) => [entry.occupationLabel, entry.escoId]));
    expect(byLabel.get('Civil engineer')).toEqual(expect.any(String));
    expect(byLabel.get('Qwxzv plover')).toBeNull();

    await page.getByRole('tab', { name: 'Barriers' }).click();
    await page
      .getByRole('tabpanel', { name: 'Barriers' })
      .getByRole('combobox', { name: /^Barrier/ })
      .selectOption('housing');
    await page.getByLabel('Note', { exact: true }).fill('Emergency accommodation until March');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'Housing', exact: true }).waitFor();
    // The barrier moves on: being addressed, then resolved (dated today by the form).
    await page.getByLabel('Status: Housing').selectOption('being_addressed');
    await expect
      .poll(async () => {
        const file = await api<{ barriers: { category: string; status: string }[] }>(
          'GET',
          `/api/people/${personId}`,
        );
        return file.barriers.find((barrier) => barrier.category === 'housing')?.status;
      })
      .toBe('being_addressed');
    await expect.poll(() => page.getByLabel('Status: Housing').inputValue()).toBe('being_addressed');
    await expectAccessible(page, 'barriers');
    await screenshotWidths(page, 'person-barriers-en');

    await page.getByRole('tab', { name: 'Consent' }).click();
    await page.getByRole('cell', { name: 'In force' }).waitFor();
    await page.getByRole('button', { name: /^Withdraw/ }).click();
    await page.getByRole('cell', { name: /^Withdrawn on/ }).waitFor();
    await expectAccessible(page, 'consent');
    await context.close();
  });
});
