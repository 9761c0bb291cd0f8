import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Québec's front door: a person who wants to move to a region finds the weekly Info-Emploi
 * videoconference on the public page, on a phone and in French, and signs up without an account; the
 * PROMIS coordinator accepts the request on the series page and the person is among the participants.
 * The public page in Arabic reads right to left. Every page visited passes axe.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
let seriesId: string;
const clock = fixedClock(new Date());
const title = 'Info-Emploi — vivre et travailler en Gaspésie';

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, { name: 'PROMIS', country: 'CA' });
  coordinator = await seedStaff(
    app.db,
    promis.id,
    'coordinator',
    'coordinator@promis.test',
    'Chantal Coordonnatrice',
    'en',
  );
  const asCoordinator = await apiAs(app.baseUrl, coordinator.email);
  const type = await asCoordinator<{ id: string }>('POST', '/api/session-types', {
    code: 'INFO-EMPLOI',
    nameFr: 'Info-Emploi en région',
    nameEn: 'Jobs in the regions — information session',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    capacity: 100,
    mode: 'virtual',
  });
  const week = 7 * 86_400_000;
  seriesId = (
    await asCoordinator<{ id: string }>('POST', '/api/sessions', {
      sessionTypeId: type.id,
      title,
      presenter: 'Place aux jeunes en région (Gaspésie)',
      meetingLink: 'https://visio.promis.test/info-emploi-gaspesie',
      openness: 'public',
      meetings: [
        { startsAt: new Date(clock.now().getTime() + week).toISOString() },
        { startsAt: new Date(clock.now().getTime() + 2 * week).toISOString() },
      ],
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('Québec: signing up for Info-Emploi through the front door', () => {
  it('a person signs up on a phone in French, the coordinator accepts, the person is a participant', async () => {
    // 1. On a 375 px phone, in French, without an account.
    const visitor = await newJourney(browser, app.baseUrl, { width: 375, height: 800, locale: 'fr-FR' });
    const phone = visitor.page;
    await phone.goto('/info-emploi');
    await phone.getByRole('heading', { level: 1, name: /Info-Emploi/ }).waitFor();
    await phone.getByRole('heading', { level: 3, name: title }).waitFor();
    expect(await phone.content()).not.toContain('visio.promis.test');
    await expectAccessible(phone, 'public list, French, phone');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, 'no horizontal scrolling at 375 px').toBe(false);

    await phone.getByRole('button', { name: "S'inscrire à cette séance" }).click();
    await phone.getByRole('heading', { level: 2, name: `Inscription : ${title}` }).waitFor();
    // Sent empty: the errors are in French, and the form stays accessible with them.
    await phone.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await phone.getByText('Cochez la case pour donner votre accord').waitFor();
    await expectAccessible(phone, 'sign-up form with errors');
    await phone.getByRole('textbox', { name: 'Prénom' }).fill('Amina');
    await phone.getByRole('textbox', { name: 'Nom', exact: true }).fill('Haddad');
    await phone.getByRole('textbox', { name: 'Adresse courriel' }).fill('amina.haddad@example.org');
    // Keyboard: the consent box is reached and ticked without a mouse.
    await phone.getByRole('checkbox', { name: /J'accepte/ }).focus();
    await phone.keyboard.press('Space');
    await phone.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await phone.getByText('Demande reçue').waitFor();
    await phone.getByText(/L'équipe lit votre demande et vous répond par courriel/).waitFor();
    await expectAccessible(phone, 'request received');
    await screenshot(phone, 'front-door-fr-375');

    // 2. The same page in Arabic reads right to left.
    await phone.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
    await phone.getByRole('heading', { level: 2, name: 'الجلسات القادمة' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(phone, 'public list, Arabic');
    await screenshot(phone, 'front-door-ar-375');
    await visitor.context.close();

    // 3. The coordinator accepts the request on the series page.
    const office = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = office.page;
    await logInInEnglish(page, coordinator.email, 'Sessions');
    await page.goto(`/sessions/${seriesId}`);
    await page.getByRole('heading', { level: 2, name: 'Sign-up requests' }).waitFor();
    await page.getByRole('rowheader', { name: /Amina Haddad/ }).waitFor();
    await expectAccessible(page, 'series page with a sign-up request');
    await page.getByRole('button', { name: 'Accept the request of Amina Haddad' }).click();
    await page.getByText('Amina Haddad is enrolled.').last().waitFor();
    await page.getByText('No request is waiting.').waitFor();
    const participants = page.locator('section', {
      has: page.getByRole('heading', { name: 'Participants' }),
    });
    await participants.getByRole('rowheader', { name: /Amina Haddad/ }).waitFor();
    await expectAccessible(page, 'series page after acceptance');
    await screenshot(page, 'front-door-accepted');
    await office.context.close();
  });
});
