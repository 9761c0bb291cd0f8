import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttlePolicy } from '../../src/modules/accounts/domain/login-throttle.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  startApp,
} from './support/harness.js';
import { password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const { toulouse } = await seedOccitanie(app.db);
  counselor = await seedStaff(app.db, toulouse.id, 'counselor', 'lea@ml-toulouse.test', 'Léa Martin');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Submits the log-in form (with the keyboard) and returns what the page then says, with the HTTP status. */
async function attempt(page: Page, email: string, secret: string): Promise<string> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(secret);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
    page.getByLabel(/^Mot de passe/).press('Enter'),
  ]);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  // The alert shows the answer of this attempt (the text changes when the answer does).
  const body = (await response.json()) as { message: string };
  await expect.poll(() => alert.textContent()).toContain(body.message);
  return `${response.status()} ${(await alert.textContent())?.trim()}`;
}

describe('the log-in page after repeated failures', () => {
  it('says the same for a real account and an unknown e-mail, then makes both wait alike', async () => {
    const journeys: Record<'known' | 'unknown', string[]> = { known: [], unknown: [] };
    for (const [kind, email] of [
      ['known', counselor.email],
      ['unknown', 'personne@ml-toulouse.test'],
    ] as const) {
      const { context, page } = await newJourney(browser, app.baseUrl);
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
      for (let n = 0; n <= throttlePolicy.freeFailures; n++) {
        journeys[kind].push(await attempt(page, email, `pas le bon mot de passe ${n}`));
      }
      // The right password of the real account waits too, from this connection.
      journeys[kind].push(await attempt(page, email, password));
      if (kind === 'known') {
        await expectAccessible(page, 'login while throttled');
        await screenshot(page, 'login-throttled-fr-1280');
        await resizeTo(page, { width: 375, height: 800 });
        await expect(page.getByRole('alert').isVisible()).resolves.toBe(true);
        await screenshot(page, 'login-throttled-fr-375');
        await expectAccessible(page, 'login while throttled, 375 px');
      }
      // Still the log-in page, never an error page or a different screen.
      await page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await context.close();
    }

    expect(journeys.known).toEqual(journeys.unknown);
    const wrong = `401 ${journeys.known[0]!.slice(4)}`;
    expect(journeys.known[0]).toMatch(/^401 .*Adresse e-mail ou mot de passe incorrect\./);
    expect(journeys.known.slice(0, throttlePolicy.freeFailures)).toEqual(
      Array(throttlePolicy.freeFailures).fill(wrong),
    );
    expect(journeys.known[throttlePolicy.freeFailures]).toMatch(
      /^429 .*Trop de tentatives échouées depuis cette connexion\. Patientez 1 min/,
    );
    expect(journeys.known.at(-1)).toBe(journeys.known[throttlePolicy.freeFailures]);
  });
});
