import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Reinforced accompaniment in Occitanie: a program of the Mission Locale expects two contacts a month.
 * Karim had one contact (a phone call) in the last month, Leila two (a held appointment and a call):
 * the counselor's caseload flags Karim as below intensity and not Leila, on a desktop and on a phone.
 * Then the director hands Leila over to a colleague from the caseload, and the counselor changes
 * Karim's referent from his file, with its history. Every page and dialog passes axe.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let director: SeededStaff;
let colleague: SeededStaff;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const toulouse = await givenOrganization(app.db, { name: 'Mission Locale de Toulouse', country: 'FR' });
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'ines@ml-toulouse.test', 'Inès Conseillère');
  colleague = await seedStaff(app.db, toulouse.id, 'counselor', 'paul@ml-toulouse.test', 'Paul Conseiller');
  director = await seedStaff(app.db, toulouse.id, 'director', 'dir@ml-toulouse.test', 'Hélène Directrice');
  const coordinator = await seedStaff(app.db, toulouse.id, 'coordinator', 'coord@ml-toulouse.test', 'Coord');
  const asCoordinator = await apiAs(app.baseUrl, coordinator.email);
  const program = await asCoordinator<{ id: string }>('POST', '/api/programs', {
    code: 'AR-2',
    nameFr: 'Accompagnement renforcé',
    nameEn: 'Reinforced accompaniment',
    countingUnit: 'person',
    status: 'active',
    rules: [],
    expectedContactsPerMonth: 2,
  });
  const asCounselor = await apiAs(app.baseUrl, counselor.email);
  const register = async (givenName: string, familyName: string) => {
    const { id } = await asCounselor<{ id: string }>('POST', '/api/people', {
      identity: { givenName, familyName },
    });
    await asCounselor('POST', `/api/programs/${program.id}/enrolments`, {
      personId: id,
      intake: { source: 'walk_in' },
    });
    return id;
  };
  const call = (personId: string, occurredAt: string) =>
    asCounselor('POST', '/api/follow-up-notes', {
      personId,
      kind: 'phone_call',
      occurredAt,
      minutesSpent: 20,
      body: 'Point sur la recherche de stage.',
    });
  const karim = await register('Karim', 'Benali');
  const leila = await register('Leila', 'Haddad');
  await call(karim, daysAgo(5));
  const held = await asCounselor<{ id: string }>('POST', '/api/appointments', {
    personId: leila,
    mode: 'in_person',
    place: 'Mission Locale, bureau 2',
    startsAt: daysAgo(10),
    durationMinutes: 45,
  });
  await asCounselor('POST', `/api/appointments/${held.id}/outcome`, { status: 'held' });
  await call(leila, daysAgo(3));
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
  await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();
}

const row = (page: Page, name: string) => page.locator(`[data-person-row="${name}"]`);

describe('Occitanie: the caseload flags who is below the expected intensity', () => {
  it('flags one contact of two expected, not two, on a desktop and a phone', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, counselor.email);
    await page.getByLabel('Référent').selectOption('me');
    await page.waitForURL(/referent=me/);
    await page.getByLabel('Alertes').selectOption('any');
    await page.waitForURL(/alerts=any/);
    await row(page, 'Karim Benali').getByText('Trop peu de contacts').waitFor();
    await expect.poll(() => row(page, 'Karim Benali').textContent()).toContain('1 sur 2');
    await expect.poll(() => row(page, 'Leila Haddad').count()).toBe(0);
    await expectAccessible(page, 'caseload with alerts (fr)');

    await page.getByLabel('Alertes').selectOption('');
    await row(page, 'Leila Haddad').waitFor();
    expect(await row(page, 'Leila Haddad').textContent()).toContain('2 sur 2');
    expect(await row(page, 'Leila Haddad').textContent()).not.toContain('Trop peu de contacts');
    // Urgency first: the person below intensity leads.
    expect(await page.locator('[data-person-row]').first().getAttribute('data-person-row')).toBe(
      'Karim Benali',
    );
    await screenshot(page, 'caseload-intensity-1280');

    await resizeTo(page, { width: 375, height: 800 });
    await row(page, 'Karim Benali').getByText('Trop peu de contacts').waitFor();
    await page.getByLabel('Alertes').focus();
    await page.keyboard.press('Tab');
    await expectAccessible(page, 'caseload on a phone');
    await screenshot(page, 'caseload-intensity-375');
    await context.close();
  });

  it('lets the director hand a person over from the caseload, and the counselor change a referent with history', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logIn(page, director.email);
    await row(page, 'Leila Haddad').getByRole('checkbox', { name: 'Sélectionner Leila Haddad' }).check();
    await page.getByText('1 personne sélectionnée').first().waitFor();
    await page.getByRole('button', { name: 'Changer leur référent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changer le référent des personnes sélectionnées' });
    await dialog.getByRole('checkbox', { name: 'Paul Conseiller' }).check();
    await dialog.getByLabel('Motif (facultatif)').fill('Rééquilibrage des portefeuilles');
    await expectAccessible(page, 'bulk reassignment dialog');
    await dialog.getByRole('button', { name: 'Transférer' }).click();
    await page.getByText('1 personne transférée.').waitFor();
    await expect.poll(() => row(page, 'Leila Haddad').textContent()).toContain('Paul Conseiller');
    await context.close();

    const counselorJourney = await newJourney(browser, app.baseUrl);
    const mine = counselorJourney.page;
    await logIn(mine, counselor.email);
    await row(mine, 'Karim Benali').getByRole('link', { name: 'Karim Benali' }).click();
    await mine.getByRole('heading', { level: 1, name: /Karim Benali/ }).waitFor();
    // The file opens on its overview; the referent is changed from the identity section.
    await mine.getByRole('tab', { name: 'La personne' }).click();
    await mine.getByRole('tab', { name: 'Identité' }).click();
    await mine.getByRole('button', { name: 'Changer de référent' }).click();
    const change = mine.getByRole('dialog', { name: 'Changer le référent' });
    await change.getByText('Le référent n’a pas changé depuis l’enregistrement de la personne.').waitFor();
    await change.getByLabel(/^Nouveau référent/).selectOption({ label: colleague.displayName });
    await expectAccessible(mine, 'referent change dialog');
    await change.getByRole('button', { name: 'Changer de référent' }).click();
    await mine.getByText('Référent changé.').waitFor();
    await mine.getByRole('button', { name: 'Changer de référent' }).click();
    await mine
      .getByRole('dialog', { name: 'Changer le référent' })
      .getByText(/Inès Conseillère → Paul Conseiller, par Inès Conseillère/)
      .waitFor();
    await counselorJourney.context.close();
  });
});
