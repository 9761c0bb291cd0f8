import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids.js';
import { onDay, timelinePublisher } from '../../src/core/timeline/timeline.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import {
  apiAs,
  logInInEnglish,
  type SeededStaff,
  seedIprProgram,
  seedOccitanie,
  seedStaff,
} from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let personId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse, montpellier, consortium } = await seedOccitanie(app.db);
  const coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'coord@ml-toulouse.test',
    'Inès Garcia',
  );
  counselor = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
    'en',
  );
  const program = await seedIprProgram(app, coordinator.email, consortium.id, [
    { id: toulouse.id, target: 10 },
    { id: montpellier.id, target: 10 },
  ]);
  const api = await apiAs(app.baseUrl, counselor.email);
  ({ id: personId } = await api<{ id: string }>('POST', '/api/people', {
    identity: {
      givenName: 'Samir',
      familyName: 'Nouri',
      birthDate: '2003-05-14',
      immigrationStatus: 'refugee',
    },
    consents: [{ purpose: 'program_data_processing', givenOn: '2025-01-10' }],
  }));
  await api('POST', `/api/programs/${program.id}/enrolments`, {
    personId,
    intake: { source: 'walk_in' },
    enrolledOn: '2025-02-03',
  });
  // A long accompaniment: sixty appointments written as the follow-up module would.
  const publisher = timelinePublisher(app.db, () => new Date(), uuidv7);
  for (let week = 0; week < 60; week++) {
    const day = new Date(Date.UTC(2025, 2, 3 + 7 * week, 9, 30));
    await publisher.publish({
      organizationId: toulouse.id,
      personId,
      ...(week % 10 === 0 ? onDay(day.toISOString().slice(0, 10)) : { occurredAt: day }),
      module: 'follow-up',
      kind: 'appointment.held',
      resourceType: 'appointment',
      resourceId: uuidv7(),
      recordedBy: counselor.userId,
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const eventItems = (page: Page) => page.locator('section ol > li');
/** A chip is a checkbox drawn as its label: a person clicks the label, and the box must follow. */
async function chip(page: Page, name: string) {
  await page.locator('label', { hasText: name }).click();
  expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
}

describe("a person's timeline in the browser", () => {
  it('reads the story newest first by day, filters by module and period, loads older events, on a desktop and a phone', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${personId}?tab=timeline`);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.getByText(/50 events shown of 63/).waitFor();
    await expectAccessible(page, 'timeline');
    await screenshotWidths(page, 'timeline');

    // Days are headings with a machine-readable date; the newest comes first.
    const days = await page
      .locator('section h3 time')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
    expect(days.length).toBeGreaterThan(10);
    expect([...days].sort().reverse()).toEqual(days);
    expect(await eventItems(page).count()).toBe(50);

    await page.getByRole('button', { name: 'Show older events' }).click();
    await page.getByText(/63 events shown of 63/).waitFor();
    await expect(page.getByRole('button', { name: 'Show older events' }).count()).resolves.toBe(0);
    await page.getByText('File opened at the intake').waitFor();
    await page.getByText('Consent given: Processing of data for the program').waitFor();

    // One module: its chip is a checkbox, the list narrows, the counts stay.
    await chip(page, 'Programs (1)');
    await page.getByText(/1 event shown of 1/).waitFor();
    await page.getByText('Enrolled in Professional integration of refugees').waitFor();
    const open = page.getByRole('link', { name: 'Open: Enrolled in Professional integration of refugees' });
    await expectAccessible(page, 'timeline filtered by module');
    await chip(page, 'Everything');

    await page.getByLabel('From', { exact: true }).fill('2025-03-01');
    await page.getByLabel('To', { exact: true }).fill('2025-03-31');
    await page.getByText(/5 events shown of 5/).waitFor();
    await page.getByLabel('From', { exact: true }).fill('2025-04-01');
    await page.getByText('The end date is before the start date.').waitFor();
    await page.getByRole('button', { name: 'Clear the dates' }).click();
    // The whole timeline again, as far as it was already read.
    await page.getByText(/63 events shown of 63/).waitFor();

    await resizeTo(page, { width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'timeline at 375 px');

    await resizeTo(page, { width: 1280, height: 900 });
    await chip(page, 'Programs (1)');
    await open.click();
    await page.getByRole('tab', { name: 'Enrolments', selected: true }).waitFor();
    await context.close();
  });
});
