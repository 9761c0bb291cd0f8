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
import { apiAs, logInInEnglish, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;

/** Next week's Monday and Tuesday, as the browser (same machine, same zone) counts days. */
const now = new Date();
const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ((8 - now.getDay()) % 7 || 7));
const dayAt = (offset: number, hours: number, minutes = 0) =>
  new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset, hours, minutes);
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const slotName = (d: Date) =>
  `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * Camille follows Amina Youssef and Samir Nouri; next Monday she sees Amina at 10:00 for an hour and
 * Samir at 10:30 (an overlap).
 */
beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  counselor = await seedStaff(
    app.db,
    toulouse.id,
    'counselor',
    'camille@ml-toulouse.test',
    'Camille Roux',
    'en',
  );
  const api = await apiAs(app.baseUrl, counselor.email);
  const person = async (givenName: string, familyName: string) =>
    (await api<{ id: string }>('POST', '/api/people', { identity: { givenName, familyName } })).id;
  const amina = await person('Amina', 'Youssef');
  const samir = await person('Samir', 'Nouri');
  // A task due that Wednesday, about Amina: the agenda lists it with the day's appointments.
  await api('POST', '/api/tasks', {
    title: 'Call Amina after her 3-month mark',
    dueOn: isoDay(dayAt(2, 12)),
    personId: amina,
  });
  for (const [personId, start, minutes] of [
    [amina, dayAt(0, 10), 60],
    [samir, dayAt(0, 10, 30), 30],
  ] as const)
    await api('POST', '/api/appointments', {
      personId,
      mode: 'phone',
      startsAt: start.toISOString(),
      durationMinutes: minutes,
    });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the agenda in the browser', () => {
  it('shows the week by hours with overlaps, books a free slot with the keyboard, and serves a calendar subscription', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await logInInEnglish(page, counselor.email, 'Caseload');
    await page.goto(`/agenda?view=week&date=${isoDay(monday)}`);
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    const grid = page.getByRole('group', { name: 'Hours' });
    await grid.waitFor();

    // Both appointments sit in Monday's column, the overlap said in words.
    const amina = grid.getByRole('link', { name: /Amina Youssef · Scheduled · Conflict/ });
    const samir = grid.getByRole('link', { name: /Samir Nouri · Scheduled · Conflict/ });
    await amina.waitFor();
    await samir.waitFor();
    const [a, s] = [await amina.boundingBox(), await samir.boundingBox()];
    expect(a && s && a.x + a.width <= s.x + 1).toBe(true);
    await page
      .getByText(/Conflict: Overlaps /)
      .first()
      .waitFor();
    const task = page.getByRole('listitem').filter({ hasText: 'To do · Call Amina after her 3-month mark' });
    await task.getByRole('link', { name: 'Amina Youssef' }).waitFor();
    await page.getByText(/2 appointments · 1 task due/).waitFor();
    await expectAccessible(page, 'agenda week');
    await screenshotWidths(page, 'agenda-week');

    // The keyboard: one tab stop in the grid, arrows move by half an hour and by day, Enter books.
    await grid.getByRole('button', { name: `Book ${slotName(dayAt(0, 9))}` }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const tuesday = dayAt(1, 9, 30);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Book ${slotName(tuesday)}`,
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Book an appointment: ${slotName(tuesday)}` });
    await dialog.waitFor();
    await dialog.getByLabel('With whom').fill('Ami');
    await dialog.getByRole('radio', { name: /Amina Youssef/ }).check();
    await expectAccessible(page, 'booking: whom');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const startsAt = dialog.getByLabel(/^Date and time/);
    await startsAt.waitFor();
    expect(await startsAt.inputValue()).toBe(`${isoDay(tuesday)}T09:30`);
    await dialog.getByText('Phone', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await grid.getByRole('link', { name: /^09:30–10:15 · Amina Youssef · Scheduled$/ }).waitFor();

    // The calendar subscription: created, read by a calendar with the token alone, revoked.
    await page.getByRole('button', { name: 'Create my subscription address' }).click();
    const address = page.getByLabel('Subscription address');
    await address.waitFor();
    const url = await address.inputValue();
    const feed = await page.request.get(url.replace(/^https?:\/\/[^/]+/, app.baseUrl));
    expect(feed.status()).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('A. Y.');
    expect(ics).not.toContain('Youssef');
    await expectAccessible(page, 'agenda with its subscription address');
    await page.getByRole('button', { name: 'Revoke the address' }).click();
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByText('No subscription address yet.').waitFor();
    expect((await page.request.get(url.replace(/^https?:\/\/[^/]+/, app.baseUrl))).status()).toBe(404);

    // On a phone: the day view, nothing wider than the screen.
    await resizeTo(page, { width: 375, height: 800 });
    await page.getByText('Day', { exact: true }).click();
    await grid.waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'agenda day at 375 px');
    await context.close();
  });
});
