import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { runDueJobs } from '../../src/core/jobs/job-queue.js';
import { jobHandlers } from '../../src/server/jobs.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  menuLink,
  newJourney,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * Remote service in St. Louis: a counselor schedules a video appointment (with its meeting link and a
 * partner) from the person's file, and the e-mail carrying the .ics invitation reaches the outbox. The
 * agenda flags an overlap and works on a phone; the program page shows the intensity of accompaniment.
 * Every page visited passes axe.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let coordinator: SeededStaff;
let personId: string;
let programId: string;
const clock = fixedClock(new Date());
const tomorrow = new Date(clock.now().getTime() + 86_400_000);
const day = tomorrow.toISOString().slice(0, 10);
const link = 'https://meet.iistl.example/amina-career';

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const institute = await givenOrganization(app.db, {
    name: 'International Institute of St. Louis',
    kind: 'nonprofit',
    country: 'US',
  });
  counselor = await seedStaff(
    app.db,
    institute.id,
    'counselor',
    'counselor@iistl.test',
    'Maya Counselor',
    'en',
  );
  coordinator = await seedStaff(
    app.db,
    institute.id,
    'coordinator',
    'coordinator@iistl.test',
    'Omar Coordinator',
    'en',
  );
  const asCounselor = await apiAs(app.baseUrl, counselor.email);
  personId = (
    await asCounselor<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Amina',
        familyName: 'Haidari',
        email: 'amina.haidari@example.org',
        preferredLanguage: 'en',
      },
    })
  ).id;
  const asCoordinator = await apiAs(app.baseUrl, coordinator.email);
  programId = (
    await asCoordinator<{ id: string }>('POST', '/api/programs', {
      code: 'RCP',
      nameFr: 'Parcours professionnels des réfugiés',
      nameEn: 'Refugee and Immigrant Career Pathways',
      countingUnit: 'person',
      status: 'active',
      rules: [],
      expectedContactsPerMonth: 2,
    })
  ).id;
  await asCounselor('POST', `/api/programs/${programId}/enrolments`, {
    personId,
    intake: { source: 'walk_in' },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('St. Louis: a video appointment and its invitation', () => {
  it('schedules by video from the file, e-mails the .ics, flags an overlap in the agenda and reads on a phone', async () => {
    const desk = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = desk.page;
    await logInInEnglish(page, counselor.email, 'Agenda');
    await page.goto(`/people/${personId}?tab=followUp`);
    await page.getByRole('heading', { name: 'Appointments', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Schedule an appointment' }).click();
    await page.locator('label', { hasText: /^Video$/ }).click();
    await page.getByRole('textbox', { name: 'Video link' }).fill(link);
    await page.getByLabel('Date and time').fill(`${day}T15:00`);
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByRole('textbox', { name: 'Partner 1: name' }).fill('Dana Brooks');
    await page.getByRole('textbox', { name: 'Partner 1: organization' }).fill('St. Louis Community College');
    await page
      .getByRole('textbox', { name: 'Partner 1: e-mail (to receive the invitation)' })
      .fill('dana@stlcc.example');
    await expectAccessible(page, 'appointment form');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page
      .getByText('Appointment scheduled. The participants receive the invitation by e-mail.')
      .waitFor();
    await page.getByRole('link', { name: link }).waitFor();
    await expectAccessible(page, 'the person’s appointments');
    await screenshot(page, 'follow-up-tab-en-1280');

    // The invitation leaves through the job queue, as the server's worker would send it.
    await runDueJobs(app.deps, jobHandlers, { limit: 50 });
    const [invitation] = app.mailer.to('amina.haidari@example.org');
    expect(invitation?.subject).toBe('Appointment by video: International Institute of St. Louis');
    expect(invitation?.text).toContain(link);
    const ics = invitation!.attachments![0]!;
    expect(ics.filename).toBe('invitation.ics');
    expect(ics.contentType).toContain('method=REQUEST');
    const unfolded = ics.content.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('METHOD:REQUEST');
    expect(unfolded).toContain(`URL;VALUE=URI:${link}`);
    expect(unfolded).toMatch(/UID:[0-9a-f-]{36}@127\.0\.0\.1/);
    expect(app.mailer.to('dana@stlcc.example')).toHaveLength(1);
    expect(app.mailer.to(counselor.email)).toHaveLength(1);

    // Moved an hour later: the same event, updated (SEQUENCE 1).
    await page.getByRole('button', { name: /^Move the appointment of/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Date and time').fill(`${day}T16:00`);
    await expectAccessible(page, 'move dialog');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByText('Appointment moved. The participants receive the update by e-mail.').waitFor();
    await runDueJobs(app.deps, jobHandlers, { limit: 50 });
    const [update] = app.mailer.to('amina.haidari@example.org');
    expect(update?.subject).toBe('Appointment moved: International Institute of St. Louis');
    expect(update!.attachments![0]!.content).toContain('SEQUENCE:1');

    // A second appointment at the same time: scheduled, and flagged in the agenda.
    const asCounselor = await apiAs(app.baseUrl, counselor.email);
    await asCounselor('POST', '/api/appointments', {
      personId,
      mode: 'phone',
      startsAt: new Date(`${day}T16:00:00`).toISOString(),
      durationMinutes: 15,
    });
    await menuLink(page, 'Agenda').click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.goto(`/agenda?view=day&date=${day}`);
    await page
      .getByText(/Conflict: Overlaps/)
      .first()
      .waitFor();
    expect(await page.getByText(/Conflict: Overlaps/).count()).toBe(2);
    await expectAccessible(page, 'agenda');
    await desk.context.close();

    const phone = await newJourney(browser, app.baseUrl, { locale: 'en-US', width: 375, height: 800 });
    await logInInEnglish(phone.page, counselor.email, 'Agenda');
    await phone.page.goto(`/agenda?view=week&date=${day}`);
    await phone.page
      .getByText(/Conflict: Overlaps/)
      .first()
      .waitFor();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await phone.page.getByRole('button', { name: 'Next' }).focus();
    await phone.page.keyboard.press('Enter');
    await phone.page.getByText('No appointment or task in this period.').waitFor();
    await expectAccessible(phone.page, 'agenda on a phone');
    await screenshot(phone.page, 'agenda-en-375');
    await phone.context.close();
  });

  it('the program page shows the expected intensity and contacts per person per month', async () => {
    const steering = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logInInEnglish(steering.page, coordinator.email, 'Agenda');
    await steering.page.goto(`/programs/${programId}`);
    await steering.page.getByRole('heading', { name: 'Intensity of accompaniment' }).waitFor();
    await steering.page
      .getByText('Expected: at least 2 contacts a month with each person enrolled.')
      .waitFor();
    await steering.page.getByRole('table', { name: 'Contacts per person per month' }).waitFor();
    await expectAccessible(steering.page, 'program intensity');
    await steering.context.close();
  });
});
