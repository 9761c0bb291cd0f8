import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * Samir Nouri (سمير نوري), a refugee followed in Toulouse: enrolled in the IPR, consent given, a plan
 * of two steps (one done), an appointment booked in two days and a phone call last week.
 */
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
      givenNameOriginal: 'سمير',
      familyNameOriginal: 'نوري',
      birthDate: '2003-05-14',
      sex: 'male',
      immigrationStatus: 'refugee',
      statusDate: '2024-09-02',
      referentUserId: counselor.userId,
    },
    consents: [{ purpose: 'program_data_processing', givenOn: '2025-01-10' }],
  }));
  await api('POST', `/api/programs/${program.id}/enrolments`, { personId, intake: { source: 'walk_in' } });
  // His former occupation, picked from ESCO by a counselor searching in English.
  const found = await api<{ items: { escoId: string; label: string }[] }>(
    'GET',
    '/api/reference/occupations?q=civil%20engineer&lang=en',
  );
  await api('POST', `/api/people/${personId}/items`, {
    kind: 'experience',
    data: { occupationLabel: found.items[0]!.label, escoId: found.items[0]!.escoId, endYear: 2022 },
  });
  const plan = await api<{ id: string }>('POST', `/api/people/${personId}/plans`, { language: 'en' });
  const goal = await api<{ id: string }>('POST', `/api/plans/${plan.id}/goals`, {
    kind: 'job_search',
    title: 'Find a job in logistics',
  });
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const cv = await api<{ id: string }>('POST', `/api/plan-goals/${goal.id}/steps`, {
    title: 'Write the CV',
    dueOn: day(10),
    actor: 'person',
  });
  await api('POST', `/api/plan-goals/${goal.id}/steps`, {
    title: 'Apply to three warehouses',
    dueOn: day(20),
    actor: 'person',
  });
  await api('POST', `/api/plan-steps/${cv.id}/status`, { status: 'done' });
  await api('POST', '/api/appointments', {
    personId,
    mode: 'phone',
    startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    durationMinutes: 30,
  });
  await api('POST', '/api/follow-up-notes', {
    personId,
    kind: 'phone_call',
    occurredAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    minutesSpent: 10,
    body: 'Talked about the CV.',
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every tab of each tab row sits on the same line (a row may scroll sideways, never wrap). */
async function tabRowsOnOneLine(page: Page): Promise<void> {
  const rows = await page
    .getByRole('tablist')
    .evaluateAll((lists) =>
      lists.map(
        (list) =>
          new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().top))
            .size,
      ),
    );
  expect(rows.length).toBeGreaterThan(0);
  for (const lines of rows) expect(lines).toBe(1);
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("a person's overview in the browser", () => {
  it('opens the file on its highlights, leads to each section, and fits at 1280 and 375 px', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Samir Nouri' }).waitFor();
    await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    const overview = page.getByTestId('person-overview');
    await overview.waitFor();

    // Who, in both scripts, with the status the counselor may see.
    const who = page.getByRole('region', { name: 'Who they are' });
    await who.getByText('سمير نوري').waitFor();
    await who.getByText('Refugee').waitFor();
    await who.getByText('Civil engineer').waitFor();
    // Programs, referent, alerts, contacts, plan, consents.
    const programs = page.getByRole('region', { name: 'Programs and referent' });
    await programs.getByText('Professional integration of refugees').waitFor();
    await programs.getByText('Camille Roux').waitFor();
    await programs.getByText('Enrolled', { exact: true }).waitFor();
    const contacts = page.getByRole('region', { name: 'Appointments and contacts' });
    await contacts.getByText(/1 contact in the last 30 days/).waitFor();
    expect(await contacts.getByText('None booked').count()).toBe(0);
    const plan = page.getByRole('region', { name: 'Career plan' });
    await plan.getByText('1 of 2 steps done (50 %)').waitFor();
    await page
      .getByRole('region', { name: 'Consents' })
      .getByText(/Processing of data for the program/)
      .waitFor();
    await expectAccessible(page, 'person overview');
    await tabRowsOnOneLine(page);
    await screenshotWidths(page, 'person-overview');

    // A card leads to its section, in its group; the groups and sections stay on one line each.
    await plan.getByRole('link', { name: 'Open: Career plan' }).click();
    await page.getByRole('tab', { name: 'Accompaniment', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await tabRowsOnOneLine(page);
    await page.getByRole('tab', { name: 'About the person' }).click();
    await page.getByRole('tab', { name: 'Identity', selected: true }).waitFor();
    await tabRowsOnOneLine(page);
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByText('Refugee').waitFor();
    await expectAccessible(page, 'person file, status in its group');

    // On a phone: nothing wider than the screen, the rows scroll, the overview stacks.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByRole('tab', { name: 'Overview' }).click();
    await overview.waitFor();
    await page.getByRole('region', { name: 'Career plan' }).waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await tabRowsOnOneLine(page);
    await expectAccessible(page, 'person overview at 375 px');
    await context.close();
  });

  it('names the occupation picked in English in French once the reader switches to French', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/people/${personId}`);
    await page.getByRole('region', { name: 'Who they are' }).getByText('Civil engineer').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    // The server words the label in the account's language: the overview is fetched again in French.
    await page.getByRole('region', { name: 'Qui est-ce' }).getByText('Ingénieur génie civil').waitFor();
    await expectAccessible(page, 'person overview in French');
    await page.getByRole('tab', { name: 'La personne' }).click();
    await page.getByRole('tab', { name: 'Expérience' }).click();
    await page.getByRole('cell', { name: 'Ingénieur génie civil', exact: true }).waitFor();
    await expectAccessible(page, 'experience in French');
    await context.close();
  });
});
