import { fixedClock } from '../../src/core/clock.js';
import { uuidv7 } from '../../src/core/ids.js';
import { addProduct } from '../../src/modules/loan-fund/use-cases/add-product.js';
import { createFund } from '../../src/modules/loan-fund/use-cases/create-fund.js';
import { decideApplication } from '../../src/modules/loan-fund/use-cases/decide-application.js';
import { disburse } from '../../src/modules/loan-fund/use-cases/disburse.js';
import { fileApplication } from '../../src/modules/loan-fund/use-cases/file-application.js';
import { recordContribution } from '../../src/modules/loan-fund/use-cases/record-contribution.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';
import { testDeps } from './test-app.js';
import type { TestDatabase } from './test-database.js';

/**
 * A lender operating a fund with a partner organization that follows the borrowers: the Louisville
 * arrangement. Everything after the organizations and staff goes through the use cases.
 */
export async function givenLoanFundScene(
  database: TestDatabase,
  options: { annualRateBps?: number; feeCents?: number } = {},
) {
  const clock = fixedClock('2026-06-01T12:00:00Z');
  const deps = testDeps(database, clock);
  const lender = await givenOrganization(database.db, { name: 'Community Lender', country: 'US' });
  const partner = await givenOrganization(database.db, {
    name: 'Office for Immigrant Affairs',
    country: 'US',
  });
  const outsider = await givenOrganization(database.db, { name: 'Unrelated Agency', country: 'US' });
  // The partner coordinates the working group the lender belongs to: that is what lets it take part.
  const consortium = await givenConsortium(database.db, partner.id, [partner.id, lender.id]);
  const staff = {
    lenderDirector: await givenStaff(database.db, lender.id, 'director'),
    counselor: await givenStaff(database.db, partner.id, 'counselor'),
    referent: await givenStaff(database.db, partner.id, 'program_referent'),
    coordinator: await givenStaff(database.db, partner.id, 'coordinator'),
    funder: await givenStaff(database.db, partner.id, 'funder'),
    outsiderCoordinator: await givenStaff(database.db, outsider.id, 'coordinator'),
    outsiderCounselor: await givenStaff(database.db, outsider.id, 'counselor'),
  };
  const fund = await createFund(deps)(staff.lenderDirector, {
    name: 'Re-credentialing Loan Fund',
    currency: 'USD',
    participatingOrganizationIds: [partner.id],
  });
  const product = await addProduct(deps)(staff.lenderDirector, {
    fundId: fund.id,
    name: 'Re-credentialing loan',
    maxAmountCents: 300_000,
    maxTermMonths: 24,
    annualRateBps: options.annualRateBps ?? 0,
    graceMonths: 0,
    originationFeeCents: options.feeCents ?? 0,
    eligiblePurposes: ['exam_fee', 'course', 'rent', 'child_care', 'translation'],
  });
  await recordContribution(deps)(staff.lenderDirector, {
    fundId: fund.id,
    kind: 'grant',
    contributor: 'Metro Government',
    amountCents: 7_000_000,
    receivedOn: '2026-01-15',
  });

  async function givenBorrower(givenName = 'Layla', familyName = 'Haddad', email?: string) {
    const person = await createPerson(deps)(staff.counselor, {
      identity: { givenName, familyName, email: email ?? null, preferredLanguage: 'fr' },
      consents: [
        { purpose: 'sharing_with_partners', partnerOrganizationIds: [lender.id], givenOn: '2026-01-01' },
      ],
    });
    return person.id;
  }

  /** An application filed, approved for `approvedCents` and paid out in full to an exam board. */
  async function givenActiveLoan(
    opts: { approvedCents?: number; termMonths?: number; paidOn?: string; email?: string } = {},
  ) {
    const personId = await givenBorrower(`Borrower${uuidv7().slice(-4)}`, 'Test', opts.email);
    const approved = opts.approvedCents ?? 120_000;
    const application = await fileApplication(deps)(staff.counselor, {
      fundId: fund.id,
      productId: product.id,
      personId,
      termMonths: opts.termMonths ?? 6,
      costs: [
        { purpose: 'exam_fee', description: 'Licensure exam', amountCents: approved, payee: 'State Board' },
      ],
      filedOn: '2026-02-01',
    });
    const decided = await decideApplication(deps)(staff.coordinator, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: approved,
      reasons: 'Complete file',
      decidedOn: '2026-02-05',
    });
    const loanId = decided.loanId as string;
    await disburse(deps)(staff.referent, {
      loanId,
      amountCents: approved,
      payeeKind: 'vendor',
      payeeName: 'State Board',
      purpose: 'Exam fee',
      paidOn: opts.paidOn ?? '2026-02-10',
    });
    return { loanId, personId };
  }

  return {
    clock,
    deps,
    lender,
    partner,
    outsider,
    consortium,
    staff,
    fundId: fund.id,
    productId: product.id,
    givenBorrower,
    givenActiveLoan,
  };
}
