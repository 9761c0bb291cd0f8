import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../support/fixtures.js';
import {
  axeViolations,
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  resizeTo,
  screenshot,
  settled,
  startApp,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The St. Louis journey of issue 12, in English: a counselor opens a Syrian civil engineer's best offers
 * and reads why the first one fits (his past job), proposes him for it from his Employment tab (the
 * offer found by words of its title), sends his file (he consented to contacting employers), records
 * the interview with a comment, reads the application on the offer's page, then records the hire: the
 * placement form comes filled in from the offer, and the contract appears in his file while the
 * application reads "Hired". Every screen passes axe, at desktop width and on a 375 px phone.
 */
let app: RunningApp;
let browser: Browser;
let dana: SeededStaff;
let personId = '';
let offerId = '';
const civilEngineer = 'http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const institute = await givenOrganization(app.db, {
    name: 'International Institute of St. Louis',
    country: 'US',
  });
  dana = await seedStaff(app.db, institute.id, 'counselor', 'dana@iistl.test', 'Dana Brooks', 'en');
  const api = await apiAs(app.baseUrl, dana.email);
  personId = (
    await api<{ id: string }>('POST', '/api/people', {
      identity: { givenName: 'Omar', familyName: 'Haddad', city: 'St. Louis', country: 'US' },
      experience: [{ occupationLabel: 'Civil engineer', escoId: civilEngineer }],
      consents: [{ purpose: 'contacting_employers', givenOn: '2026-01-05' }],
    })
  ).id;
  const firm = await api<{ id: string }>('POST', '/api/employers', { name: 'HNTB St. Louis', country: 'US' });
  offerId = (
    await api<{ id: string }>('POST', '/api/offers', {
      employerId: firm.id,
      title: 'Civil Engineer I – Transportation',
      escoId: civilEngineer,
      contractType: 'permanent',
      hoursPerWeek: 40,
      place: { postalCode: '63102', city: 'St. Louis' },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * The offer's page also shows other modules' sections (the best people for the offer), whose findings
 * are theirs to fix: here, only what lies in the applications section counts.
 */
async function expectSectionAccessible(page: Page, sectionSelector: string, name: string) {
  await settled(page);
  const violations = await axeViolations(page);
  const inSection = await page.evaluate(
    ({ found, section }) =>
      found
        .map((v) => ({
          ...v,
          // Each node is its target as JSON: the selector path, one per frame.
          nodes: v.nodes.filter((target) => {
            const selector = (JSON.parse(String(target)) as string[]).at(-1) ?? '';
            return Boolean(document.querySelector(selector)?.closest(section));
          }),
        }))
        .filter((v) => v.nodes.length > 0),
    { found: violations as unknown as { id: string; nodes: unknown[] }[], section: sectionSelector },
  );
  expect(inSection, name).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, name: string) {
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`);
  });
  expect(wider, name).toEqual([]);
}

describe('a St. Louis counselor and a job application', () => {
  it('reads why an offer fits the engineer, proposes him, follows the application to the hire and its contract', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logInInEnglish(page, dana.email, 'Caseload');
    await page.goto(`/people/${personId}?tab=employment`);
    const best = page.getByRole('region', { name: 'Best offers' });
    await best.getByRole('link', { name: 'Civil Engineer I – Transportation' }).waitFor();
    await best.getByText(/Same occupation — Civil engineer \(past job\)/).waitFor();
    const section = page.getByRole('region', { name: 'Job applications' });
    await section.getByText('No application yet.').waitFor();

    await section.getByRole('button', { name: 'Propose for an offer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Propose for a job offer' });
    const offerPicker = dialog.getByLabel('Job offer');
    await toMiddleOfWindow(offerPicker);
    await offerPicker.fill('civil eng');
    await page.getByRole('option', { name: /Civil Engineer I – Transportation/ }).click();
    await dialog.getByLabel(/^Why this person/).fill('Ten years designing bridges');
    await expectAccessible(page, 'the proposal');
    await dialog.getByRole('button', { name: 'Record' }).click();
    const application = section.getByRole('listitem').filter({ hasText: 'Civil Engineer I' });
    await application.getByText('Proposed', { exact: true }).waitFor();

    await application.getByRole('button', { name: /^Send the file/ }).click();
    const send = page.getByRole('dialog', { name: /^Send the file/ });
    await send.getByRole('button', { name: 'Record' }).click();
    await application.getByText('File sent', { exact: true }).waitFor();

    await application.getByRole('button', { name: /^Interview/ }).click();
    const interview = page.getByRole('dialog', { name: /^Interview/ });
    await interview.getByLabel(/^Note/).fill('With the transportation team');
    await interview.getByRole('button', { name: 'Record' }).click();
    await application.getByText('Interview', { exact: true }).waitFor();
    await application.getByText(/^Comments/).click();
    await application.getByLabel(/^Comment on the application/).fill('Bring the EIT registration.');
    await application.getByRole('button', { name: 'Add' }).click();
    await application.getByText('Bring the EIT registration.').waitFor();
    await application.getByText(/^History \(3\)/).click();
    await application.getByText('With the transportation team').waitFor();
    await expectAccessible(page, 'the application at interview');
    await screenshot(page, 'applications-person-1280');

    await resizeTo(page, { width: 375, height: 800 });
    await expectNoSidewaysScroll(page, 'the applications at 375 px');
    await expectAccessible(page, 'the applications at 375 px');

    await page.goto(`/offers/${offerId}`);
    const forOffer = page.getByRole('region', { name: 'Applications for this offer' });
    await forOffer.getByRole('link', { name: 'Omar Haddad' }).waitFor();
    await forOffer.getByText('Interview', { exact: true }).waitFor();
    await expectNoSidewaysScroll(page, 'the offer’s applications at 375 px');
    await expectSectionAccessible(
      page,
      'section[aria-labelledby="offer-applications-title"]',
      'the offer’s applications at 375 px',
    );
    await screenshot(page, 'applications-offer-375');

    await resizeTo(page, { width: 1280, height: 800 });
    await page.goto(`/people/${personId}?tab=employment`);
    await application.getByRole('button', { name: /^Hired/ }).click();
    const hire = page.getByRole('dialog', { name: 'Record a contract' });
    await hire.getByText('From the offer “Civil Engineer I – Transportation”.').waitFor();
    expect(await hire.getByLabel('Job title').inputValue()).toBe('Civil Engineer I – Transportation');
    await expectAccessible(page, 'the hire’s contract form');
    await hire.getByRole('button', { name: 'Record the contract' }).click();
    await application.getByText('Hired', { exact: true }).waitFor();
    const contracts = page.getByRole('region', { name: 'Hires and work contracts' });
    await contracts.getByText('at HNTB St. Louis').waitFor();
    await expectAccessible(page, 'the engineer hired');
    await context.close();
  });
});
