import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/demo/staff.js';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  launchBrowser,
  menuLink,
  newJourney,
  type RunningApp,
  resizeTo,
  settled,
  startApp,
  todayIn,
  toMiddleOfWindow,
} from './support/harness.js';
import { apiAs } from './support/seed.js';

/**
 * Credential recognition (issue 18) in Louisville, over the demo: a counselor searches "infirmière" for a
 * nurse trained in Côte d'Ivoire, finds the Kentucky registered-nurse pathway (regulated, its steps and
 * costs), opens a case, finances the NCLEX-RN exam and its review course through the fund, follows the
 * loan to its disbursement on those steps, and records the licence. The plan shows the case's steps, and
 * the working group's figures count her. Every page visited passes axe, at desktop width and at 375 px.
 */
let app: RunningApp;
let browser: Browser;
let personId: string;
const counselor = 'counselor@louisville.demo';
const coordinator = 'coordinator@louisville.demo';
const referent = 'referent@louisville.demo';
const nurse = { givenName: 'Aya', familyName: 'Kouamé' };

// Louisville's organizations count days in Louisville's time.
const today = () => todayIn('America/New_York');

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  const lender = await app.db
    .selectFrom('organizations')
    .select('id')
    .where('name', '=', 'Louisville Community Development Lender')
    .executeTakeFirstOrThrow();
  const asCounselor = await apiAs(app.baseUrl, counselor, demoPassword);
  personId = (
    await asCounselor<{ id: string }>('POST', '/api/people', {
      identity: { ...nurse, nationality: 'CI', email: 'aya.kouame@example.test' },
      languages: [{ language: 'fr', motherTongue: true }],
      consents: [
        { purpose: 'program_data_processing', givenOn: today() },
        { purpose: 'sharing_with_partners', partnerOrganizationIds: [lender.id], givenOn: today() },
      ],
    })
  ).id;
  await asCounselor('POST', `/api/people/${personId}/plans`, { language: 'en', targetField: 'Nursing' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await settled(page);
}

async function atBothWidths(page: Page, name: string) {
  await expectAccessible(page, name);
  await resizeTo(page, { width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, `${name} at 375 px`);
  await resizeTo(page, { width: 1280, height: 900 });
}

describe('Louisville: a nurse trained in Côte d’Ivoire on the Kentucky RN pathway, in the browser', () => {
  it('finds the pathway in French words, opens the case, finances two steps through the fund and records the licence', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, counselor);

    // 1. The catalogue, searched as the person names her occupation, in French.
    await menuLink(page, 'Credential recognition').click();
    await page.getByRole('heading', { level: 1, name: 'Credential recognition pathways' }).waitFor();
    const search = page.getByRole('search', { name: 'Find a pathway' });
    await search.getByLabel('Search in').selectOption('fr');
    const occupationSearch = search.getByRole('combobox', { name: 'Occupation' });
    await toMiddleOfWindow(occupationSearch);
    await occupationSearch.fill('infirmière');
    await page.getByRole('option', { name: /infirmière de soins généraux/ }).click();
    await search.getByLabel('Jurisdiction').selectOption('US-KY');
    const card = page.getByRole('listitem').filter({ hasText: 'Kentucky (United States)' });
    await card.getByRole('link', { name: /Registered Nurses — Kentucky \(United States\)/ }).waitFor();
    await card.getByText('Regulated', { exact: true }).waitFor();
    await expect(card.textContent()).resolves.toContain(
      'Kentucky Board of Nursing · 6 steps · Typically $2,155.00 over 9 months',
    );
    await atBothWidths(page, 'recognition: the catalogue searched for infirmière');

    // 2. The pathway: regulator, steps with costs and durations, sources, illustrative data, history.
    await card.getByRole('link', { name: /Registered Nurses/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Registered Nurses — Kentucky (United States)' })
      .waitFor();
    await page.getByRole('link', { name: 'Kentucky Board of Nursing' }).waitFor();
    await page.getByText('Illustrative data', { exact: true }).waitFor();
    const steps = page.getByRole('table', { name: /The steps of version 1/ });
    await steps.getByRole('row', { name: /NCLEX-RN exam .* \$200\.00 6 weeks/ }).waitFor();
    await steps
      .getByRole('row', { name: /Credentials evaluation for nurses .*Evaluator: CGFNS International/ })
      .waitFor();
    await steps.getByRole('link', { name: 'www.ncsbn.org' }).waitFor();
    await page.getByRole('table', { name: 'Every version of the pathway, newest first' }).waitFor();
    // A counselor reads the catalogue; only the working group's roles write a new version.
    expect(await page.getByRole('button', { name: 'New version' }).count()).toBe(0);
    await atBothWidths(page, 'recognition: the Kentucky RN pathway');

    // 3. The person's file: a case opened on the pathway from the Recognition section.
    await page.goto(`/people/${personId}?tab=recognition`);
    await page.getByRole('heading', { level: 1, name: /Aya Kouamé/ }).waitFor();
    const opening = page.getByRole('region', { name: 'Open a recognition case' });
    await opening.getByLabel('Search in').selectOption('fr');
    const caseOccupation = opening.getByRole('combobox', { name: 'Occupation' });
    await toMiddleOfWindow(caseOccupation);
    await caseOccupation.fill('infirmière');
    await page.getByRole('option', { name: /infirmière de soins généraux/ }).click();
    // The picker's list closes (its portal leaves the page) before axe reads it.
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await opening.getByLabel('Jurisdiction').selectOption('US-KY');
    await expectAccessible(page, 'recognition: opening a case');
    await opening
      .getByRole('listitem')
      .filter({ hasText: 'Registered Nurses — Kentucky' })
      .getByRole('button', { name: 'Open a case on this pathway' })
      .click();
    const recognitionCase = page.getByRole('region', {
      name: 'Registered Nurses — Kentucky (United States)',
    });
    await recognitionCase.getByText('0 of 6 steps done').waitFor();
    const caseSteps = recognitionCase.getByRole('table', { name: /The case’s steps/ });
    await caseSteps
      .getByRole('row', { name: /NCLEX-RN review course .*Not started .*\$1,200\.00 \(typical\)/ })
      .waitFor();
    await atBothWidths(page, 'recognition: a case opened');

    // 4. The exam and its review course financed through the fund: the sum, then the application on the steps.
    await recognitionCase.getByRole('button', { name: 'Finance through the fund' }).click();
    const finance = recognitionCase.getByRole('region', { name: 'Finance steps through the fund' });
    await finance.getByLabel('Term (months)').fill('12');
    await finance.getByLabel(/NCLEX-RN review course/).check();
    await finance.getByLabel(/NCLEX-RN exam/).check();
    await finance.getByText('Amount asked: $1,400.00').waitFor();
    await expectAccessible(page, 'recognition: financing two steps');
    await finance.getByRole('button', { name: 'File the application' }).click();
    await caseSteps.getByRole('row', { name: /NCLEX-RN exam .*Loan of the fund.*: submitted/ }).waitFor();
    await caseSteps
      .getByRole('row', { name: /NCLEX-RN review course .*Loan of the fund.*: submitted/ })
      .waitFor();

    // The committee approves and the referent pays the exam board and the school (the fund's own screens).
    const { applications } = await (await apiAs(app.baseUrl, counselor, demoPassword))<{
      applications: { id: string; requestedCents: number; status: string }[];
    }>('GET', `/api/people/${personId}/loans`);
    const application = applications.find((a) => a.status === 'submitted' && a.requestedCents === 140_000);
    expect(application).toBeDefined();
    const decided = await (await apiAs(app.baseUrl, coordinator, demoPassword))<{ loanId: string }>(
      'POST',
      `/api/loan-applications/${application?.id}/decision`,
      {
        outcome: 'approve',
        approvedCents: 140_000,
        reasons: 'NCLEX-RN exam and review course for a licence in Kentucky',
      },
    );
    await (await apiAs(app.baseUrl, referent, demoPassword))(
      'POST',
      `/api/loans/${decided.loanId}/disbursements`,
      {
        amountCents: 140_000,
        payeeKind: 'vendor',
        payeeName: 'Kentucky Board of Nursing and review school',
        purpose: 'NCLEX-RN exam and review course',
        paidOn: today(),
      },
    );
    await page.reload();
    await caseSteps.getByRole('row', { name: /NCLEX-RN exam .*: approved.*Paid out on/ }).waitFor();
    await caseSteps.getByRole('link', { name: 'Open the loan' }).first().waitFor();

    // 5. The steps move, then the licence is recorded.
    for (const step of [1, 2, 3, 4]) {
      await caseSteps.getByRole('button', { name: `Update step ${step}` }).click();
      const form = recognitionCase.getByRole('form', { name: new RegExp(`^Update step ${step}`) });
      await form.getByLabel('Status').selectOption('done');
      if (step === 1) await expectAccessible(page, 'recognition: updating a step');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
    }
    await recognitionCase.getByText('4 of 6 steps done').waitFor();
    await recognitionCase.getByRole('button', { name: 'Record the result' }).click();
    const result = recognitionCase.getByRole('form', { name: 'The regulator’s decision' });
    await result.getByLabel('Result').selectOption('recognised');
    await result.getByLabel('Name of the credential').fill('Registered Nurse licence (Kentucky)');
    await expectAccessible(page, 'recognition: recording the result');
    await result.getByRole('button', { name: 'Record the result' }).click();
    await recognitionCase.getByText(/^Recognised on /).waitFor();
    await recognitionCase
      .getByText(/^Licence: Registered Nurse licence \(Kentucky\), obtained on /)
      .waitFor();
    await recognitionCase.getByText('Decided', { exact: true }).waitFor();
    await atBothWidths(page, 'recognition: the licence recorded');

    // 6. The career plan shows the case's steps where its recognition text was.
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: 'NCLEX-RN exam — Done' }).waitFor();
    await page.getByRole('link', { name: 'Open the recognition case' }).waitFor();
    await expectAccessible(page, 'recognition: the plan shows the case');
    await context.close();
  });

  it('shows the working group where people are on each pathway, what the fund paid and the results', async () => {
    const { context, page } = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(page, coordinator);
    await page.goto('/recognition');
    await page.getByRole('link', { name: 'Working-group figures' }).click();
    await page.getByRole('heading', { level: 1, name: /working-group figures/ }).waitFor();
    const summary = page.getByRole('table', { name: /Each pathway/ });
    const row = summary.getByRole('row', { name: /Registered Nurses — Kentucky \(United States\)/ });
    await row.waitFor();
    // The demo's borrowers on the pathway and Aya's loan: the page shows what the server counts.
    const figures = await (await apiAs(app.baseUrl, coordinator, demoPassword))<{
      pathways: {
        jurisdiction: string;
        occupation: { code: string };
        people: number;
        results: { recognised: number };
        fundPaid: { disbursedCents: number; loans: number }[];
      }[];
    }>('GET', '/api/recognition/figures');
    const nurses = figures.pathways.find(
      (p) => p.jurisdiction === 'US-KY' && p.occupation.code === '29-1141.00',
    );
    const paid = nurses?.fundPaid[0];
    expect(paid?.disbursedCents).toBeGreaterThanOrEqual(140_000);
    expect(nurses?.results.recognised).toBeGreaterThanOrEqual(1);
    const dollars = `$${((paid?.disbursedCents ?? 0) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(await row.textContent()).toContain(`${dollars} (${paid?.loans} loans)`);
    await page
      .getByRole('table', { name: /Registered Nurses — Kentucky \(United States\), version 1/ })
      .waitFor();
    await atBothWidths(page, 'recognition: the working group’s figures');
    await summary.getByRole('columnheader', { name: 'Credential and employed in the field' }).waitFor();
    // A period before any case: the server counts nobody on any pathway.
    const period = page.getByRole('search', { name: 'Period of the figures' });
    await period.getByLabel('To').fill('2000-01-01');
    await page.getByText('No case has been opened on any pathway yet.').waitFor();
    await period.getByLabel('To').fill('');
    await row.waitFor();

    // The working group keeps the catalogue: a new version when the review course's price changes.
    await row.getByRole('link', { name: /Registered Nurses/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Registered Nurses — Kentucky (United States)' })
      .waitFor();
    await page.getByRole('button', { name: 'New version' }).click();
    const version = page.getByRole('form', { name: 'New version of the steps' });
    await version.getByRole('group', { name: 'Step 3' }).getByLabel('Typical cost (USD)').fill('1,300');
    await version
      .getByLabel('What changed (for the history)')
      .fill('The review course costs $1,300 this year');
    await expectAccessible(page, 'recognition: writing a new version');
    await version.getByRole('button', { name: 'Save the new version' }).click();
    await version.waitFor({ state: 'detached' });
    const history = page.getByRole('table', { name: 'Every version of the pathway, newest first' });
    await history
      .getByRole('row', { name: /^2 \(current\) .*The review course costs \$1,300 this year/ })
      .waitFor();
    await page
      .getByRole('table', { name: /The steps of version 2/ })
      .getByRole('row', { name: /NCLEX-RN review course .*\$1,300\.00/ })
      .waitFor();
    await expectAccessible(page, 'recognition: a new version saved');
    await context.close();
  });
});
