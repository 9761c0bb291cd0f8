import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenConsortium, givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  menuLink,
  newJourney,
  type RunningApp,
  screenshot,
  settled,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The Québec journey of the issue: the PROMIS coordinator plans the weekly Info-Emploi videoconference
 * presented by a regional partner and open to the Montréal consortium (PROMIS, CFIQ, INICI); a CFIQ
 * counselor enrols a person on a phone, an INICI counselor another; after the first meeting the
 * coordinator takes the roll call — one present, one who only watched the recording (recorded, not
 * credited) — and the program's dashboard shows it. Every page visited passes axe.
 */
let app: RunningApp;
let browser: Browser;
let coordinator: SeededStaff;
let cfiqCounselor: SeededStaff;
let iniciCounselor: SeededStaff;
let programId: string;
const clock = fixedClock(new Date());
const title = 'Info-Emploi — vivre et travailler au Bas-Saint-Laurent';
const presenter = 'Accueil régional des nouveaux arrivants (Bas-Saint-Laurent)';
const day = (offset: number) =>
  new Date(clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const promis = await givenOrganization(app.db, { name: 'PROMIS', country: 'CA' });
  const cfiq = await givenOrganization(app.db, {
    name: 'Collectif des femmes immigrantes du Québec (CFIQ)',
    country: 'CA',
  });
  const inici = await givenOrganization(app.db, { name: 'INICI', country: 'CA' });
  const consortium = await givenConsortium(app.db, promis.id, [promis.id, cfiq.id, inici.id]);
  coordinator = await seedStaff(
    app.db,
    promis.id,
    'coordinator',
    'coordinator@promis.test',
    'Chantal Coordonnatrice',
    'en',
  );
  cfiqCounselor = await seedStaff(
    app.db,
    cfiq.id,
    'counselor',
    'counselor@cfiq.test',
    'Nadia Conseillère',
    'en',
  );
  iniciCounselor = await seedStaff(
    app.db,
    inici.id,
    'counselor',
    'counselor@inici.test',
    'Luis Conseiller',
    'en',
  );

  const asCoordinator = await apiAs(app.baseUrl, coordinator.email);
  const year = clock.now().getUTCFullYear();
  programId = (
    await asCoordinator<{ id: string }>('POST', '/api/programs', {
      code: 'EER',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      descriptionFr: 'Faire connaître les régions du Québec et leurs employeurs.',
      descriptionEn: 'Introducing the regions of Québec and their employers.',
      countingUnit: 'person',
      status: 'active',
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 1}-12-31`,
      consortiumId: consortium.id,
      rules: [],
    })
  ).id;
  await asCoordinator('POST', '/api/session-types', {
    code: 'INFO-EMPLOI',
    nameFr: 'Info-Emploi en région',
    nameEn: 'Jobs in the regions — information session',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  // Each partner follows its own people; they agreed to share their file with PROMIS, which runs the session.
  const consent = {
    purpose: 'sharing_with_partners',
    partnerOrganizationIds: [promis.id],
    givenOn: day(-30),
  };
  const asCfiq = await apiAs(app.baseUrl, cfiqCounselor.email);
  await asCfiq('POST', '/api/people', {
    identity: { givenName: 'Fatima', familyName: 'Benali' },
    consents: [consent],
  });
  const asInici = await apiAs(app.baseUrl, iniciCounselor.email);
  await asInici('POST', '/api/people', {
    identity: { givenName: 'Jorge', familyName: 'Ramírez' },
    consents: [consent],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function logIn(page: Page, email: string) {
  return logInInEnglish(page, email, 'Sessions');
}

async function enrol(page: Page, givenName: string, fullName: string) {
  // The session's page fully drawn first (roster, counts): a picker opened while it still moves loses its
  // list under the fields that come in below it.
  await settled(page);
  // Pick from the answer to this very search, not from the list still showing the previous one.
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes('/api/people?') && new URL(response.url()).searchParams.get('q') === givenName,
  );
  await page.getByRole('combobox', { name: 'Person' }).fill(givenName);
  await answered;
  // The option is chosen by its own click event: on a busy machine the page may still shift under the
  // pointer (a description drawn over the list), and a pointer click then lands on what moved there.
  const option = page.getByRole('option', { name: new RegExp(givenName) }).first();
  await option.waitFor();
  await option.dispatchEvent('click');
  await page.getByRole('button', { name: 'Enrol', exact: true }).click();
  await page.getByText(`${fullName} is enrolled.`).last().waitFor();
}

describe('Québec: the weekly Info-Emploi videoconference of the Montréal consortium', () => {
  it('plans it with a regional presenter, enrols partners’ people, credits live attendance only and shows the figures', async () => {
    // 1. The coordinator plans four weekly videoconferences, open to the consortium, for the program.
    const planning = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = planning.page;
    await logIn(page, coordinator.email);
    await menuLink(page, 'Sessions').click();
    await page
      .getByRole('link', { name: 'Plan a session' })
      .or(page.getByRole('button', { name: 'Plan a session' }))
      .first()
      .click();
    await page
      .getByRole('combobox', { name: 'Session type' })
      .selectOption({ label: 'Jobs in the regions — information session (INFO-EMPLOI)' });
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await page.getByRole('textbox', { name: 'Presenter' }).fill(presenter);
    await page.getByRole('textbox', { name: 'Meeting link' }).fill('https://visio.promis.test/info-emploi');
    await page.getByRole('combobox', { name: 'Open to' }).selectOption({ label: 'Members of a consortium' });
    await page.getByRole('combobox', { name: 'Program' }).selectOption({ label: 'Jobs in the regions' });
    const weekday = new Date(`${day(1)}T12:00:00Z`).toLocaleDateString('en-GB', {
      weekday: 'short',
      timeZone: 'UTC',
    });
    await page.locator('label', { hasText: new RegExp(`^${weekday}`) }).click();
    await page.getByRole('textbox', { name: 'At', exact: true }).fill('17:00');
    await page.getByRole('textbox', { name: 'For (weeks)' }).fill('4');
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(day(1));
    await page.getByRole('button', { name: 'Create 4 dates' }).click();
    await expectAccessible(page, 'plan the videoconference');
    await page.getByRole('button', { name: 'Plan the session (4 meetings)' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(presenter).first().waitFor();
    const sessionUrl = page.url();
    await planning.context.close();

    // 2. A CFIQ counselor enrols Fatima from a phone; an INICI counselor enrols Jorge.
    const phone = await newJourney(browser, app.baseUrl, { locale: 'en-US', width: 375, height: 800 });
    await logIn(phone.page, cfiqCounselor.email);
    await phone.page.goto(sessionUrl);
    await phone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await enrol(phone.page, 'Fatima', 'Fatima Benali');
    await expectAccessible(phone.page, 'enrol from a partner, on a phone');
    await screenshot(phone.page, 'info-emploi-enrol-en-375');
    await phone.context.close();

    const desk = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(desk.page, iniciCounselor.email);
    await desk.page.goto(sessionUrl);
    await desk.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await enrol(desk.page, 'Jorge', 'Jorge Ramírez');
    await desk.context.close();

    // 3. After the first videoconference the coordinator takes the roll call: Jorge only watched the recording.
    clock.advance(2 * 86_400_000);
    const closing = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const desk2 = closing.page;
    await logIn(desk2, coordinator.email);
    await desk2.goto(sessionUrl);
    await desk2.getByRole('link', { name: 'Roll call of meeting 1', exact: true }).click();
    await desk2.getByRole('button', { name: /^Mark the 2 remaining people present$/ }).click();
    const jorge = desk2.getByRole('group', { name: /Jorge Ramírez/ });
    await jorge.getByLabel('Watched a recording (not credited)').check();
    await expectAccessible(desk2, 'roll call of the videoconference');
    await desk2
      .getByRole('region', { name: 'Save the roll call' })
      .getByRole('button', { name: 'Save' })
      .click();
    await desk2.getByText('2 marks saved (2 at this meeting).').waitFor();

    // 4. The program's dashboard: 90 of 180 minutes attended live, one person credited, one not.
    await desk2.goto(`/programs/${programId}`);
    const figures = desk2.getByRole('region', { name: 'Collective sessions: attendance' });
    await figures.getByRole('row', { name: new RegExp(title) }).waitFor();
    const row = figures.getByRole('row', { name: new RegExp(title) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'PROMIS',
      '2',
      '1',
      '50%',
      '0%',
      '0',
      'By meeting',
    ]);
    const bands = figures.getByRole('table', { name: /Participants by hours credited/ });
    expect(await bands.getByRole('row', { name: /^None/ }).getByRole('cell').allTextContents()).toEqual([
      'None',
      '1',
    ]);
    await figures.getByText('1 hr 30 min attended live of 3 hr scheduled').waitFor();
    await row.getByRole('button', { name: `By meeting: “${title}”` }).click();
    const meetings = figures.getByRole('table', {
      name: new RegExp(`Attendance of each meeting held of “${title}”`),
    });
    await meetings.waitFor();
    expect(await meetings.getByRole('row').count()).toBe(2);
    await expectAccessible(desk2, 'program dashboard with session figures');
    await screenshot(desk2, 'info-emploi-figures-en-1280');

    // 5. The coordinator sets the organization's certification from her own training record.
    await desk2.getByRole('button', { name: /Chantal Coordonnatrice, / }).click();
    await desk2.getByRole('menuitem', { name: 'My training record' }).click();
    await desk2
      .getByRole('heading', { level: 1, name: 'Training record of Chantal Coordonnatrice' })
      .waitFor();
    await desk2.getByText('Your organization has not set a certification to reach yet.').waitFor();
    await desk2.getByRole('textbox', { name: 'Name in French' }).fill('Parcours Info-Emploi');
    await desk2.getByRole('textbox', { name: 'Name in English' }).fill('Info-Emploi track');
    await desk2.getByRole('textbox', { name: 'Hours required' }).fill('14');
    await desk2.getByRole('button', { name: 'Save' }).click();
    await desk2.getByRole('heading', { level: 2, name: 'Info-Emploi track' }).waitFor();
    await desk2.getByText('Hours: 0 min of 14 hr (0 %)').waitFor();
    await expectAccessible(desk2, 'training record with the certification form');
    await closing.context.close();

    // The file of the partner that follows Jorge tells it plainly (the timeline's event, not a credit).
    const asInici = await apiAs(app.baseUrl, iniciCounselor.email);
    const people = await asInici<{ items: { id: string }[] }>('GET', '/api/people?q=Jorge');
    const sessions = await asInici<{ items: { attendedMinutes: number; scheduledMinutes: number }[] }>(
      'GET',
      `/api/people/${people.items[0]!.id}/sessions`,
    );
    expect(sessions.items).toEqual([expect.objectContaining({ attendedMinutes: 0, scheduledMinutes: 90 })]);
  });
});
