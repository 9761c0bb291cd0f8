import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

/**
 * A coordinator's morning: she saves the caseload's filters as a view and reopens it later, selects
 * two people and hands them over to a counselor, and gives that counselor a task, who sees it counted
 * in her menu and completes it. Later she enrols three people in a CV workshop at once: one gets the
 * last seat, one the waitlist, one was already enrolled. Accessibility is checked on each screen.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
let camille: SeededStaff;
let workshopId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  coordinator = await seedStaff(
    app.db,
    toulouse.id,
    'coordinator',
    'ines@ml-toulouse.test',
    'Inès Garcia',
    'en',
  );
  camille = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
    'en',
  );
  const api = await apiAs(app.baseUrl, coordinator.email);
  const people: string[] = [];
  for (const [givenName, familyName] of [
    ['Amina', 'Haddad'],
    ['Bilal', 'Karimi'],
    ['Chen', 'Wei'],
  ])
    people.push(
      (
        await api<{ id: string }>('POST', '/api/people', {
          identity: { givenName, familyName, birthDate: '2001-04-05' },
        })
      ).id,
    );
  // A CV workshop of two seats next week; Chen Wei already has one of them.
  const type = await api<{ id: string }>('POST', '/api/session-types', {
    code: 'CV',
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'en',
    durationMinutes: 120,
    capacity: 2,
    mode: 'in_person',
  });
  workshopId = (
    await api<{ id: string }>('POST', '/api/sessions', {
      sessionTypeId: type.id,
      title: 'CV workshop',
      place: 'Mission Locale de Toulouse, room 2',
      meetings: [{ startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }],
    })
  ).id;
  await api('POST', `/api/sessions/${workshopId}/enrolments`, { personId: people[2] });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('saved views, bulk handover and tasks', () => {
  it('saves a view and reopens it, hands two people over, gives a colleague a task she completes', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, coordinator.email, 'Caseload');
    await page.goto('/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.locator('[data-person-row="Amina Haddad"]').waitFor();

    // Save "by name" as a view shared with the organization.
    await page.getByLabel('Sort').selectOption('name');
    await page.waitForURL(/sort=name/);
    await page.getByRole('button', { name: 'Save this view…' }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save the current filters as a view' });
    await saveDialog.getByLabel(/Name of the view/).fill('Everyone by name');
    await saveDialog.getByLabel('Share with my organization').check();
    await expectAccessible(page, 'save a view');
    await saveDialog.getByRole('button', { name: 'Save the view' }).click();
    await saveDialog.waitFor({ state: 'hidden' });

    // Another order, then the view brings its own back.
    await page.getByLabel('Sort').selectOption('recent');
    await page.waitForURL(/sort=recent/);
    const views = page.getByLabel('Saved views');
    await views.selectOption({ label: 'Everyone by name (shared)' });
    await page.waitForURL(/sort=name/);
    expect(await page.getByLabel('Sort').inputValue()).toBe('name');
    await page.getByRole('button', { name: 'Rename or share…' }).waitFor();

    // Select two people with the keyboard and hand them over to Camille.
    const amina = page.getByRole('checkbox', { name: 'Select Amina Haddad' });
    await amina.focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Select Bilal Karimi' }).check();
    const selection = page.getByRole('region', { name: '2 people selected' });
    await selection.waitFor();
    await expectAccessible(page, 'caseload with a selection');
    await selection.getByRole('button', { name: 'Change their referent…' }).click();
    const handover = page.getByRole('dialog', { name: 'Change the referent of the selected people' });
    await handover.getByLabel('Camille Roux').check();
    await handover.getByRole('button', { name: 'Hand over' }).click();
    await page.getByText('2 people handed over.').waitFor();
    await page.locator('[data-person-row="Amina Haddad"]', { hasText: 'Camille Roux' }).waitFor();
    await page.locator('[data-person-row="Bilal Karimi"]', { hasText: 'Camille Roux' }).waitFor();

    // Writing to someone without an e-mail address: the check says who is skipped and why, before sending.
    await page.getByRole('checkbox', { name: 'Select Chen Wei' }).check();
    await page
      .getByRole('region', { name: '1 person selected' })
      .getByRole('button', { name: 'Write to them…' })
      .click();
    const write = page.getByRole('dialog', { name: 'Write an e-mail to the selected people' });
    await write.getByLabel(/Subject/).fill('CV workshop on Thursday');
    await write.getByRole('button', { name: 'Check the recipients' }).click();
    await write.getByText('Chen Wei: no e-mail address in the file').waitFor();
    await write.getByText('0 people will receive it').waitFor();
    expect(await write.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'write to the selected people');
    await write.getByRole('button', { name: 'Cancel' }).click();

    // A task for Camille, from "My tasks".
    await page.getByRole('link', { name: /^My tasks/ }).click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await page.getByRole('button', { name: 'New task…' }).click();
    const newTask = page.getByRole('dialog', { name: 'New task' });
    await newTask.getByLabel(/What to do/).fill('Call Amina about the CV workshop');
    await newTask.getByLabel('For').selectOption({ label: 'Camille Roux' });
    await expectAccessible(page, 'new task');
    await newTask.getByRole('button', { name: 'Create the task' }).click();
    await newTask.waitFor({ state: 'hidden' });
    await page.getByText('Given to colleagues').click();
    await page
      .locator('[data-task="Call Amina about the CV workshop"]', { hasText: 'For Camille Roux' })
      .waitFor();
    await expectAccessible(page, 'tasks given to colleagues');
    await context.close();

    // Camille sees it counted in her menu, and completes it.
    const second = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(second.page, camille.email, 'Caseload');
    const menuEntry = second.page.getByRole('link', { name: /^My tasks\s*1 due today or overdue$/ });
    await menuEntry.click();
    const task = second.page.locator('[data-task="Call Amina about the CV workshop"]');
    await task.getByText('From Inès Garcia').waitFor();
    await expectAccessible(second.page, 'my tasks');
    // Done, the task leaves today's list for the Done tab.
    await second.page.getByRole('checkbox', { name: 'Mark “Call Amina about the CV workshop” done' }).click();
    await second.page.getByText('Task marked done.').waitFor();
    await second.page.getByRole('link', { name: 'My tasks', exact: true }).waitFor();
    await second.page.getByRole('tab', { name: 'Done' }).click();
    await second.page
      .locator('[data-task="Call Amina about the CV workshop"]', { hasText: 'by Camille Roux' })
      .waitFor();
    await second.context.close();
  });

  it('enrols three selected people in a session at once: a seat, the waitlist, a refusal with its reason', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, coordinator.email, 'Caseload');
    await page.goto('/caseload');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    for (const name of ['Amina Haddad', 'Bilal Karimi', 'Chen Wei'])
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    const selection = page.getByRole('region', { name: '3 people selected' });
    await selection.getByRole('button', { name: 'Enrol in a session…' }).click();
    const enrol = page.getByRole('dialog', { name: 'Enrol the selected people in a session' });
    await enrol.getByText('3 people will be enrolled one after the other').waitFor();
    // The session is offered once the list of sessions has come: chosen by its id.
    await enrol.locator(`option[value="${workshopId}"]`).waitFor({ state: 'attached' });
    await enrol.getByLabel('Session').selectOption(workshopId);
    expect(await enrol.getByLabel('Session').locator('option:checked').textContent()).toMatch(
      /^CV workshop, .+ \(1 of 2 seats taken\)$/,
    );
    await expectAccessible(page, 'enrol the selected people');
    await enrol.getByRole('button', { name: 'Enrol 3 people' }).click();

    // Each person's result: the last seat, the waitlist, and Chen Wei refused with the reason.
    await enrol.getByRole('status').getByText('Enrolled: 1 · waitlisted: 1 · refused: 1').waitFor();
    const report = enrol.getByRole('table', { name: 'Result for each person' });
    await report.getByRole('row', { name: /Amina Haddad\s+Enrolled/ }).waitFor();
    await report.getByRole('row', { name: /Bilal Karimi\s+Waitlisted/ }).waitFor();
    await report
      .getByRole('row', { name: /Chen Wei\s+Refused/ })
      .getByText('This participant is already enrolled or on the waitlist.')
      .waitFor();
    await expectAccessible(page, 'enrolment report');
    // The report's own button (the dialog's × is named Close too, without text).
    await enrol.getByRole('button', { name: 'Close' }).filter({ hasText: 'Close' }).click();
    await enrol.waitFor({ state: 'hidden' });
    // Done with these people: the selection is cleared for the next action.
    await selection.waitFor({ state: 'detached' });
    expect(await page.getByRole('checkbox', { name: 'Select Amina Haddad' }).isChecked()).toBe(false);

    // The session's page shows who has a seat and who waits.
    await page.goto(`/sessions/${workshopId}`);
    await page.getByRole('heading', { level: 1, name: 'CV workshop' }).waitFor();
    await page
      .getByRole('row', { name: /Amina Haddad/ })
      .getByText('Enrolled', { exact: true })
      .waitFor();
    await page
      .getByRole('row', { name: /Bilal Karimi/ })
      .getByText('Waitlist, no. 1')
      .waitFor();
    await expectAccessible(page, 'the session with its participants');
    await context.close();
  });
});
