import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobWorker, startJobWorker } from '../../src/core/jobs/job-worker.js';
import { demoPassword } from '../../src/demo/staff.js';
import { jobHandlers } from '../../src/server/jobs.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  logInInFrench,
  newJourney,
  type RunningApp,
  resizeTo,
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * A report's delivery, over the demo's impulseR, in French: the coordinator prepares the steering
 * committee's report as a PDF in the background, follows its progress and downloads it; then has it sent
 * to herself every month, sees the sending listed, and stops it. The journey app runs no job worker of
 * its own: this journey starts the server's, polling often, as the server's entry point does.
 */
let app: RunningApp;
let browser: Browser;
let worker: JobWorker;
let programId: string;
const coordinator = 'coordinator@gironde.demo';

beforeAll(async () => {
  app = await startApp({ demo: true });
  worker = startJobWorker(app.deps, jobHandlers, { intervalMs: 300 });
  browser = await launchBrowser();
  programId = (
    await app.db.selectFrom('programs').select('id').where('code', '=', 'IMPULSER').executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await app?.close();
});

describe('funder reports: prepared in the background and sent regularly', () => {
  it('prepares a PDF, downloads it, and has the report sent every month', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await logInInFrench(page, coordinator, demoPassword);
    const me = await apiAs(app.baseUrl, coordinator, demoPassword);
    const session = await me<{ user: { displayName: string } }>('GET', '/api/auth/session');
    const { items } = await me<{ items: { ref: string; definition: { name: { fr: string } } }[] }>(
      'GET',
      `/api/programs/${programId}/report-templates`,
    );
    const steering = items.find((item) => item.definition.name.fr === 'impulseR — comité de pilotage');
    expect(steering).toBeDefined();
    await page.goto(`/programs/${programId}/reports/${steering?.ref}`);
    await page.getByRole('heading', { level: 1, name: 'impulseR — comité de pilotage' }).waitFor();

    // The PDF, queued, then followed until its link appears.
    await page.getByRole('button', { name: 'Préparer un PDF' }).click();
    await page.waitForURL((url) => url.searchParams.has('file'));
    const link = page.getByRole('link', { name: /^Télécharger .*\.pdf$/ });
    await link.waitFor({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: 'Fichier PDF : prêt.' }).waitFor();
    await expectAccessible(page, 'reports: a PDF prepared');
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^\/api\/report-files\/[0-9a-f-]{36}\/content$/);
    const head = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, href);
    expect(head).toEqual({ status: 200, type: 'application/pdf' });

    // Opened again from its link (as from a scheduled delivery's e-mail), the file is still there.
    await page.reload();
    await link.waitFor();

    // Sent to herself every month, listed, then stopped.
    const section = page.getByRole('region', { name: 'Envoyer régulièrement' });
    await section.getByText('Ce rapport n’est pas encore envoyé régulièrement.').waitFor();
    await section.getByLabel('Fréquence').selectOption('monthly');
    const recipients = section.getByLabel('Destinataires', { exact: true });
    await toMiddleOfWindow(recipients);
    await recipients.click();
    await recipients.fill(session.user.displayName);
    await page.getByRole('option', { name: session.user.displayName }).click();
    await page.keyboard.press('Escape');
    await section.getByRole('button', { name: 'Envoyer régulièrement' }).click();
    const sending = section.getByRole('listitem').filter({
      hasText: `Mensuel · Fichier PDF · Français · à ${session.user.displayName} · prochain envoi le`,
    });
    await sending.waitFor();
    await expectAccessible(page, 'reports: a monthly sending listed');

    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'reports: delivery at 375 px');

    await sending.getByRole('button', { name: /^Arrêter l’envoi/ }).click();
    await section.getByText('Ce rapport n’est pas encore envoyé régulièrement.').waitFor();
    await context.close();
  });
});
