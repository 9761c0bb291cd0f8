import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/demo/staff.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  logInInFrench,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 16, in the demo's Occitanie consortium, in French: Camille Martin (Mission Locale de Toulouse)
 * records a consent of Yasmine naming the Mission Locale de Montpellier, a member of the consortium,
 * covering her identity and her career plan; Julie Dupuis (Montpellier) finds Yasmine under "Partagés
 * avec nous" and reads those two sections only; Camille sees Julie's read under the consent, then
 * withdraws it; Julie no longer finds Yasmine, and her file is no longer shared. Every screen passes
 * axe, at desktop width and at 375 px.
 */
let app: RunningApp;
let browser: Browser;
let personId: string;
const camille = 'counselor@occitanie.demo';
const julie = 'counselor.montpellier@occitanie.demo';

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  const asCamille = await apiAs(app.baseUrl, camille, demoPassword);
  personId = (
    await asCamille<{ id: string }>('POST', '/api/people', {
      identity: { givenName: 'Yasmine', familyName: 'Partage', birthDate: '2002-03-04' },
    })
  ).id;
  await asCamille('POST', `/api/people/${personId}/plans`, { language: 'fr' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function consentRow(page: Page) {
  return page.getByRole('row').filter({ hasText: 'Mission Locale de Montpellier' });
}

describe('a consent the person controls, read by a partner and withdrawn', () => {
  it('is recorded naming a partner, read for what it covers only, and cut when withdrawn', async () => {
    // Camille records the consent on Yasmine's file.
    const owner = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(owner.page, camille, demoPassword);
    await owner.page.goto(`/people/${personId}?tab=consent`);
    await owner.page.getByRole('heading', { level: 1, name: 'Yasmine Partage' }).waitFor();
    await owner.page.getByText('Aucun consentement enregistré.').waitFor();
    await owner.page
      .getByRole('combobox', { name: 'Finalité' })
      .selectOption({ label: 'Partage avec les structures partenaires' });
    const partners = owner.page.getByRole('group', { name: 'Structures partenaires' });
    await partners.getByRole('checkbox', { name: 'Mission Locale de Montpellier' }).check();
    const covers = owner.page.getByRole('group', { name: 'Ce qui est partagé' });
    await expect.poll(() => covers.getByRole('checkbox', { name: 'Identité' }).isChecked()).toBe(true);
    // By keyboard: the plan's box takes the focus and the space bar ticks it.
    await covers.getByRole('checkbox', { name: 'Parcours' }).focus();
    await owner.page.keyboard.press('Space');
    await expect.poll(() => covers.getByRole('checkbox', { name: 'Parcours' }).isChecked()).toBe(true);
    await owner.page.getByRole('button', { name: 'Ajouter' }).click();
    const row = await consentRow(owner.page);
    await row.getByText('En vigueur').waitFor();
    await row.getByText('Identité, Parcours').waitFor();
    await expectAccessible(owner.page, 'consent recorded');
    await resizeTo(owner.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(owner.page);
    await expectAccessible(owner.page, 'consent recorded at 375 px');
    await screenshotWidths(owner.page, 'partner-consent-file');
    await resizeTo(owner.page, { width: 1280, height: 900 });

    // Julie, at the partner, finds Yasmine under "Partagés avec nous" and reads identity and plan only.
    const partner = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(partner.page, julie, demoPassword);
    await partner.page.getByRole('link', { name: 'Partagés avec nous' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Partagés avec nous' }).waitFor();
    const shared = partner.page.getByRole('row').filter({ hasText: 'Yasmine Partage' });
    await shared.getByText('Identité, Parcours').waitFor();
    await shared.getByText('Mission Locale de Toulouse').waitFor();
    await expectAccessible(partner.page, 'shared with us');
    await shared.getByRole('link', { name: 'Ouvrir le dossier partagé de Yasmine Partage' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Yasmine Partage' }).waitFor();
    await partner.page.getByRole('heading', { level: 2, name: 'Identité' }).waitFor();
    await partner.page.getByRole('heading', { level: 2, name: 'Parcours' }).waitFor();
    expect(await partner.page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Identité',
      'Parcours',
    ]);
    await expectAccessible(partner.page, 'shared file');
    await resizeTo(partner.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(partner.page);
    await expectAccessible(partner.page, 'shared file at 375 px');
    await screenshotWidths(partner.page, 'partner-consent-shared-file');

    // Camille sees Julie's read under the consent, then withdraws it.
    await owner.page.reload();
    const again = await consentRow(owner.page);
    await again.getByRole('button', { name: 'Qui a consulté' }).click();
    await owner.page.getByText('A ouvert : Identité, Parcours').first().waitFor();
    await expectAccessible(owner.page, 'reads under the consent');
    await again.getByRole('button', { name: /^Retirer/ }).click();
    await again.getByText(/^Retiré le/).waitFor();
    await expectAccessible(owner.page, 'consent withdrawn');

    // Julie no longer finds Yasmine: the list is empty and the file is not shared any more.
    await partner.page.goto('/shared-people');
    await partner.page.getByText('Personne n’a partagé son dossier avec votre structure.').waitFor();
    await partner.page.goto(`/shared-people/${personId}`);
    await partner.page
      .getByText('Ce dossier n’est pas partagé avec votre structure, ou ne l’est plus.')
      .waitFor();
    await expectAccessible(partner.page, 'no longer shared');
    await owner.context.close();
    await partner.context.close();
  });
});
