import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { givenConsortium, givenOrganization } from '../support/fixtures.js';
import {
  expectAccessible,
  launchBrowser,
  newJourney,
  type RunningApp,
  screenshot,
  screenshotWidths,
  startApp,
} from './support/harness.js';
import { apiAs, logInInEnglish, type SeededStaff, seedStaff } from './support/seed.js';

/**
 * The journey the loan-fund issue asks for, in Louisville: a counselor files an application for
 * $2,400 (NCLEX exam and review course), a committee member approves $2,000, the referent pays the
 * exam board and records three installments (one late), and the fund's dashboard and the borrower's
 * schedule agree to the cent. Every page visited passes axe.
 */
let app: RunningApp;
let browser: Browser;
let counselor: SeededStaff;
let coordinator: SeededStaff;
let referent: SeededStaff;
let personId: string;

// The server's clock: 125 days ago when the application is filed, then moved four months on to collect,
// so that every date the journey types has happened (the contracts refuse days after today's).
const clock = fixedClock(new Date(Date.now() - 125 * 86_400_000));
const day = (offsetDays: number) =>
  new Date(clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
function monthsFrom(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
const paidOutOn = day(0);
const due = [1, 2, 3].map((n) => monthsFrom(paidOutOn, n));

beforeAll(async () => {
  app = await startApp({ clock });
  browser = await launchBrowser();
  const lender = await givenOrganization(app.db, { name: 'Louisville Community Lender', country: 'US' });
  const office = await givenOrganization(app.db, { name: 'Office for Immigrant Affairs', country: 'US' });
  // The working group the office coordinates and the lender belongs to: only its members may take part.
  await givenConsortium(app.db, office.id, [office.id, lender.id]);
  const loanOfficer = await seedStaff(
    app.db,
    lender.id,
    'director',
    'officer@lender.test',
    'Marcus Bell',
    'en',
  );
  counselor = await seedStaff(app.db, office.id, 'counselor', 'samira@office.test', 'Samira Haddad', 'en');
  coordinator = await seedStaff(
    app.db,
    office.id,
    'coordinator',
    'leticia@office.test',
    'Leticia Moore',
    'en',
  );
  referent = await seedStaff(app.db, office.id, 'program_referent', 'kevin@office.test', 'Kevin Doyle', 'en');

  const asOfficer = await apiAs(app.baseUrl, loanOfficer.email);
  const fund = await asOfficer<{ id: string }>('POST', '/api/loan-funds', {
    name: 'Louisville Re-credentialing Loan Fund',
    currency: 'USD',
    participatingOrganizationIds: [office.id],
  });
  await asOfficer('POST', `/api/loan-funds/${fund.id}/products`, {
    name: 'Re-credentialing loan',
    maxAmountCents: 300_000,
    maxTermMonths: 18,
    annualRateBps: 0,
    graceMonths: 0,
    originationFeeCents: 0,
    eligiblePurposes: ['exam_fee', 'course', 'rent', 'child_care'],
  });
  await asOfficer('POST', `/api/loan-funds/${fund.id}/contributions`, {
    kind: 'grant',
    contributor: 'Louisville Metro Government',
    amountCents: 7_000_000,
    receivedOn: day(-400),
  });
  const asCounselor = await apiAs(app.baseUrl, counselor.email);
  personId = (
    await asCounselor<{ id: string }>('POST', '/api/people', {
      identity: {
        givenName: 'Amal',
        familyName: 'Nasser',
        familyNameOriginal: 'ناصر',
        email: 'amal@example.test',
      },
      consents: [
        { purpose: 'program_data_processing', givenOn: day(-200) },
        { purpose: 'sharing_with_partners', partnerOrganizationIds: [lender.id], givenOn: day(-200) },
      ],
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function logIn(page: Page, email: string) {
  return logInInEnglish(page, email, 'Loan funds');
}

const cardValue = (page: Page, label: string) =>
  page.getByText(label, { exact: true }).first().locator('xpath=following-sibling::*[1]').textContent();

describe('Louisville: a re-credentialing loan from application to repayment, in the browser', () => {
  it('files $2,400, approves $2,000, pays the exam board, collects three installments and agrees to the cent', async () => {
    // 1. The counselor files the application from the person's file.
    const filing = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(filing.page, counselor.email);
    await filing.page.goto(`/people/${personId}?tab=loans`);
    await filing.page.getByRole('heading', { level: 1, name: /Amal Nasser/ }).waitFor();
    await filing.page.getByRole('button', { name: 'New loan application' }).click();
    await filing.page.getByLabel('Term (months)').fill('3');
    await filing.page.getByLabel('Purpose 1').selectOption('exam_fee');
    await filing.page.getByLabel('Description 1').fill('NCLEX-RN exam');
    await filing.page.getByLabel('Amount 1').fill('200');
    await filing.page.getByLabel('Payee 1').fill('Kentucky Board of Nursing');
    await filing.page.getByRole('button', { name: 'Add a cost' }).click();
    await filing.page.getByLabel('Purpose 2').selectOption('course');
    await filing.page.getByLabel('Description 2').fill('NCLEX review course');
    await filing.page.getByLabel('Amount 2').fill('2,200');
    await filing.page.getByText('Total requested: $2,400.00').waitFor();
    await filing.page.getByText('3 installments, $2,400.00 in all.').waitFor();
    await expectAccessible(filing.page, 'person loans: new application');
    await screenshotWidths(filing.page, 'loan-application-en');
    await filing.page.getByRole('button', { name: 'File the application' }).click();
    await filing.page
      .getByRole('cell', { name: 'Submitted' })
      .or(filing.page.getByText('Submitted'))
      .first()
      .waitFor();
    await filing.context.close();

    // 2. A committee member approves $2,000.
    const committee = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(committee.page, coordinator.email);
    await committee.page.getByRole('link', { name: 'Loan funds' }).click();
    await committee.page.getByRole('link', { name: /Louisville Re-credentialing Loan Fund/ }).click();
    // The committee closes last month's books: the capital received before stays, nothing new lands there.
    await committee.page.getByText('No period of the books is closed yet.').waitFor();
    await committee.page.getByRole('button', { name: 'Close the books' }).click();
    await committee.page.getByLabel('Last day of the closed period').fill(day(-30));
    await committee.page.getByRole('button', { name: 'Close the period' }).click();
    await committee.page.getByText(/^Books closed through .*: nothing can be dated/).waitFor();
    // Every section of the fund passes axe before the decision.
    for (const tab of ['Loans', 'Contributions', 'Products', 'Ledger']) {
      await committee.page.getByRole('tab', { name: tab }).click();
      await expectAccessible(committee.page, `fund: ${tab}`);
    }
    await committee.page.getByRole('tab', { name: 'Applications' }).click();
    await expectAccessible(committee.page, 'fund: applications');
    await committee.page.getByRole('button', { name: 'Decide' }).first().click();
    const drawer = committee.page.getByRole('dialog');
    await drawer.getByText('NCLEX review course').waitFor();
    await drawer.getByLabel('Amount approved').fill('2,000');
    await drawer.getByLabel('Reasons').fill('Review course partly covered by a scholarship.');
    await drawer.getByLabel('Committee members present').fill('Marcus Bell,');
    await drawer.getByLabel('Decided on').fill(day(0));
    await expectAccessible(committee.page, 'committee decision');
    await drawer.getByRole('button', { name: 'Record the approval' }).click();
    await committee.page.getByText(/Application .* approved\./).waitFor();
    await committee.context.close();

    // 3. The referent pays the exam board, then records three installments, the second one late.
    const servicing = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const paying = servicing.page;
    await logIn(paying, referent.email);
    await paying.getByRole('link', { name: 'Loan funds' }).click();
    await paying.getByRole('link', { name: /Louisville Re-credentialing Loan Fund/ }).click();
    await paying.getByRole('tab', { name: 'Loans' }).click();
    await paying
      .getByRole('link', { name: /Amal Nasser|\d{4}-\d{4}/ })
      .first()
      .click();
    await paying.getByRole('heading', { level: 1, name: /^Loan / }).waitFor();
    const loanUrl = paying.url();
    await paying.getByRole('button', { name: 'Disburse' }).click();
    await paying.getByLabel(/^Amount/).fill('2,000');
    await paying.getByLabel('Paid to').selectOption('vendor');
    await paying.getByLabel('Payee name').fill('Kentucky Board of Nursing');
    await paying.getByLabel('What it pays for').fill('NCLEX-RN exam and review course');
    await paying.getByLabel('Paid on').fill(paidOutOn);
    await paying.getByRole('button', { name: 'Record the disbursement' }).click();
    await paying.getByText('Disbursement of $2,000.00 recorded.').waitFor();
    await paying.getByRole('cell', { name: '$666.68' }).first().waitFor();
    await expectAccessible(paying, 'loan (disbursed)');
    await servicing.context.close();

    // Four months later, the borrower has paid three installments, the second one twelve days late.
    clock.advance(125 * 86_400_000);
    const collecting = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    const page = collecting.page;
    await logIn(page, referent.email);
    await page.goto(loanUrl);
    await page.getByRole('heading', { level: 1, name: /^Loan / }).waitFor();

    const twelveDaysLate = new Date(Date.parse(`${due[1]}T00:00:00Z`) + 12 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const payments: [string, string][] = [
      [due[0]!, '666.66'],
      [twelveDaysLate, '666.66'],
    ];
    const reverseButtons = page.getByRole('button', { name: /^Reverse the payment of/ });
    for (const [index, [receivedOn, amount]] of payments.entries()) {
      await page.getByRole('button', { name: 'Record a payment' }).click();
      await page.getByLabel(/^Amount/).fill(amount);
      await page.getByRole('textbox', { name: 'Received on' }).fill(receivedOn);
      await page.getByRole('button', { name: 'Record the payment' }).click();
      // The same notice text shows for both payments: wait for the payment itself to be listed.
      await expect.poll(() => reverseButtons.count()).toBe(index + 1);
    }
    // Two installments paid: $666.68 of principal is still owed on the schedule and on the books.
    const outstandingOnLoan = await cardValue(page, 'Outstanding principal');
    expect(outstandingOnLoan).toBe('$666.68');
    const remainingOnSchedule = page.getByRole('row').filter({ hasText: 'Totals' });
    await expect(remainingOnSchedule.textContent()).resolves.toContain('$666.68');
    await screenshot(page, 'loan-two-payments-en-1280');

    // A committee member sees the same loan with its Write off button: dark red on a pale tint, axe clean
    // (it was red text on red, 1.2:1), and with its form open (the filled variant).
    const steering = await newJourney(browser, app.baseUrl, { locale: 'en-US' });
    await logIn(steering.page, coordinator.email);
    await steering.page.goto(loanUrl);
    await steering.page.getByRole('heading', { level: 1, name: /^Loan / }).waitFor();
    const writeOff = steering.page.getByRole('button', { name: 'Write off', exact: true });
    await writeOff.waitFor();
    await expectAccessible(steering.page, 'loan (committee member, with Write off)');
    await writeOff.click();
    await steering.page.getByRole('textbox', { name: /^Reason/ }).waitFor();
    await expectAccessible(steering.page, 'loan (write-off form open)');
    await steering.context.close();

    await page.getByRole('link', { name: 'Louisville Re-credentialing Loan Fund' }).click();
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Month-end balances' }).waitFor();
    expect(await cardValue(page, 'Outstanding principal')).toBe(outstandingOnLoan);
    expect(await cardValue(page, 'Amount lent')).toBe('$2,000.00');
    // 70,000 − 2,000 paid out + 1,333.32 repaid.
    expect(await cardValue(page, 'Cash')).toBe('$69,333.32');
    await expectAccessible(page, 'fund dashboard');
    await screenshot(page, 'fund-dashboard-en-1280');

    // The last installment, on time: the loan is repaid and nothing is outstanding anywhere.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^Loan / }).waitFor();
    await page.getByRole('button', { name: 'Record a payment' }).click();
    await page.getByLabel(/^Amount/).fill('666.68');
    await page.getByRole('textbox', { name: 'Received on' }).fill(due[2]!);
    await page.getByRole('button', { name: 'Record the payment' }).click();
    await page.getByText('Payment of $666.68 recorded.').waitFor();
    await page.getByText('Repaid', { exact: true }).first().waitFor();
    expect(await cardValue(page, 'Outstanding principal')).toBe('$0.00');
    // A repaid loan has no arrears: not "Current", and no next installment.
    expect(await cardValue(page, 'Days past due')).toBe('—');
    expect(await cardValue(page, 'Next installment')).toBe('—');
    await collecting.context.close();
  });
});
