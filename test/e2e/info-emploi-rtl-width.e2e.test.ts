import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenOrganization } from '../support/fixtures.js';
import { launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { apiAs, seedStaff } from './support/seed.js';

/**
 * The public Info-Emploi page in Arabic on a 375 px phone: once the sign-up form is open the page
 * must not be wider than the screen (an element pushed off to the left in right-to-left made it
 * 10,375 px wide, and a sideways swipe landed on a blank screen).
 */
let app: RunningApp;
let browser: Browser;
const clock = fixedClock(new Date());
const title = 'Info-Emploi — vivre et travailler au Saguenay';

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, { name: 'PROMIS', country: 'CA' });
  const coordinator = await seedStaff(
    app.db,
    promis.id,
    'coordinator',
    'coordinator@promis.test',
    'Chantal Tremblay',
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
  await asCoordinator('POST', '/api/sessions', {
    sessionTypeId: type.id,
    title,
    meetingLink: 'https://visio.promis.test/info-emploi-saguenay',
    openness: 'public',
    meetings: [{ startsAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString() }],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the public Info-Emploi page in Arabic at 375 px', () => {
  it('is no wider than the screen with the sign-up form open', async () => {
    const visitor = await newJourney(browser, app.baseUrl, { width: 375, height: 800, locale: 'ar' });
    const phone = visitor.page;
    await phone.goto('/info-emploi');
    await phone.getByRole('heading', { level: 3, name: title }).waitFor();
    await phone.waitForFunction(() => document.documentElement.dir === 'rtl');
    await phone.getByRole('button', { name: 'التسجيل في هذه الجلسة' }).click();
    await phone.getByRole('heading', { level: 2, name: `التسجيل: ${title}` }).waitFor();
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page, 'no horizontal scrolling').toBeLessThanOrEqual(widths.viewport);
    expect(widths.body, 'no horizontal scrolling').toBeLessThanOrEqual(widths.viewport);
    await visitor.context.close();
  });
});
