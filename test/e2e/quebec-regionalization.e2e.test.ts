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
  settled,
  startApp,
  todayIn,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 17, Emplois en régions from the front door to a settlement: the Khalil family asks in Arabic
 * on a phone; the rules propose CFIQ and the PROMIS coordinator confirms. At CFIQ, Nadia Benali opens
 * their file, plans the family's exploratory stay in Abitibi and reports their decision to move, and
 * asks for relocation aid for the trip, which the coordination approves and pays. Nadia records the
 * move to Rouyn-Noranda on the file, which ends the enrolment,
 * and proposes the hand-off to the Abitibi partner, whose counselor sees the family's stay among those
 * it hosts and takes over. The coordinator's household figures count one more household this year.
 */
let app: RunningApp;
let browser: Browser;
const slug = 'emplois-en-regions';
const coordinatorEmail = 'coordinator@quebec.demo';
const nadia = 'counselor.cfiq@quebec.demo';
const sophie = 'counselor.abitibi@quebec.demo';
const abitibi = 'Partenaire régional en immigration — Abitibi-Témiscamingue';
const email = `famille.khalil.${Date.now()}@example.org`;

type Api = Awaited<ReturnType<typeof apiAs>>;
let coordinator: Api;
let cfiq: Api;
let programId: string;
let abitibiId: string;

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  coordinator = await apiAs(app.baseUrl, coordinatorEmail, demoPassword);
  cfiq = await apiAs(app.baseUrl, nadia, demoPassword);
  const programs = await coordinator<{ items: { id: string; countingUnit: string }[] }>(
    'GET',
    '/api/programs',
  );
  const program = programs.items.find((p) => p.countingUnit === 'household');
  if (!program) throw new Error('the demo has no program counted in households');
  programId = program.id;
  const regions = await cfiq<{ items: { code: string; partners: { id: string; name: string }[] }[] }>(
    'GET',
    '/api/regions',
  );
  const partner = regions.items.find((r) => r.code === '08')?.partners.find((p) => p.name === abitibi);
  if (!partner) throw new Error('no partner covers Abitibi-Témiscamingue in the demo');
  abitibiId = partner.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// The demo organizations of Montréal and the regions count days in Montréal's time.
const today = () => todayIn('America/Toronto');
const settledThisYear = async () => {
  const figures = await coordinator<{ funnel: { stages: { stage: string; households: number }[] } }>(
    'GET',
    `/api/programs/${programId}/household-figures`,
  );
  return figures.funnel.stages.find((s) => s.stage === 'moves')!.households;
};

describe('a family from the front door to a settlement in Abitibi', () => {
  it('is routed to CFIQ, goes on a stay, gets relocation aid, moves, and the regional partner takes over', async () => {
    const before = await settledThisYear();

    // The family asks in Arabic on a phone.
    const visitor = await newJourney(browser, app.baseUrl, { width: 375, height: 800, locale: 'ar' });
    const phone = visitor.page;
    await phone.goto(`/demande/${slug}`);
    await phone
      .getByRole('heading', { level: 1, name: 'اطلب المرافقة للاستقرار في إحدى مناطق كيبيك' })
      .waitFor();
    await phone.getByRole('textbox', { name: 'الاسم الأول' }).fill('Rania');
    await phone.getByRole('textbox', { name: 'اسم العائلة' }).fill('Khalil');
    await phone.getByRole('textbox', { name: 'البريد الإلكتروني' }).fill(email);
    await phone.getByRole('combobox', { name: 'البلدية في كيبيك' }).fill('Montr');
    await phone.getByRole('option', { name: 'Montréal (Montréal)', exact: true }).click();
    await phone.getByRole('listbox').waitFor({ state: 'hidden' });
    await phone.getByRole('checkbox', { name: 'Abitibi-Témiscamingue' }).check();
    await phone.getByRole('button', { name: 'أضف شخصًا' }).click();
    await phone.getByRole('textbox', { name: /سنة الميلاد 1/ }).fill('2015');
    await phone.getByRole('checkbox', { name: 'أوافق' }).check();
    await expectNoSidewaysScroll(phone);
    await expectAccessible(phone, 'front door, Arabic, phone');
    await phone.getByRole('button', { name: 'أرسل طلبي' }).click();
    await phone.getByRole('heading', { name: 'شكرًا، لقد استلمنا طلبك' }).waitFor();
    await visitor.context.close();

    // The PROMIS coordinator confirms the member the rules propose: CFIQ.
    const office = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(office.page, coordinatorEmail, demoPassword);
    await office.page.getByRole('link', { name: "Porte d'entrée" }).click();
    await office.page.getByRole('link', { name: 'Rania Khalil' }).click();
    await office.page.getByRole('heading', { level: 1, name: 'Demande de Rania Khalil' }).waitFor();
    await office.page.getByRole('button', { name: /^Confirmer .*CFIQ/ }).click();
    await office.page
      .getByText(/^Attribuée à .*CFIQ/)
      .first()
      .waitFor();

    // At CFIQ, the file is opened from the request, enrolled, and the consent names the Abitibi partner.
    const queue = await cfiq<{
      items: { id: string; givenName: string | null; familyName: string | null }[];
    }>('GET', '/api/front-door/requests?state=all');
    const request = queue.items.find((r) => r.givenName === 'Rania' && r.familyName === 'Khalil');
    if (!request) throw new Error('the request did not reach CFIQ');
    const { personId } = await cfiq<{ personId: string }>(
      'POST',
      `/api/front-door/requests/${request.id}/conversion`,
    );
    // She told the front door she lives in Montréal; Nadia completes the file with her status.
    const file = await cfiq<{ identity: Record<string, string | null> }>('GET', `/api/people/${personId}`);
    const { givenName, familyName, city, region, country, preferredLanguage } = file.identity;
    await cfiq('PUT', `/api/people/${personId}`, {
      givenName,
      familyName,
      email,
      city,
      region,
      country,
      preferredLanguage,
      immigrationStatus: 'permanent_resident',
    });
    const enrolment = await cfiq<{ id: string }>('POST', `/api/programs/${programId}/enrolments`, {
      personId,
      intake: { source: 'web_form' },
    });
    expect(enrolment.id).toBeTruthy();
    await cfiq('POST', `/api/people/${personId}/items`, {
      kind: 'consent',
      data: {
        purpose: 'sharing_with_partners',
        partnerOrganizationIds: [abitibiId],
        covers: ['identity', 'plan'],
        givenOn: today(),
      },
    });

    // Nadia plans the exploratory stay in Abitibi on the file, then reports the decision to move.
    const counselor = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    const page = counselor.page;
    await logInInFrench(page, nadia, demoPassword);
    await page.goto(`/people/${personId}?tab=enrolments`);
    await page.getByRole('heading', { level: 1, name: 'Rania Khalil' }).waitFor();
    const stays = page.getByRole('region', { name: 'Séjours exploratoires' });
    await stays.getByRole('button', { name: 'Planifier un séjour' }).click();
    const planStay = page.getByRole('dialog', { name: 'Planifier un séjour exploratoire' });
    await planStay.waitFor();
    await settled(page);
    await planStay.getByRole('combobox', { name: 'Région' }).selectOption({ label: 'Abitibi-Témiscamingue' });
    await expect
      .poll(() => planStay.getByRole('combobox', { name: 'Partenaire d’accueil' }).inputValue())
      .toBe(abitibiId);
    await planStay.getByLabel('Premier jour').fill(today());
    await planStay.getByLabel('Dernier jour').fill(today());
    await planStay.getByRole('checkbox', { name: 'La personne de ce dossier' }).check();
    await planStay.getByRole('textbox', { name: 'Enfants sans dossier' }).fill('1');
    await expectAccessible(page, 'planning a stay');
    await planStay.getByRole('button', { name: 'Planifier le séjour' }).click();
    await planStay.waitFor({ state: 'hidden' });
    await stays.getByRole('button', { name: 'Faire le bilan du séjour' }).click();
    const report = page.getByRole('dialog', { name: 'Bilan du séjour — Abitibi-Témiscamingue' });
    await report.waitFor();
    await settled(page);
    await report
      .getByRole('combobox', { name: 'Ce que le ménage a décidé' })
      .selectOption({ label: 'Décidé à déménager' });
    await report.getByLabel('Jour de la décision').fill(today());
    await report.getByRole('button', { name: 'Enregistrer le bilan' }).click();
    await report.waitFor({ state: 'hidden' });
    await stays.getByText(/^Décision : Décidé à déménager, le /).waitFor();

    // She asks for relocation aid for the stay's meals; the coordination approves and pays it.
    const aidSection = page.getByRole('region', { name: 'Aide à la mobilité' });
    await aidSection.getByRole('button', { name: 'Demander une aide à la mobilité' }).click();
    const aidForm = page.getByRole('dialog', { name: 'Demander une aide à la mobilité' });
    await aidForm.waitFor();
    await settled(page);
    await aidForm.getByRole('combobox', { name: 'Programme' }).selectOption({ label: 'Emplois en régions' });
    await aidForm.getByRole('textbox', { name: 'Personnes à charge sans dossier qui participent' }).fill('1');
    await aidForm.getByRole('combobox', { name: 'Coût' }).selectOption({ label: 'Repas pendant le séjour' });
    await aidForm.getByRole('textbox', { name: 'Montant ($)' }).fill('45');
    await expectAccessible(page, 'asking for relocation aid');
    await aidForm.getByRole('button', { name: 'Déposer la demande' }).click();
    await aidForm.waitFor({ state: 'hidden' });
    await aidSection.getByText(/En attente de décision/).waitFor();

    await office.page.getByRole('link', { name: 'Aide à la mobilité' }).click();
    await office.page.getByRole('heading', { level: 1, name: 'Aide à la mobilité' }).waitFor();
    const aidRow = office.page.getByRole('row').filter({ hasText: 'Rania Khalil' });
    await aidRow.getByRole('button', { name: 'Décider' }).click();
    const decide = office.page.getByRole('dialog', { name: 'Décider la demande de Rania Khalil' });
    await decide.waitFor();
    await settled(office.page);
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decide.waitFor({ state: 'hidden' });
    // Approved, it waits among the requests to pay.
    const shown = office.page.getByRole('radiogroup', { name: 'Demandes affichées' });
    await shown.getByText('Accordée, pas entièrement versée', { exact: true }).click();
    await aidRow.getByRole('button', { name: 'Verser' }).click();
    const pay = office.page.getByRole('dialog', { name: /^Verser .* à Rania Khalil$/ });
    await pay.waitFor();
    await settled(office.page);
    await pay.getByLabel('Jour du versement').fill(today());
    await expectAccessible(office.page, 'paying relocation aid');
    await pay.getByRole('button', { name: 'Enregistrer le versement' }).click();
    await pay.waitFor({ state: 'hidden' });
    await shown.getByText('Versée', { exact: true }).click();
    await aidRow.getByText('Versée').waitFor();
    await page.reload();
    await aidSection.getByText(/^Versé 45,00/).waitFor();

    // Nadia records the move on the file, which ends the enrolment, and proposes the hand-off.
    const moves = page.getByRole('region', { name: 'Installations en région' });
    await moves.getByRole('button', { name: 'Enregistrer une installation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer une installation en région' });
    await dialog.waitFor();
    await settled(page);
    await dialog.getByLabel('Jour du déménagement').fill(today());
    await dialog.getByRole('combobox', { name: 'Municipalité' }).fill('Rouyn');
    await page.getByRole('option', { name: /Rouyn-Noranda/ }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog
      .getByRole('combobox', { name: 'Logement à l’arrivée' })
      .selectOption({ label: 'Logement loué' });
    await dialog
      .getByRole('textbox', { name: 'Emploi, entreprise ou études' })
      .fill('Préposée aux bénéficiaires, CISSS');
    await dialog.getByRole('textbox', { name: 'Membres sans dossier (enfants…)' }).fill('1');
    await dialog
      .getByRole('combobox', { name: 'Inscription qu’elle clôt' })
      .selectOption({ label: 'Emplois en régions' });
    await dialog
      .getByRole('combobox', { name: 'Partenaire régional qui prend le relais' })
      .selectOption({ label: abitibi });
    await expectAccessible(page, 'recording a move');
    await dialog.getByRole('button', { name: 'Enregistrer l’installation' }).click();
    const handoff = page.getByRole('dialog', { name: 'Passer le relais de l’accompagnement' });
    await handoff.waitFor();
    await settled(page);
    await expect
      .poll(() => handoff.getByRole('combobox', { name: 'Structure qui reprend' }).inputValue(), {
        timeout: 10_000,
      })
      .toBe(abitibiId);
    await handoff.getByRole('button', { name: 'Proposer le passage de relais' }).click();
    await moves.getByText(`Relais proposé à ${abitibi} : en attente de sa réponse.`).waitFor();
    await moves.getByText(/Installé le .* à Rouyn-Noranda \(Abitibi-Témiscamingue\)/).waitFor();
    await expectAccessible(page, 'move recorded');

    // Sophie Gagnon, at the Abitibi partner, takes over.
    const partner = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(partner.page, sophie, demoPassword);
    // She sees the family's stay among those her organization hosts: named, as the consent allows.
    await partner.page.getByRole('link', { name: 'Régions' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Régions' }).waitFor();
    const hosted = partner.page.getByRole('region', { name: 'Séjours dans mes régions' });
    await hosted.getByRole('rowheader', { name: /Rania Khalil/ }).waitFor();
    await expectAccessible(partner.page, 'regions and the stays hosted');
    await partner.page.getByRole('link', { name: 'Passages de relais' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Passages de relais' }).waitFor();
    const row = partner.page.getByRole('row').filter({ hasText: 'Rania Khalil' });
    await row.getByRole('button', { name: 'Reprendre Rania Khalil' }).click();
    const accept = partner.page.getByRole('dialog', { name: 'Reprendre Rania Khalil' });
    await accept.waitFor();
    await settled(partner.page);
    await accept
      .getByRole('combobox', { name: 'Référent qui reprend' })
      .selectOption({ label: 'Sophie Gagnon' });
    await accept.getByRole('button', { name: 'Reprendre' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Rania Khalil' }).waitFor();
    await page.reload();
    await moves.getByText(`${abitibi} a pris le relais de l’accompagnement.`).waitFor();

    // The coordinator's household figures: one more household settled this year.
    await office.page.goto(`/programs/${programId}/households`);
    await office.page.getByRole('heading', { level: 1, name: 'Foyers installés en région' }).waitFor();
    const settledRow = office.page
      .getByRole('table', { name: /Le parcours des foyers de/ })
      .getByRole('row', { name: /Foyers installés/ });
    await expect
      .poll(async () => Number((await settledRow.textContent())?.replace(/\D/g, '')), { timeout: 10_000 })
      .toBe(before + 1);
    expect(await settledThisYear()).toBe(before + 1);
    await expectAccessible(office.page, 'household figures');
    await office.context.close();
    await counselor.context.close();
    await partner.context.close();
  });
});
