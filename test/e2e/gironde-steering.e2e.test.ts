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
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';

/**
 * impulseR's monthly steering committee, in French, over the demo: the consortium's coordinator opens
 * the latest meeting, records the attendance of members (who came, picked among the member's staff
 * accounts, and a guest without one), writes the minutes and a decision, adds an action with its owner,
 * the staff member in charge and due day, and plans next month's meeting, where the action is carried over;
 * she finds it among the open actions of the member; the member's director marks it done there. Every
 * page passes axe.
 */
let app: RunningApp;
let browser: Browser;
const coordinator = 'coordinator@gironde.demo';
const memberDirector = 'director.bastide@gironde.demo';
const bastide = 'Chantier d’insertion Bastide Solidaire';
const action = 'Organiser la visite du chantier de Mérignac';

beforeAll(async () => {
  // The demo, loaded once for the run by the journeys' setup (test/e2e/support/global-setup.ts).
  app = await startApp({ demo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** After a navigation the page's title takes the focus: wait for it before typing. */
const titleFocused = (page: Page) =>
  page.waitForFunction(() => document.activeElement?.hasAttribute('data-page-title') === true);

describe('impulseR’s monthly steering committee', () => {
  it('is minuted with a decision and an action, which is carried over to next month and marked done by its owner', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(page, coordinator, demoPassword);
    await page.getByRole('link', { name: 'Réunions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réunions du consortium' }).waitFor();
    const steering = page.getByRole('region', { name: 'Comité de pilotage', exact: true });
    await steering.getByRole('link', { name: 'Comité de pilotage mensuel' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Comité de pilotage mensuel' }).waitFor();
    await titleFocused(page);
    const latestUrl = page.url();
    // The demo's action still open from the month before is on the agenda, carried over.
    await page.getByRole('region', { name: 'Actions reportées', exact: true }).waitFor();
    await expectAccessible(page, 'steering meeting');

    // Attendance of members.
    await page.getByRole('combobox', { name: `Présence de ${bastide}` }).selectOption('present');
    // Karine Dufour (the director) is already recorded by the demo; her counselor came too, and a guest.
    const attendees = page.getByRole('combobox', { name: `Personnes présentes de ${bastide}` });
    await toMiddleOfWindow(attendees);
    await attendees.click();
    await page.getByRole('option', { name: 'Inès Lambert' }).click();
    await page.keyboard.press('Escape');
    const guests = page.getByRole('combobox', { name: `Invités sans compte de ${bastide}` });
    await guests.fill('Claire Dumas');
    await guests.press('Enter');
    await page
      .getByRole('combobox', { name: 'Présence de Garonne Services Insertion' })
      .selectOption('excused');
    await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await page.getByText('Présence enregistrée.').waitFor();
    const bastideRow = page
      .getByRole('region', { name: 'Présence de chaque structure invitée' })
      .getByRole('row')
      .filter({ hasText: bastide });
    await expect.poll(() => bastideRow.getByRole('cell').last().textContent()).toBe('3');

    // Minutes and a decision.
    await page
      .getByRole('textbox', { name: 'Compte rendu', exact: true })
      .fill('Tour de table : les recrutements d’encadrants avancent. Visite de chantier proposée.');
    await page
      .getByRole('textbox', { name: 'Décisions' })
      .fill(
        'Présenter les sorties du trimestre au financeur\nOrganiser une visite de chantier pour les membres',
      );
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page
      .getByRole('list', { name: 'Décisions' })
      .getByText('Organiser une visite de chantier pour les membres')
      .waitFor();

    // An action with its owner and due day.
    const due = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const form = page.getByRole('form', { name: 'Nouvelle action' });
    await form.getByRole('textbox', { name: 'Action', exact: true }).fill(action);
    await form.getByRole('combobox', { name: 'Porteur' }).selectOption({ label: bastide });
    await form
      .getByRole('combobox', { name: 'Personne chargée (facultatif)' })
      .selectOption({ label: 'Karine Dufour' });
    await form.getByLabel('Échéance').fill(due);
    await form.getByRole('button', { name: 'Ajouter l’action' }).click();
    await page
      .getByRole('region', { name: 'Actions décidées à cette réunion', exact: true })
      .getByText(action)
      .waitFor();
    await expectAccessible(page, 'steering meeting minuted');

    // Next month's meeting: the open action is carried over to it.
    await page.getByRole('button', { name: 'Planifier la réunion suivante' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planifier la prochaine réunion de la série' });
    await dialog.getByText('Les actions encore ouvertes y sont reportées.').waitFor();
    await expectAccessible(page, 'next meeting dialog');
    await dialog.getByRole('button', { name: 'Planifier la réunion' }).click();
    await page.waitForURL((url) => url.href !== latestUrl && url.pathname.startsWith('/meetings/'));
    await page.getByRole('heading', { level: 1, name: 'Comité de pilotage mensuel' }).waitFor();
    const carried = page.getByRole('region', { name: 'Actions reportées', exact: true });
    await carried.getByRole('row', { name: new RegExp(action) }).waitFor();
    const nextUrl = page.url();
    await expectAccessible(page, 'next meeting with the action carried over');

    // The coordinator sees it among the member's open actions.
    await page.goto('/meetings/actions');
    await page.getByRole('heading', { level: 1, name: 'Actions en cours chez les membres' }).waitFor();
    await page.getByRole('combobox', { name: 'Structure membre' }).selectOption({ label: bastide });
    await page.getByRole('row', { name: new RegExp(action) }).waitFor();
    await expectAccessible(page, 'open actions of a member');
    await context.close();

    // The member's director marks it done at the next meeting.
    const member = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(member.page, memberDirector, demoPassword);
    await member.page.goto(nextUrl);
    await member.page.getByRole('heading', { level: 1, name: 'Comité de pilotage mensuel' }).waitFor();
    const status = member.page.getByRole('combobox', { name: `Statut de « ${action} »` });
    await status.selectOption('done');
    await member.page.getByText('Statut modifié.').waitFor();
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('done');
    await member.page
      .getByRole('group', { name: `Historique de « ${action} »` })
      .getByText(/Faite lors de Comité de pilotage mensuel par Karine Dufour/)
      .waitFor();
    await expectAccessible(member.page, 'action done by its owner');
    await resizeTo(member.page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(member.page);
    await expectAccessible(member.page, 'meeting at 375 px');
    await member.context.close();
  });
});
