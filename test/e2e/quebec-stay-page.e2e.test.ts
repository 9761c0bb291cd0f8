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
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Issue 17, an exploratory stay's own page: Nadia Benali (CFIQ) opens the Haddad family's stay in
 * Abitibi-Témiscamingue from their file, adds an employer visit to the programme and the lodging to the
 * costs. Sophie Gagnon, at the Abitibi partner that hosts it, opens the stay from the Regions page —
 * with initials only, no consent names her organization — and writes her observations; she may add to
 * the programme but not touch the costs. Nadia then reads those observations on the stay's page.
 * The stay itself is planned through the API (its dialog has its own journey).
 */
let app: RunningApp;
let browser: Browser;
const nadia = 'counselor.cfiq@quebec.demo';
const sophie = 'counselor.abitibi@quebec.demo';
const abitibi = 'Partenaire régional en immigration — Abitibi-Témiscamingue';
const familyName = `Haddad${Date.now().toString(36).slice(-4)}`;

type Api = Awaited<ReturnType<typeof apiAs>>;
let cfiq: Api;
let personId: string;
let stayId: string;

const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  cfiq = await apiAs(app.baseUrl, nadia, demoPassword);
  const regions = await cfiq<{ items: { code: string; partners: { id: string; name: string }[] }[] }>(
    'GET',
    '/api/regions',
  );
  const host = regions.items.find((r) => r.code === '08')?.partners.find((p) => p.name === abitibi);
  if (!host) throw new Error('no partner covers Abitibi-Témiscamingue in the demo');
  personId = (
    await cfiq<{ id: string }>('POST', '/api/people', { identity: { givenName: 'Samira', familyName } })
  ).id;
  // From tomorrow (UTC) for three days: planned whatever the organization's time zone says today is.
  stayId = (
    await cfiq<{ id: string }>('POST', `/api/people/${personId}/stays`, {
      regionCountry: 'CA',
      regionCode: '08',
      hostOrganizationId: host.id,
      startsOn: dayAfter(1),
      endsOn: dayAfter(3),
      travellerPersonIds: [personId],
      childrenWithoutFile: 2,
      purpose: 'Voir Rouyn-Noranda : emploi à la mine, logement, écoles.',
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The page is free of axe violations and of sideways scroll at desktop width and on a 375 px phone. */
async function expectAccessibleAtBothWidths(page: Page, name: string) {
  await resizeTo(page, { width: 1280, height: 900 });
  await expectAccessible(page, `${name} (1280 px)`);
  await expectNoSidewaysScroll(page);
  await resizeTo(page, { width: 375, height: 800 });
  await expectAccessible(page, `${name} (375 px)`);
  await expectNoSidewaysScroll(page);
  await resizeTo(page, { width: 1280, height: 900 });
}

describe("an exploratory stay's page", () => {
  it('gets its programme and costs from the household’s counselor and its observations from the host', async () => {
    // Nadia opens the stay from the family's file.
    const counselor = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    const { page } = counselor;
    await logInInFrench(page, nadia, demoPassword);
    await page.goto(`/people/${personId}?tab=enrolments`);
    const section = page.getByRole('region', { name: 'Séjours exploratoires' });
    await section.getByRole('link', { name: /^Abitibi-Témiscamingue, du / }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Séjour exploratoire — Abitibi-Témiscamingue' })
      .waitFor();
    const details = page.getByRole('region', { name: 'Le séjour' });
    await details.getByText(`Samira ${familyName} · 2 enfants sans dossier`).waitFor();
    await details.getByText(abitibi).waitFor();
    await details.getByRole('button', { name: 'Modifier le séjour' }).waitFor();
    await details.getByRole('button', { name: 'Annuler le séjour' }).waitFor();

    // An employer visit on the programme.
    const programme = page.getByRole('region', { name: 'Programme des visites' });
    await programme.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Visite d’employeur' });
    await programme.getByRole('textbox', { name: /Quoi et où/ }).fill('Visite de la fonderie Horne');
    await programme.getByRole('button', { name: 'Ajouter au programme', exact: true }).click();
    await programme
      .getByRole('region', { name: 'Programme du séjour' })
      .getByRole('rowheader', { name: 'Visite de la fonderie Horne' })
      .waitFor();

    // The lodging on the costs, typed in dollars, kept and totalled in cents.
    const costs = page.getByRole('region', { name: 'Coûts' });
    await costs.getByRole('combobox', { name: 'Nature' }).selectOption({ label: 'Hébergement' });
    await costs.getByRole('textbox', { name: /Montant/ }).fill('125,50');
    await costs.getByRole('combobox', { name: 'Payé par' }).selectOption({ label: 'Programme' });
    await costs.getByRole('button', { name: 'Ajouter le coût' }).click();
    await costs.getByText(/^Total\s:\s125,50\s\$/).waitFor();
    const stay = await cfiq<{ costs: { amountCents: number; paidBy: string }[]; totalCostCents: number }>(
      'GET',
      `/api/stays/${stayId}`,
    );
    expect(stay.costs).toEqual([expect.objectContaining({ amountCents: 12_550, paidBy: 'program' })]);
    expect(stay.totalCostCents).toBe(12_550);
    await page
      .getByRole('region', { name: 'Observations du partenaire d’accueil' })
      .getByText('Le partenaire d’accueil n’a pas encore écrit d’observations.')
      .waitFor();
    await expectAccessibleAtBothWidths(page, 'the stay as its counselor sees it');

    // Sophie, at the host partner, opens it from the Regions page.
    const partner = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await logInInFrench(partner.page, sophie, demoPassword);
    await partner.page.getByRole('link', { name: 'Régions' }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Régions' }).waitFor();
    const hosted = partner.page.getByRole('region', { name: 'Séjours dans mes régions' });
    await hosted.locator(`a[href="/stays/${stayId}"]`).click();
    await partner.page
      .getByRole('heading', { level: 1, name: 'Séjour exploratoire — Abitibi-Témiscamingue' })
      .waitFor();
    // Initials only: no consent in force names her organization.
    const seen = partner.page.getByRole('region', { name: 'Le séjour' });
    await seen.getByText(`S. ${familyName[0]}. · 2 enfants sans dossier`).waitFor();
    expect(await seen.getByText(`Samira ${familyName}`).count()).toBe(0);
    await partner.page
      .getByRole('region', { name: 'Programme des visites' })
      .getByRole('rowheader', { name: 'Visite de la fonderie Horne' })
      .waitFor();
    // She reads the costs, but neither changes them nor the stay.
    const partnerCosts = partner.page.getByRole('region', { name: 'Coûts' });
    await partnerCosts.getByText(/^Total\s:\s125,50\s\$/).waitFor();
    expect(await partnerCosts.getByRole('button').count()).toBe(0);
    expect(await seen.getByRole('button').count()).toBe(0);
    const observations = partner.page.getByRole('region', { name: 'Observations du partenaire d’accueil' });
    await observations
      .getByRole('textbox', { name: /Vos observations/ })
      .fill('Famille très motivée ; la fonderie propose un second entretien.');
    const save = observations.getByRole('button', { name: 'Enregistrer les observations' });
    await save.click();
    await partner.page.getByText('Les observations sont enregistrées.').waitFor();
    await expect.poll(() => save.getAttribute('data-loading'), { timeout: 30_000 }).toBeNull();
    // The pointer left on the button would keep its hover shade, which axe reads as the button's colour.
    await partner.page.mouse.move(0, 0);
    await expectAccessibleAtBothWidths(partner.page, 'the stay as its host sees it');

    // Nadia reads them.
    await page.reload();
    await page
      .getByRole('region', { name: 'Observations du partenaire d’accueil' })
      .getByText('Famille très motivée ; la fonderie propose un second entretien.')
      .waitFor();
    await counselor.context.close();
    await partner.context.close();
  });
});
