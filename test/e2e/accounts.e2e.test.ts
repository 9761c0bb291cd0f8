import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  menuLink,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { password, type SeededStaff, seedOccitanie, seedStaff } from './support/seed.js';

let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let administrator: SeededStaff;
let organizations: Awaited<ReturnType<typeof seedOccitanie>>;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  organizations = await seedOccitanie(app.db);
  counselor = await seedStaff(
    app.db,
    organizations.toulouse.id,
    'counselor',
    'lea@ml-toulouse.test',
    'Léa Martin',
  );
  // The same person also works for the Montpellier Mission Locale: the header offers a switch.
  await app.db
    .insertInto('memberships')
    .values({
      organization_id: organizations.montpellier.id,
      user_id: counselor.userId,
      role: 'counselor',
      created_at: new Date(),
    })
    .execute();
  administrator = await seedStaff(
    app.db,
    organizations.toulouse.id,
    'administrator',
    'admin@ml-toulouse.test',
    'Sam Admin',
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.getByLabel(/adresse e-mail|e-mail address/i).fill(email);
  await page
    .getByLabel(/^(mot de passe|password)/i)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /se connecter|log in/i }).click();
}

describe('accounts in the browser', () => {
  it('logs a counselor in and out, shows API errors, switches organization and language', async () => {
    // With the app's transitions: axe reads the phone menu and the notices as they slide and fade.
    const { context, page } = await newJourney(browser, app.baseUrl, { motion: 'full' });
    await page.goto('/caseload');
    await page.waitForURL(/\/login\?next=/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Connexion à Passerelle',
    );
    await expectAccessible(page, 'login (fr)');
    await screenshot(page, 'login-fr-1280');

    await page.getByLabel('Adresse e-mail').fill(counselor.email);
    await page.getByLabel(/^Mot de passe/).fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The server's own message, in French.
    expect(await alert.textContent()).toMatch(/mot de passe/i);
    await expectAccessible(page, 'login error');

    await logIn(page, counselor.email);
    await page.waitForURL(/\/caseload$/);
    await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();
    await expectAccessible(page, 'caseload (fr)');
    // Focus landmarks: a banner, a navigation and a main region.
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(1);
    expect(await page.locator('main#main-content').count()).toBe(1);

    // The skip link is the first thing the keyboard reaches and leads to the main region.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'File active' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toContain(
      'Aller au contenu principal',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // Two memberships: the navigation offers the switch.
    const switcher = page.getByLabel('Travailler pour');
    await switcher.selectOption({ label: 'Mission Locale Montpellier' });
    await page.getByText('Vous travaillez maintenant pour Mission Locale Montpellier.').waitFor();
    const session = await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json()));
    expect(session.organization.name).toBe('Mission Locale Montpellier');

    // English, remembered by the account and by the browser.
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() =>
          fetch('/api/auth/session')
            .then((r) => r.json())
            .then((s) => s.user.locale),
        ),
      )
      .toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Nothing but the language choice is kept in the browser.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['passerelle.language']);
    await expectAccessible(page, 'caseload (en)');

    // Mobile width: the navigation sits behind the burger.
    await resizeTo(page, { width: 375, height: 800 });
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await burger.click();
    await menuLink(page, 'Programs').waitFor({ state: 'visible' });
    await screenshot(page, 'shell-en-375-menu');
    await expectAccessible(page, 'shell mobile menu');
    await menuLink(page, 'Programs').click();
    await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    // Focus moved to the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Programs');
    await resizeTo(page, { width: 1280, height: 900 });

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Log out', exact: true }).click();
    await page.waitForURL(/\/login/);
    await page.goto('/caseload');
    await page.waitForURL(/\/login\?next=/);
    await context.close();
  });

  it('shows the log-in page in Arabic, right to left', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await page.goto('/login');
    await page.getByLabel('Langue').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'تسجيل الدخول إلى Passerelle' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expectAccessible(page, 'login (ar)');
    await screenshot(page, 'login-ar-375');
    await resizeTo(page, { width: 375, height: 800 });
    await screenshot(page, 'login-ar-375');
    await context.close();
  });

  it('sets up the authenticator of an administrator, adds staff, browses and verifies the audit log', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-GB' });
    await page.goto('/login');
    await page.getByLabel('Language').selectOption('en');
    await logIn(page, administrator.email);
    await page.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }).waitFor();
    // The setup link is also drawn as a QR code for the phone to scan.
    const qr = page.getByRole('img', { name: 'QR code to scan with the authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await qr.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await expectAccessible(page, 'second factor setup');
    await screenshot(page, 'totp-setup-en-1280');
    const secret = (await page.locator('pre').first().textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(await page.locator('pre').nth(1).textContent()).toContain('otpauth://totp/');

    await page.getByLabel('6-digit code').fill('12');
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await page.getByText('The code has 6 digits.').waitFor();
    await page.getByLabel('6-digit code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    // An administrator's home is the staff page.
    await page.waitForURL(/\/staff$/);
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    // An administrator may not see immigration statuses: the caseload does not offer that filter.
    await menuLink(page, 'Caseload').click();
    await page.getByLabel('Enrolment status').waitFor();
    expect(await page.getByLabel('Immigration status').count()).toBe(0);

    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByRole('cell', { name: counselor.email }).waitFor();
    // The organization's own sign-in is set here by administrators, with the address to give the provider.
    await page.getByRole('heading', { name: 'Organization sign-in (single sign-on)' }).waitFor();
    await page.getByText(/\/api\/auth\/sso\/callback/).waitFor();
    await expectAccessible(page, 'staff');
    await page.getByLabel('Full name').fill('Nadia Benali');
    await page.getByLabel(/^E-mail/).fill('nadia@ml-toulouse.test');
    await page.getByLabel('Role').selectOption('program_referent');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'nadia@ml-toulouse.test' }).waitFor();
    await screenshotWidths(page, 'staff-en');

    await page.getByRole('link', { name: 'Outbox (dev)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    await page.getByText('nadia@ml-toulouse.test', { exact: false }).first().waitFor();
    await expectAccessible(page, 'outbox');

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.locator('table').waitFor();
    await expectAccessible(page, 'audit');
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/The chain is intact/).waitFor();
    await page.getByLabel('Action').fill('no.such.action');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No entry matches these filters.').waitFor();
    await screenshotWidths(page, 'audit-en');

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Log out on every device' }).click();
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it('resets a forgotten password with the link from the e-mail', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réinitialiser votre mot de passe' }).waitFor();
    await expectAccessible(page, 'forgot password');
    await page.getByLabel('Adresse e-mail').fill(counselor.email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText(/un lien vient de partir/).waitFor();

    const mail = app.mailer.to(counselor.email)[0];
    const link = mail?.text.match(/https?:\/\/\S+reset-password\?token=\S+/)?.[0];
    expect(link).toBeDefined();
    await page.goto(new URL(link as string).pathname + new URL(link as string).search);
    await page.getByRole('heading', { level: 1, name: 'Choisissez un nouveau mot de passe' }).waitFor();
    await expectAccessible(page, 'reset password');
    const newPassword = 'Another-Long-Passphrase-77';
    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel('Répétez le nouveau mot de passe').fill('something else entirely');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByText('Les deux mots de passe diffèrent.').waitFor();
    await page.getByLabel('Répétez le nouveau mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByText('Votre mot de passe a été changé. Connectez-vous avec.').waitFor();

    await page.getByRole('link', { name: 'Retour à la connexion' }).click();
    await page.getByLabel('Adresse e-mail').fill(counselor.email);
    await page.getByLabel(/^Mot de passe/).fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/caseload$/);
    await context.close();
  });
});
