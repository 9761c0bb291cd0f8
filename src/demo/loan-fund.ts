import type { LoanDetail } from '../contracts/loan-fund.js';
import type { RequestContext } from '../core/auth/actor.js';
import { addMonths } from '../core/calendar.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { addProduct } from '../modules/loan-fund/use-cases/add-product.js';
import { createFund } from '../modules/loan-fund/use-cases/create-fund.js';
import { decideApplication } from '../modules/loan-fund/use-cases/decide-application.js';
import { disburse } from '../modules/loan-fund/use-cases/disburse.js';
import { fileApplication } from '../modules/loan-fund/use-cases/file-application.js';
import { recordContribution } from '../modules/loan-fund/use-cases/record-contribution.js';
import { recordPayment } from '../modules/loan-fund/use-cases/record-payment.js';
import { restructureLoan } from '../modules/loan-fund/use-cases/restructure-loan.js';
import { writeOffLoan } from '../modules/loan-fund/use-cases/write-off-loan.js';
import { addPersonItem } from '../modules/people/use-cases/add-person-item.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import {
  type PlannedLoan,
  pathwayOf,
  plannedAmounts,
  type Repayment,
  splitByShares,
} from './loan-fund-plan.js';
import { origins } from './names.js';
import { type Random, seededRandom } from './random.js';

export interface LoanFundCast {
  lenderId: string;
  participantIds: string[];
  followingOrganizationId: string;
  lenderDirectorId: string;
  counselorId: string;
  referentId: string;
  coordinatorId: string;
  /** People the following organization enrolled recently: this year's borrowers. */
  currentPeople: string[];
}

/** Capital received, as the fund's history tells it: $70,000 at the start, then grants and gifts. */
const contributions = [
  {
    kind: 'grant',
    contributor: 'Louisville Metro Government',
    amountCents: 5_000_000,
    receivedOn: '2019-01-15',
  },
  { kind: 'grant', contributor: 'KentuckianaWorks', amountCents: 2_000_000, receivedOn: '2019-01-15' },
  {
    kind: 'donation',
    contributor: 'Community Foundation of Louisville',
    amountCents: 1_500_000,
    receivedOn: '2019-10-01',
  },
  {
    kind: 'grant',
    contributor: 'Louisville Metro Government',
    amountCents: 2_000_000,
    receivedOn: '2020-07-01',
  },
  { kind: 'donation', contributor: 'Jewish Heritage Fund', amountCents: 1_200_000, receivedOn: '2021-06-15' },
  { kind: 'grant', contributor: 'KentuckianaWorks', amountCents: 800_000, receivedOn: '2022-03-01' },
] as const;

/** Loans per year: more than 20 in the first, fewer once the pilot became routine. */
const loansPerYear: [number, number][] = [
  [2019, 22],
  [2020, 6],
  [2021, 6],
  [2022, 5],
  [2023, 5],
  [2024, 5],
  [2025, 5],
];

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function repaymentFor(random: Random, year: number, index: number): Repayment {
  // Two of the first year's 22 borrowers could not repay: 20 of 22 repaid, about 90 %.
  if (year === 2019 && (index === 6 || index === 15))
    return { kind: 'defaulted', paidInstallments: 3 + (index % 4) };
  if (year === 2019 && index === 11) return { kind: 'restructured', missedFrom: 5 };
  if (year === 2022 && index === 2) return { kind: 'defaulted', paidInstallments: 6 };
  if (random.chance(0.3))
    return { kind: 'one_late', installment: random.int(1, 6), daysLate: random.int(8, 40) };
  return { kind: 'on_time' };
}

/** A loan of this year's borrowers: the recognition demo links it to the steps it paid. */
export interface CurrentDemoLoan {
  personId: string;
  applicationId: string;
  /** The pathway's name in the fund's words (`loan-fund-plan.ts`). */
  pathway: string;
  filedOn: string;
}

export async function loadDemoLoanFund(
  deps: Deps,
  cast: LoanFundCast,
): Promise<{ loans: number; currentLoans: CurrentDemoLoan[] }> {
  const random = seededRandom(2_019_0115);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const as = async (userId: string, organizationId: string): Promise<RequestContext> => {
    const actor = await buildActor(
      deps.db,
      { id: userId, displayName: 'demo', locale: 'en' },
      'demo-loader',
      organizationId,
    );
    if (!actor) throw new Error('demo loan fund: staff without membership');
    return { actor, requestId: 'demo-loader', locale: 'en', ip: null };
  };
  const lender = await as(cast.lenderDirectorId, cast.lenderId);
  const counselor = await as(cast.counselorId, cast.followingOrganizationId);
  const referent = await as(cast.referentId, cast.followingOrganizationId);
  const coordinator = await as(cast.coordinatorId, cast.followingOrganizationId);

  const fund = await createFund(deps)(lender, {
    name: 'Louisville Re-credentialing Loan Fund',
    currency: 'USD',
    description:
      'Loans up to $3,000 for the costs of re-credentialing (course and exam fees) and wraparound support (rent help, child care), for foreign-trained immigrants and refugees.',
    participatingOrganizationIds: cast.participantIds,
    // The books open with the pilot: nothing is dated before the first grant's year.
    startedOn: '2019-01-01',
  });
  const product = await addProduct(deps)(lender, {
    fundId: fund.id,
    name: 'Re-credentialing loan',
    maxAmountCents: 300_000,
    maxTermMonths: 18,
    annualRateBps: 200,
    graceMonths: 1,
    originationFeeCents: 0,
    eligiblePurposes: [
      'exam_fee',
      'course',
      'translation',
      'credential_evaluation',
      'licensing_fee',
      'rent',
      'child_care',
      'transport',
    ],
  });
  for (const c of contributions) await recordContribution(deps)(lender, { fundId: fund.id, ...c });

  const plans: { personId: string | null; plan: PlannedLoan; pathway: string }[] = [];
  for (const [year, count] of loansPerYear) {
    for (let index = 0; index < count; index++) {
      const pathway = pathwayOf(random);
      const { amountCents, approvedCents } = plannedAmounts(random);
      const parts = splitByShares(
        amountCents,
        pathway.costs.map((c) => c.share),
      );
      plans.push({
        personId: null,
        pathway: pathway.plan,
        plan: {
          filedOn: `${year}-${String(1 + Math.floor((index * 11) / count)).padStart(2, '0')}-${String(random.int(2, 25)).padStart(2, '0')}`,
          amountCents,
          approvedCents,
          termMonths: random.pick([6, 9, 10, 12]),
          costs: pathway.costs.map((c, i) => ({ ...c, share: parts[i] ?? 0 })),
          repayment: repaymentFor(random, year, index),
        },
      });
    }
  }
  // This year's borrowers are people the program follows now; two of them are behind.
  cast.currentPeople.slice(0, 6).forEach((personId, index) => {
    const pathway = pathwayOf(random);
    const { amountCents, approvedCents } = plannedAmounts(random);
    const parts = splitByShares(
      amountCents,
      pathway.costs.map((c) => c.share),
    );
    plans.push({
      personId,
      pathway: pathway.plan,
      plan: {
        filedOn: shiftDays(today, -(60 + index * 35)),
        amountCents,
        approvedCents,
        termMonths: 12,
        costs: pathway.costs.map((c, i) => ({ ...c, share: parts[i] ?? 0 })),
        repayment:
          index === 1 || index === 4
            ? { kind: 'behind', missedLast: index === 1 ? 1 : 2 }
            : { kind: 'on_time' },
      },
    });
  });

  const currentLoans: CurrentDemoLoan[] = [];
  for (const { personId, plan, pathway } of plans) {
    const borrower = personId ?? (await pastBorrower(deps, counselor, random, plan.filedOn));
    await addPersonItem(deps)(counselor, {
      personId: borrower,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          partnerOrganizationIds: [cast.lenderId],
          givenOn: plan.filedOn,
        },
      },
    });
    const application = await fileApplication(deps)(counselor, {
      fundId: fund.id,
      productId: product.id,
      personId: borrower,
      termMonths: plan.termMonths,
      costs: plan.costs.map((c) => ({
        purpose: c.purpose,
        description: c.description,
        payee: c.payee,
        amountCents: c.share,
      })),
      planReference: pathway,
      filedOn: plan.filedOn,
    });
    if (personId)
      currentLoans.push({ personId, applicationId: application.id, pathway, filedOn: plan.filedOn });
    const decided = await decideApplication(deps)(coordinator, {
      applicationId: application.id,
      outcome: 'approve',
      approvedCents: plan.approvedCents,
      reasons:
        plan.approvedCents === plan.amountCents
          ? 'Costs documented; pathway confirmed with the counselor.'
          : 'Approved in part: the remaining costs are covered by a training grant.',
      committeeMembers: ['Loan committee: lender', 'Office for Immigrant Affairs', 'KentuckianaWorks'],
      decidedOn: shiftDays(plan.filedOn, 7),
    });
    const loanId = decided.loanId as string;
    const vendor = plan.costs.find((c) => c.payee)?.payee;
    let loan = await disburse(deps)(referent, {
      loanId,
      amountCents: plan.approvedCents,
      payeeKind: vendor ? 'vendor' : 'borrower',
      payeeName: vendor ?? application.borrowerName,
      purpose: pathway,
      paidOn: shiftDays(plan.filedOn, 12),
    });
    loan = await repay(deps, referent, coordinator, loan, plan.repayment, today);
  }
  return { loans: plans.length, currentLoans };
}

async function pastBorrower(
  deps: Deps,
  counselor: RequestContext,
  random: Random,
  filedOn: string,
): Promise<string> {
  const origin = origins[random.pick(['AF', 'UA', 'SY', 'CD', 'VE'])] ?? Object.values(origins)[0]!;
  const female = random.chance(0.55);
  const given = random.pick(female ? origin.female : origin.male);
  const family = random.pick(origin.family);
  const person = await createPerson(deps)(counselor, {
    // Met a month before the application, when the consent was signed: their timeline starts there.
    intakeOn: addMonths(filedOn, -1),
    identity: {
      givenName: given.latin,
      familyName: family.latin,
      givenNameOriginal: given.original === given.latin ? null : given.original,
      familyNameOriginal: family.original === family.latin ? null : family.original,
      sex: female ? 'female' : 'male',
      nationality: origin.country,
      city: 'Louisville',
      region: 'Kentucky',
      country: 'US',
      preferredLanguage: 'en',
    },
    consents: [{ purpose: 'program_data_processing', givenOn: addMonths(filedOn, -1) }],
  });
  return person.id;
}

/** Pays installments as the borrower's profile says, up to today; the amounts come from the schedule. */
async function repay(
  deps: Deps,
  servicer: RequestContext,
  committee: RequestContext,
  start: LoanDetail,
  repayment: Repayment,
  today: string,
): Promise<LoanDetail> {
  let loan = start;
  let number = 0;
  while (loan.status === 'active') {
    const next = loan.schedule.find((i) => i.remainingCents > 0);
    if (!next) break;
    number += 1;
    if (repayment.kind === 'defaulted' && number > repayment.paidInstallments) {
      const writeOffOn = shiftDays(next.dueOn, 180);
      if (writeOffOn <= today) {
        loan = await writeOffLoan(deps)(committee, {
          loanId: loan.id,
          writtenOffOn: writeOffOn,
          reason: 'No contact for six months; collection stopped.',
        });
      }
      break;
    }
    if (repayment.kind === 'restructured' && number === repayment.missedFrom && loan.scheduleVersion === 1) {
      const effectiveOn = shiftDays(next.dueOn, 45);
      if (effectiveOn > today) break;
      loan = await restructureLoan(deps)(committee, {
        loanId: loan.id,
        termMonths: loan.schedule.filter((i) => i.remainingCents > 0).length + 6,
        firstDueOn: addMonths(effectiveOn, 1),
        effectiveOn,
        note: 'Lost hours at work; smaller installments over six more months.',
      });
      continue;
    }
    if (
      repayment.kind === 'behind' &&
      loan.schedule.filter((i) => i.remainingCents > 0 && i.dueOn <= today).length <= repayment.missedLast
    )
      break;
    const late = repayment.kind === 'one_late' && number === repayment.installment ? repayment.daysLate : 0;
    const paidOn = shiftDays(next.dueOn, late - (number % 3));
    if (paidOn > today) break;
    const paid = await recordPayment(deps)(servicer, {
      loanId: loan.id,
      idempotencyKey: `demo-${loan.id}-${number}`,
      amountCents: next.remainingCents,
      receivedOn: paidOn,
      method: number % 4 === 0 ? 'cash' : 'bank_transfer',
    });
    loan = paid;
  }
  return loan;
}
