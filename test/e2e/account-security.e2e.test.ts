import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newJourney, type RunningApp, startApp } from './support/harness.js';
import { password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const organizations = await seedOccitanie(app.db);
  counselor = await seedStaff(
    app.db,
    organizations.toulouse.id,
    'counselor',
    'ines@ml-toulouse.test',
    'Inès Roux',
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(counselor.email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.waitForURL(/\/caseload$/);
}

describe('security and sessions in the browser', () => {
  it('lists the sessions, ends the others, and asks for the password again before setting up an authenticator app (375 px)', async () => {
    const other = await newJourney(browser, app.baseUrl);
    await logIn(other.page);
    const { context, page } = await newJourney(browser, app.baseUrl, { width: 375, height: 800 });
    await logIn(page);

    await page.getByRole('button', { name: /Menu du compte/ }).click();
    await page.getByRole('menuitem', { name: 'Sécurité et sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sécurité et sessions' }).waitFor();
    await page.getByText('Cette session').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Connexion :' }).count()).toBe(2);
    await expectAccessible(page, 'security page, 375 px');

    await page.getByRole('button', { name: 'Fermer toutes les autres sessions' }).click();
    await page.getByText('1 autre session fermée.').waitFor();
    // The list reloads after the notice: wait for the ended session's row to leave it.
    const sessionRows = page.getByRole('listitem').filter({ hasText: 'Connexion :' });
    await sessionRows.nth(1).waitFor({ state: 'detached' });
    expect(await sessionRows.count()).toBe(1);
    // The other browser is logged out at its next request.
    await other.page.reload();
    await other.page.waitForURL(/\/login/);
    await other.context.close();

    // Twenty minutes later, setting up a second factor asks for the password again, then goes on.
    await app.db
      .updateTable('sessions')
      .set({ authenticated_at: new Date(Date.now() - 20 * 60_000) })
      .where('user_id', '=', counselor.userId)
      .execute();
    await page.getByRole('button', { name: "Configurer une application d'authentification" }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirmez votre identité' });
    await dialog.waitFor();
    await expectAccessible(page, 're-authentication dialog');
    await dialog.getByLabel(/^Mot de passe/).fill('not the password');
    await dialog.getByRole('button', { name: 'Confirmer et continuer' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Mot de passe ou code incorrect' }).waitFor();
    await dialog.getByLabel(/^Mot de passe/).fill(password);
    await dialog.getByRole('button', { name: 'Confirmer et continuer' }).click();
    await dialog.waitFor({ state: 'detached' });

    const secret = (await page.locator('pre').first().textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.getByLabel('Code à 6 chiffres').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Confirmer la nouvelle application' }).click();
    await page.getByText(/Application d'authentification enregistrée/).waitFor();
    await page.getByText("Votre compte est protégé par une application d'authentification.").waitFor();
    await context.close();
  });
});
