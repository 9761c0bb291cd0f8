import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/core/jobs/job-queue.js';
import { dayInZone, isoOfWallTime } from '../../src/core/time-zone.js';
import { jobHandlers } from '../../src/server/jobs.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs, logInInEnglish, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Toulouse works on Paris time; Camille's laptop says Toronto (six hours behind). She books Amina at
 * 10:00: it is 10:00 in Paris — in the form, the person's list, the agenda and the e-mail Amina gets.
 * Then the administrator moves the organization to Chicago time on the staff page, and the same
 * appointment reads 03:00 everywhere in the app.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let administrator: SeededStaff;
let personId: string;
const paris = 'Europe/Paris';
// A week from now, as Paris counts days (the browser's Toronto may still be on the day before).
const day = dayInZone(new Date(Date.now() + 7 * 86_400_000), paris);
const tenInParis = isoOfWallTime(`${day}T10:00`, paris) as string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const toulouse = await givenOrganization(app.db, {
    name: 'Mission Locale de Toulouse',
    country: 'FR',
    timeZone: paris,
  });
  counselor = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
    'en',
  );
  administrator = await seedStaff(
    app.db,
    toulouse.id,
    'administrator',
    'admin@ml-toulouse.test',
    'Alex Admin',
    'en',
  );
  const api = await apiAs(app.baseUrl, counselor.email);
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Amina',
        familyName: 'Youssef',
        email: 'amina.youssef@example.org',
        preferredLanguage: 'en',
      },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('times in the organization’s time zone, whatever the browser’s', () => {
  it('books 10:00 Paris from a laptop on Toronto time: listed, shown in the agenda and e-mailed at 10:00', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, {
      locale: 'en-GB',
      timezoneId: 'America/Toronto',
    });
    // The browser really is on Toronto time.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/Toronto',
    );
    await logInInEnglish(page, counselor.email, 'Agenda');
    await page.goto(`/people/${personId}?tab=followUp`);
    await page.getByRole('heading', { name: 'Appointments', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Schedule an appointment' }).click();
    await page.getByText('Phone', { exact: true }).click();
    const startsAt = page.getByLabel('Date and time');
    await startsAt.fill(`${day}T10:00`);
    await expectAccessible(page, 'appointment form');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page
      .getByText('Appointment scheduled. The participants receive the invitation by e-mail.')
      .waitFor();

    // Stored as 10:00 in Paris (08:00 or 09:00 UTC), not 10:00 in Toronto.
    const api = await apiAs(app.baseUrl, counselor.email);
    const followUp = await api<{ appointments: { startsAt: string }[] }>(
      'GET',
      `/api/people/${personId}/follow-up`,
    );
    expect(followUp.appointments.map((a) => a.startsAt)).toEqual([tenInParis]);

    // Listed at 10:00 on the person's file; the form says whose clock it reads.
    const listed = page.getByRole('row', { name: /10:00/ });
    await listed.first().waitFor();
    expect(await page.getByRole('row', { name: /04:00/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Schedule an appointment' }).click();
    await page.getByText('In the organization’s time zone (Europe/Paris)').waitFor();

    // In the agenda's grid and list, 10:00–10:45 on that day.
    await page.goto(`/agenda?view=day&date=${day}`);
    const grid = page.getByRole('group', { name: 'Hours' });
    await grid.getByRole('link', { name: /^10:00–10:45 · Amina Youssef · Scheduled$/ }).waitFor();
    await page
      .getByText(/10:00–10:45 · Amina Youssef/)
      .first()
      .waitFor();
    await expectAccessible(page, 'agenda on Paris time');

    // The e-mail Amina receives says 10:00, Paris time.
    await runDueJobs(app.deps, jobHandlers, { limit: 50 });
    const [invitation] = app.mailer.to('amina.youssef@example.org');
    expect(invitation?.text).toMatch(/at 10:00 \(Central European (Standard |Summer )?Time\)/);
    expect(invitation?.text).not.toMatch(/04:00/);
    await context.close();
  });

  it('lets the administrator move the organization to Chicago time: the same appointment then reads 03:00', async () => {
    const admin = await newJourney(browser, app.baseUrl, { locale: 'en-GB', timezoneId: 'Asia/Tokyo' });
    // An administrator logs in with a second factor, set up at the first log-in.
    await admin.page.goto('/login');
    await admin.page.getByLabel('Language').selectOption('en');
    await admin.page.getByLabel('E-mail address').fill(administrator.email);
    await admin.page.getByLabel(/^Password/).fill(password);
    await admin.page.getByRole('button', { name: 'Log in' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }).waitFor();
    const secret = (await admin.page.locator('pre').first().textContent())?.trim() ?? '';
    await admin.page.getByLabel('6-digit code').fill(await generate({ secret }));
    await admin.page.getByRole('button', { name: 'Confirm and continue' }).click();
    // An administrator's home is the staff page, where the organization's settings are.
    await admin.page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    const zone = admin.page.getByRole('combobox', { name: 'Time zone of the organization' });
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('Europe/Paris');
    await expectAccessible(admin.page, 'staff page with the time zone');
    await toMiddleOfWindow(zone);
    await zone.fill('America/Chic');
    await admin.page.getByRole('option', { name: 'America/Chicago' }).click();
    await admin.page.getByRole('button', { name: 'Save the time zone' }).click();
    await admin.page.getByText('Saved: times are now those of America/Chicago.').waitFor();
    await admin.context.close();

    const { context, page } = await newJourney(browser, app.baseUrl, {
      locale: 'en-GB',
      timezoneId: 'America/Toronto',
    });
    await logInInEnglish(page, counselor.email, 'Agenda');
    await page.goto(`/people/${personId}?tab=followUp`);
    await page.getByRole('row', { name: /03:00/ }).first().waitFor();
    await page.getByRole('button', { name: 'Schedule an appointment' }).click();
    await page.getByText('In the organization’s time zone (America/Chicago)').waitFor();
    await context.close();
  });
});
