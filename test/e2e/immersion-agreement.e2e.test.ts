import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
import { prose, textLines, usedFonts } from '../support/pdf-text.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  startApp,
} from './support/harness.js';
import { apiAs, password, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The immersion journey of issue 12, in Gironde (impulseR), in French: a counselor opens the employment
 * tab of a participant whose PMSMP at a partner bakery is prepared, records the tutor's signature from
 * the paper agreement, and downloads the agreement in French — the names (in both scripts), the host,
 * the dates and every signatory with when they signed. Every screen passes axe.
 */
let app: RunningApp;
let browser: Browser;
let ines: SeededStaff;
let personId: string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const startsOn = day(7);
const endsOn = day(11);

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const bastide = await givenOrganization(app.db, {
    name: 'Chantier d’insertion Bastide Solidaire',
    kind: 'siae',
    timeZone: 'Europe/Paris',
  });
  ines = await seedStaff(app.db, bastide.id, 'counselor', 'ines@bastide.test', 'Inès Lambert', 'fr');
  const api = await apiAs(app.baseUrl, ines.email);
  const employer = await api<{ id: string }>('POST', '/api/employers', {
    name: 'Boulangerie Martin',
    country: 'FR',
  });
  const site = await api<{ id: string }>('POST', `/api/employers/${employer.id}/sites`, {
    name: 'Fournil de Pessac',
    postalCode: '33600',
    city: 'Pessac',
  });
  const tutor = await api<{ id: string }>('POST', `/api/employers/${employer.id}/contacts`, {
    givenName: 'Émilie',
    familyName: 'Martin',
    role: 'tutor',
    jobTitle: 'Cheffe boulangère',
  });
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Layla',
        familyName: 'Haddad',
        givenNameOriginal: 'ليلى',
        familyNameOriginal: 'حداد',
        referentUserId: ines.userId,
      },
    })
  ).id;
  const immersion = await api<{ id: string }>('POST', '/api/immersions', {
    personId,
    kind: 'pmsmp',
    employerId: employer.id,
    siteId: site.id,
    tutorContactId: tutor.id,
    startsOn,
    endsOn,
    plannedHours: 35,
    objectives: 'Découvrir le métier de boulangère et confirmer le projet professionnel',
  });
  for (const signatory of ['person', 'employer', 'counselor'])
    await api('POST', `/api/immersions/${immersion.id}/signatures`, {
      signatory,
      signedAt: `${day(-1)}T09:30:00Z`,
      signerName: signatory === 'employer' ? 'Jean Martin, gérant' : null,
    });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a Gironde counselor and an immersion agreement', () => {
  it('records the tutor’s signature and downloads the French agreement with every party', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'fr-FR' });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(ines.email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`/people/${personId}?tab=employment`);
    const section = page.getByRole('region', { name: 'Immersions et stages' });
    const card = section.getByRole('article', { name: /PMSMP .* — Boulangerie Martin/ });
    await card.getByText('En attente de signatures').waitFor();
    await card.getByText('Le tuteur ou la tutrice : pas encore signé').waitFor();
    await expectAccessible(page, 'the immersions section');

    await card.getByRole('button', { name: 'Enregistrer une signature' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer une signature' });
    await dialog.getByLabel('Qui a signé').selectOption({ label: 'Le tuteur ou la tutrice' });
    await dialog.getByLabel(/^Quand/).fill(`${day(-1)}T14:00`);
    await expectAccessible(page, 'recording a signature');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Signée').waitFor();
    await card.getByText(/^Le tuteur ou la tutrice : Émilie Martin, le /).waitFor();
    await screenshot(page, 'immersion-signed-1280');

    const link = card.getByRole('link', {
      name: /Convention de l.immersion chez Boulangerie Martin en PDF, en français/,
    });
    const href = await link.getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const pdf = Buffer.from(await response.body());
    const text = prose(textLines(pdf));
    expect(text).toContain('Convention de période de mise en situation en milieu professionnel (PMSMP)');
    expect(text).toContain('Bénéficiaire : Layla Haddad (ليلى حداد)');
    expect(text).toContain("Structure d'accueil : Boulangerie Martin");
    expect(text).toContain('Lieu : Fournil de Pessac, Pessac');
    expect(text).toContain('Tuteur ou tutrice : Émilie Martin — Cheffe boulangère');
    const long = (iso: string) =>
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    expect(text).toContain(`PMSMP — Du ${long(startsOn)} au ${long(endsOn)}`);
    expect(text).toContain('Le ou la bénéficiaire Layla Haddad, signé le');
    expect(text).toContain("L'employeur d'accueil Jean Martin, gérant, signé le");
    expect(text).toContain('Le tuteur ou la tutrice Émilie Martin, signé le');
    expect(text).toContain('La structure prescriptrice Inès Lambert, signé le');
    expect(text).not.toContain('Signature : ___');
    for (const font of usedFonts(pdf)) expect(font.embedded, font.baseFont).toBe(true);

    await resizeTo(page, { width: 375, height: 800 });
    await expectAccessible(page, 'the immersions section at 375 px');
    await context.close();
  });
});
