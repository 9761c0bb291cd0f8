import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  menuLink,
  newJourney,
  pickUntil,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The collective-sessions journey of the issue, in Gironde (impulseR): a referent plans a 10-week French
 * class (Monday and Thursday), enrols 12 people and 2 more on the waitlist, a counselor takes the roll
 * call of a meeting on a phone, and at the end an attestation is issued to a learner above 80 % and
 * refused to one below. Every page visited passes axe.
 */
let app: RunningApp;
let browser: Browser;
let referent: SeededStaff;
let counselor: SeededStaff;
const clock = fixedClock(new Date());
const learners = Array.from({ length: 14 }, (_, i) => ({
  givenName: `Learner${String.fromCharCode(65 + i)}`,
  familyName: 'Bordeaux',
}));
const learnerIds: string[] = [];
const day = (offset: number) =>
  new Date(clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const siae = await givenOrganization(app.db, { name: 'Chantier Bastide Solidaire', country: 'FR' });
  referent = await seedStaff(
    app.db,
    siae.id,
    'program_referent',
    'referent@bastide.test',
    'Claire Référente',
    'en',
  );
  counselor = await seedStaff(
    app.db,
    siae.id,
    'counselor',
    'counselor@bastide.test',
    'Sami Conseiller',
    'en',
  );
  const asReferent = await apiAs(app.baseUrl, referent.email);
  await asReferent('POST', '/api/session-types', {
    code: 'FLE-A2',
    nameFr: 'Français langue étrangère A2',
    nameEn: 'French as a foreign language A2',
    kind: 'language_class',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 180,
    capacity: 12,
    mode: 'in_person',
    attestationRule: { minAttendancePercent: 80, requireCompleteRollCall: true },
  });
  const asCounselor = await apiAs(app.baseUrl, counselor.email);
  for (const identity of learners)
    learnerIds.push((await asCounselor<{ id: string }>('POST', '/api/people', { identity })).id);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function logIn(page: Page, email: string) {
  return logInInEnglish(page, email, 'Sessions');
}

describe('impulseR: a 10-week French class from planning to attestations', () => {
  it('plans 20 meetings, fills 12 seats and a waitlist, takes a roll call on a phone, grants and refuses attestations', async () => {
    // 1. The referent plans the class with the weekly generator and enrols 14 learners.
    const planning = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = planning.page;
    await logIn(page, referent.email);
    await menuLink(page, 'Sessions').click();
    await page
      .getByRole('link', { name: 'Plan a session' })
      .or(page.getByRole('button', { name: 'Plan a session' }))
      .first()
      .click();
    await page
      .getByRole('combobox', { name: 'Session type' })
      .selectOption({ label: 'French as a foreign language A2 (FLE-A2)' });
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('FLE A2 — spring');
    await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Salle 2, Bordeaux');
    await page.locator('label', { hasText: /^Mon/ }).click();
    await page.locator('label', { hasText: /^Thu/ }).click();
    await page.getByRole('textbox', { name: 'At', exact: true }).fill('09:00');
    await page.getByRole('textbox', { name: 'For (weeks)' }).fill('10');
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(day(1));
    await page.getByRole('button', { name: 'Create 20 dates' }).click();
    await expectAccessible(page, 'plan a session');
    await page.getByRole('button', { name: 'Plan the session (20 meetings)' }).click();
    await page.getByRole('heading', { level: 1, name: 'FLE A2 — spring' }).waitFor();
    const sessionUrl = page.url();

    // Eleven learners are enrolled through the API; the browser enrols the twelfth into the last seat
    // and the next two onto the waitlist, which is what the screen has to show.
    const asReferent = await apiAs(app.baseUrl, referent.email);
    const seriesPath = `/api/sessions/${sessionUrl.split('/').at(-1)}/enrolments`;
    for (const personId of learnerIds.slice(0, 11)) await asReferent('POST', seriesPath, { personId });
    await page.reload();
    await page.getByText('LearnerK Bordeaux').first().waitFor();
    for (const [index, learner] of learners.entries()) {
      if (index < 11) continue;
      const submit = page.getByRole('button', {
        name: index < 12 ? 'Enrol' : 'Put on the waitlist',
        exact: true,
      });
      await pickUntil(
        page.getByRole('combobox', { name: 'Person' }),
        learner.givenName,
        new RegExp(learner.givenName),
        () => submit.isEnabled({ timeout: 1_000 }),
      );
      await submit.click();
      await page
        .getByText(`${learner.givenName} Bordeaux is ${index < 12 ? 'enrolled' : 'on the waitlist'}.`)
        .last()
        .waitFor();
      // The roster above the form grows by a row when it is fetched again, moving the form down: the
      // next pick waits for that row, or its click lands on the roster where the option used to be.
      await page.getByRole('rowheader', { name: `${learner.givenName} Bordeaux` }).waitFor();
    }
    await page.getByText('Waitlist, no. 2').waitFor();
    await expectAccessible(page, 'session with participants');
    await screenshot(page, 'session-roster-en-1280');
    // Tomorrow's first meeting has not started: its roll call says when it starts and offers no marks.
    await page.getByRole('link', { name: 'Roll call of meeting 1', exact: true }).click();
    await page.getByText('This meeting has not started yet').waitFor();
    expect(await page.getByRole('button', { name: /remaining people present/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await expectAccessible(page, 'roll call before the meeting');
    await page.goto(sessionUrl);
    await planning.context.close();

    // 2. Eleven weeks later, the counselor takes the first meeting's roll call on a phone.
    clock.advance(77 * 86_400_000);
    const phone = await newJourney(browser, app.baseUrl, { locale: 'en-US', width: 375, height: 800 });
    const mobile = phone.page;
    await logIn(mobile, counselor.email);
    await mobile.goto(sessionUrl);
    await mobile.getByRole('link', { name: 'Roll call of meeting 1', exact: true }).click();
    await mobile.getByRole('button', { name: /^Mark the 12 remaining people present$/ }).click();
    const late = mobile.getByRole('group', { name: /LearnerB Bordeaux/ });
    await late.locator('label', { hasText: /^Late$/ }).click();
    await late.getByLabel('Minutes missed at the start').fill('20');
    await expectAccessible(mobile, 'roll call on a phone');
    await screenshot(mobile, 'roll-call-en-375');
    await mobile
      .getByRole('region', { name: 'Save the roll call' })
      .getByRole('button', { name: 'Save' })
      .click();
    await mobile.getByText('12 marks saved (12 at this meeting).').waitFor();
    await phone.context.close();

    // The other 19 meetings' roll calls, as the class went: LearnerB missed three meetings besides the
    // 20 minutes (84 %), LearnerC missed five (75 %, below the 80 % rule).
    const asCounselor = await apiAs(app.baseUrl, counselor.email);
    const seriesId = sessionUrl.split('/').at(-1)!;
    const series = await asCounselor<{
      meetingsList: { id: string }[];
      participants: { enrolmentId: string; name: string; status: string }[];
    }>('GET', `/api/sessions/${seriesId}`);
    const seated = series.participants.filter((p) => p.status === 'enrolled');
    for (const [index, meeting] of series.meetingsList.slice(1).entries()) {
      await asCounselor('PUT', `/api/session-meetings/${meeting.id}/roll-call`, {
        marks: seated.map((p) => ({
          enrolmentId: p.enrolmentId,
          mark:
            (p.name.startsWith('LearnerB') && index < 3) || (p.name.startsWith('LearnerC') && index < 5)
              ? 'unexcused_absence'
              : 'present',
        })),
      });
    }

    // 3. Attestations: issued above the threshold, refused below.
    const closing = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const desk = closing.page;
    await logIn(desk, counselor.email);
    await desk.goto(sessionUrl);
    await desk.getByRole('button', { name: 'Attendance of LearnerA Bordeaux' }).click();
    await desk.getByText(/^Granted: /).waitFor();
    await desk.getByRole('button', { name: 'Issue the attestation' }).click();
    await desk.getByText(/^Attestation [A-Z0-9-]+ issued\.$/).waitFor();
    const pdfLink = desk.getByRole('link', { name: 'Attestation in French (PDF)' });
    const pdf = await desk.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(desk, 'attendance with an attestation');
    await desk.keyboard.press('Escape');
    await desk.getByRole('button', { name: 'Attendance of LearnerC Bordeaux' }).click();
    await desk.getByText(/^Refused: .* short of the minimum\.$/).waitFor();
    expect(await desk.getByRole('button', { name: 'Issue the attestation' }).count()).toBe(0);
    await closing.context.close();
  });
});
