import type { Browser } from 'playwright-core';
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
  settled,
  startApp,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 16, Emplois en régions, in French: Yasmine Haddad, followed by Geneviève Tremblay at PROMIS
 * (Montréal), has settled in Rimouski; her consent names the regional partner of the Bas-Saint-Laurent.
 * Geneviève proposes the hand-off with her enrolment; until it is accepted Geneviève stays her
 * referent. Marie-Ève Pelletier, at the partner, finds it among the hand-offs received, takes over as
 * referent, and lands on Yasmine's new file, enrolled in the program from the day she entered it.
 * Geneviève's file then says who follows Yasmine now. Her husband Karim, in her household, is handed
 * over with her and the household is formed again at the partner. Every screen passes axe, at 1280
 * and 375 px.
 */
let app: RunningApp;
let browser: Browser;
let personId: string;
const genevieve = 'counselor@quebec.demo';
const marieEve = 'counselor.rimouski@quebec.demo';
const partner = 'Partenaire régional en immigration — Bas-Saint-Laurent';

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  const asGenevieve = await apiAs(app.baseUrl, genevieve, demoPassword);
  const found = await asGenevieve<{ items: { id: string; givenName: string; familyName: string }[] }>(
    'GET',
    `/api/people?q=${encodeURIComponent('Yasmine Haddad')}`,
  );
  const yasmine = found.items.find((p) => p.givenName === 'Yasmine' && p.familyName === 'Haddad');
  if (!yasmine) throw new Error('the demo has no Yasmine Haddad at PROMIS');
  personId = yasmine.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a hand-off from Montréal to a regional partner after a move', () => {
  it('is proposed under consent, taken over with a referent, and the enrolment carried on', async () => {
    const sender = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(sender.page, genevieve, demoPassword);
    await sender.page.goto(`/people/${personId}?tab=enrolments`);
    await sender.page.getByRole('heading', { level: 1, name: 'Yasmine Haddad' }).waitFor();
    const section = sender.page.getByRole('region', { name: 'Passage de relais à une autre structure' });
    await section.getByRole('button', { name: 'Passer le relais' }).click();
    const dialog = sender.page.getByRole('dialog', { name: 'Passer le relais de l’accompagnement' });
    await dialog.waitFor();
    await settled(sender.page);
    await dialog.getByRole('combobox', { name: 'Structure qui reprend' }).selectOption({ label: partner });
    await dialog
      .getByRole('combobox', { name: 'Motif' })
      .selectOption({ label: 'Installation dans une autre région' });
    await dialog
      .getByRole('combobox', { name: 'Inscription reprise' })
      .selectOption({ label: 'Emplois en régions' });
    await dialog
      .getByRole('textbox', { name: 'Ce qu’elle doit savoir pour reprendre' })
      .fill('Installée à Rimouski depuis le mois dernier, cherche un poste d’aide-comptable.');
    // Her husband Karim, in her household with a file of his own and his own consent, goes too.
    await dialog.getByRole('checkbox', { name: 'Karim Haddad (conjoint ou conjointe)' }).check();
    await expectAccessible(sender.page, 'hand-off proposal');
    await dialog.getByRole('button', { name: 'Proposer le passage de relais' }).click();
    await section.getByText(new RegExp(`Proposé à ${partner} .* en attente de réponse`)).waitFor();
    await expectAccessible(sender.page, 'hand-off proposed');

    // Marie-Ève finds it among the hand-offs received and takes over.
    const receiver = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(receiver.page, marieEve, demoPassword);
    await receiver.page.getByRole('link', { name: 'Passages de relais' }).click();
    await receiver.page.getByRole('heading', { level: 1, name: 'Passages de relais' }).waitFor();
    const row = receiver.page.getByRole('row').filter({ hasText: 'Yasmine Haddad' });
    await row.getByText('Installation dans une autre région').waitFor();
    await row.getByText('PROMIS').waitFor();
    await row.getByText('Avec : Karim Haddad (conjoint ou conjointe)').waitFor();
    await expectAccessible(receiver.page, 'hand-offs received');
    await resizeTo(receiver.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(receiver.page);
    await expectAccessible(receiver.page, 'hand-offs received at 375 px');
    await screenshotWidths(receiver.page, 'quebec-handoffs-received');
    await resizeTo(receiver.page, { width: 1280, height: 900 });
    await row.getByRole('button', { name: 'Reprendre Yasmine Haddad' }).click();
    const accept = receiver.page.getByRole('dialog', { name: 'Reprendre Yasmine Haddad' });
    await accept.waitFor();
    await settled(receiver.page);
    await expect
      .poll(() => accept.getByRole('combobox', { name: 'Référent qui reprend' }).inputValue(), {
        timeout: 10_000,
      })
      .not.toBe('');
    await accept
      .getByRole('combobox', { name: 'Référent qui reprend' })
      .selectOption({ label: 'Marie-Ève Pelletier' });
    await expectAccessible(receiver.page, 'take over');
    await accept.getByText('Karim Haddad (conjoint ou conjointe)', { exact: false }).waitFor();
    await accept.getByRole('button', { name: 'Reprendre' }).click();

    // Her new file here: the enrolment carried on from the day she entered the program.
    await receiver.page.getByRole('heading', { level: 1, name: 'Yasmine Haddad' }).waitFor();
    await receiver.page.waitForURL(/\/people\/[0-9a-f-]+/);
    const newFile = new URL(receiver.page.url()).pathname;
    expect(newFile).not.toContain(personId);
    await receiver.page.goto(`${newFile}?tab=enrolments`);
    await receiver.page
      .getByRole('row')
      .filter({ hasText: 'Emplois en régions' })
      .getByText('Inscrit·e')
      .waitFor();
    await receiver.page.getByText('Repris de PROMIS le', { exact: false }).waitFor();
    await expectAccessible(receiver.page, 'file taken over');
    // Karim was taken over with her, in a file of the partner's, in the household formed again there.
    const asMarieEve = await apiAs(app.baseUrl, marieEve, demoPassword);
    const there = await asMarieEve<{ items: { id: string; givenName: string; familyName: string }[] }>(
      'GET',
      `/api/people?q=${encodeURIComponent('Karim Haddad')}`,
    );
    const karim = there.items.find((p) => p.givenName === 'Karim' && p.familyName === 'Haddad');
    expect(karim).toBeDefined();
    const household = await asMarieEve<{
      household: { members: { givenName: string; relation: string }[] } | null;
    }>('GET', `/api/people/${karim?.id}/household`);
    expect(household.household?.members.map((m) => [m.givenName, m.relation])).toEqual([
      ['Yasmine', 'main'],
      ['Karim', 'spouse'],
    ]);

    // Geneviève's file says who took over and who follows Yasmine there.
    await sender.page.reload();
    await sender.page
      .getByText(`Confié à ${partner}`, { exact: false })
      .filter({ hasText: 'Marie-Ève Pelletier' })
      .waitFor();
    await sender.page.getByText('Confiée à une autre structure').waitFor();
    await expectAccessible(sender.page, 'handed over');
    await sender.context.close();
    await receiver.context.close();
  });
});
