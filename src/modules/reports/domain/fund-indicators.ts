import type { FundFacts, FundIndicatorDefinition, FundJournalLine, FundLoanFact } from './fund-facts.js';
import { amountFigure, countFigure, type Figure } from './indicator.js';

/**
 * The revolving loan fund's report to its contributors and the workforce board, as pure functions of
 * the fund's facts. A period is read from `from` to `to`, both included, and never past `asOf` (what is
 * not yet known is not counted). Amounts are integer cents summed from journal lines, and their members
 * are the journal entries behind them, so every amount can be traced to dated movements.
 */

type Context = Parameters<FundIndicatorDefinition['compute']>[1];

/** The accounts whose sum is the fund's capital: the money in hand and the money lent out. */
export const capitalAccounts = ['fund_cash', 'loans_receivable'] as const;

const lastDay = ({ period, asOf }: Context) => (period.to < asOf ? period.to : asOf);
const within = (day: string, context: Context) => day >= context.period.from && day <= lastDay(context);
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** What an entry's lines change the fund's capital by (a disbursement moves cash to loans: zero). */
function capitalEffects(journal: readonly FundJournalLine[]): Map<string, { on: string; cents: number }> {
  const effects = new Map<string, { on: string; cents: number }>();
  for (const line of journal) {
    if (!(capitalAccounts as readonly string[]).includes(line.account)) continue;
    const effect = effects.get(line.entryId) ?? { on: line.on, cents: 0 };
    effect.cents += line.debitCents - line.creditCents;
    effects.set(line.entryId, effect);
  }
  return effects;
}

/** The capital at the end of `day` (lines dated on or before it), with the entries that made it. */
export function capitalOn(journal: readonly FundJournalLine[], day: string): Figure {
  let cents = 0;
  const members: string[] = [];
  for (const [entryId, effect] of capitalEffects(journal)) {
    if (effect.on > day || effect.cents === 0) continue;
    cents += effect.cents;
    members.push(entryId);
  }
  return amountFigure(cents, sorted(members));
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function capitalMovements(journal: readonly FundJournalLine[], context: Context): Figure {
  let cents = 0;
  const members: string[] = [];
  for (const [entryId, effect] of capitalEffects(journal)) {
    if (!within(effect.on, context) || effect.cents === 0) continue;
    cents += effect.cents;
    members.push(entryId);
  }
  return amountFigure(cents, sorted(members));
}

/** Loans made in the period: their first disbursement falls in it. */
const loansMadeIn = (facts: FundFacts, context: Context) =>
  facts.loans.filter((l) => l.disbursedOn !== null && within(l.disbursedOn, context));

/** Sum of the journal lines that match, with their entries. */
function linesFigure(
  facts: FundFacts,
  keep: (line: FundJournalLine) => boolean,
  amount: (line: FundJournalLine) => number,
): Figure {
  let cents = 0;
  const members: string[] = [];
  for (const line of facts.journal) {
    if (!keep(line)) continue;
    cents += amount(line);
    members.push(line.entryId);
  }
  return amountFigure(cents, sorted(members));
}

function rateFigure(
  numerator: number,
  denominator: number,
  members: readonly string[],
  denominatorMembers: readonly string[],
): Figure {
  return {
    value: denominator === 0 ? null : numerator / denominator,
    numerator,
    denominator,
    members: sorted(members),
    denominatorMembers: sorted(denominatorMembers),
  };
}

/** A loan's principal as the journal tells it on `asOf`: lent (tranches) and repaid (live payments). */
function principalOf(journal: readonly FundJournalLine[], asOf: string) {
  const byLoan = new Map<string, { lentCents: number; repaidCents: number }>();
  for (const line of journal) {
    if (line.account !== 'loans_receivable' || line.loanId === null || line.on > asOf) continue;
    const loan = byLoan.get(line.loanId) ?? { lentCents: 0, repaidCents: 0 };
    if (line.kind === 'disbursement') loan.lentCents += line.debitCents - line.creditCents;
    // A reversal's debit takes back exactly what its payment credited: a reversed payment was never paid.
    if (line.kind === 'payment' || line.kind === 'payment_reversal')
      loan.repaidCents += line.creditCents - line.debitCents;
    byLoan.set(line.loanId, loan);
  }
  return byLoan;
}

/**
 * Principal that fell due by `asOf`: what was lent, less what the schedule in force still has to fall
 * due after `asOf` (a restructured schedule covers only the principal unpaid when it took effect, so
 * this counts the former installments as due too); all of it once the loan is written off.
 */
function principalDue(loan: FundLoanFact, lentCents: number, asOf: string): number {
  if (loan.writtenOffOn !== null && loan.writtenOffOn <= asOf) return lentCents;
  const notYetDue = loan.schedule.filter((i) => i.dueOn > asOf).reduce((sum, i) => sum + i.principalCents, 0);
  return Math.max(0, lentCents - notYetDue);
}

export const fundLoansDisbursed: FundIndicatorDefinition = {
  code: 'fund_loans_disbursed',
  name: { fr: 'Prêts décaissés', en: 'Loans disbursed' },
  unit: 'units',
  countingRule: {
    fr: 'Prêts dont le premier décaissement a eu lieu pendant la période (chaque prêt compte une fois, l’année où il a été accordé).',
    en: 'Loans whose first disbursement fell in the period (each loan counts once, in the period it was made).',
  },
  compute: (facts, context) => countFigure(sorted(loansMadeIn(facts, context).map((l) => l.loanId))),
};

export const fundAmountDisbursed: FundIndicatorDefinition = {
  code: 'fund_amount_disbursed',
  name: { fr: 'Montant décaissé', en: 'Amount disbursed' },
  unit: 'amount_cents',
  countingRule: {
    fr: 'Somme des décaissements (toutes tranches) datés de la période : débits du compte « prêts à recevoir » des écritures de décaissement.',
    en: 'Sum of the disbursements (every tranche) dated in the period: debits to loans receivable in disbursement entries.',
  },
  compute: (facts, context) =>
    linesFigure(
      facts,
      (l) => l.kind === 'disbursement' && l.account === 'loans_receivable' && within(l.on, context),
      (l) => l.debitCents - l.creditCents,
    ),
};

export const fundBorrowers: FundIndicatorDefinition = {
  code: 'fund_borrowers',
  name: { fr: 'Emprunteurs', en: 'Borrowers' },
  unit: 'units',
  countingRule: {
    fr: 'Personnes distinctes dont un prêt a été décaissé pour la première fois pendant la période (une personne ayant deux prêts compte une fois).',
    en: 'Distinct people with a loan first disbursed in the period (a person with two loans counts once).',
  },
  compute: (facts, context) =>
    countFigure(sorted(loansMadeIn(facts, context).map((l) => l.borrowerPersonId))),
};

export const fundRepaymentRate: FundIndicatorDefinition = {
  code: 'fund_repayment_rate',
  name: { fr: 'Taux de remboursement (capital)', en: 'Repayment rate (principal)' },
  unit: 'rate',
  countingRule: {
    fr: 'Pour les prêts accordés pendant la période (premier décaissement) : capital remboursé à la date d’arrêté ÷ capital échu à cette date. Le capital échu est le capital décaissé moins ce que l’échéancier en vigueur (après rééchelonnement) fait encore échoir plus tard ; tout le capital d’un prêt passé en perte est échu. Le remboursé se lit au journal (paiements non annulés : un paiement annulé compte comme jamais reçu), plafonné par prêt à l’échu (un remboursement anticipé ne compte pas d’avance). Intérêts et frais exclus.',
    en: 'For the loans made in the period (first disbursement): principal repaid by the as-of date ÷ principal that fell due by then. Principal due is the principal disbursed less what the schedule in force (after any restructuring) still has to fall due later; all of a written-off loan’s principal is due. Repaid is read from the journal (payments not reversed: a reversed payment counts as never paid), capped per loan at what fell due (paying ahead is not counted ahead). Interest and fees excluded.',
  },
  compute: (facts, context) => {
    const principal = principalOf(facts.journal, context.asOf);
    let due = 0;
    let repaid = 0;
    const members: string[] = [];
    const denominatorMembers: string[] = [];
    for (const loan of loansMadeIn(facts, context)) {
      const { lentCents, repaidCents } = principal.get(loan.loanId) ?? { lentCents: 0, repaidCents: 0 };
      const loanDue = principalDue(loan, lentCents, context.asOf);
      if (loanDue === 0) continue;
      const loanRepaid = Math.min(Math.max(0, repaidCents), loanDue);
      due += loanDue;
      repaid += loanRepaid;
      denominatorMembers.push(loan.loanId);
      if (loanRepaid > 0) members.push(loan.loanId);
    }
    return rateFigure(repaid, due, members, denominatorMembers);
  },
};

export const fundLoansRepaidRate: FundIndicatorDefinition = {
  code: 'fund_loans_repaid_rate',
  name: { fr: 'Part des prêts remboursés', en: 'Share of loans repaid' },
  unit: 'rate',
  countingRule: {
    fr: 'Pour les prêts accordés pendant la période (premier décaissement) et clos à la date d’arrêté : prêts remboursés en totalité ÷ prêts clos (remboursés ou passés en perte). Les prêts encore en cours ne comptent pas.',
    en: 'For the loans made in the period (first disbursement) and closed by the as-of date: loans repaid in full ÷ loans closed (repaid or written off). Loans still being repaid are not counted.',
  },
  compute: (facts, context) => {
    const closedOn = (on: string | null) => on !== null && on <= context.asOf;
    const made = loansMadeIn(facts, context);
    const repaid = made.filter((l) => closedOn(l.paidOffOn)).map((l) => l.loanId);
    const written = made.filter((l) => !closedOn(l.paidOffOn) && closedOn(l.writtenOffOn));
    return rateFigure(repaid.length, repaid.length + written.length, repaid, [
      ...repaid,
      ...written.map((l) => l.loanId),
    ]);
  },
};

const capitalRule = {
  fr: 'trésorerie du fonds + capital des prêts à recevoir (la « taille du fonds » de son tableau de bord) : apports, intérêts et frais reçus l’augmentent, pertes et remboursements de crédits d’emprunteurs la diminuent, un décaissement ne la change pas. Les écritures qui l’ont changé en sont les membres',
  en: 'fund cash + principal of loans receivable (the “fund size” of its dashboard): contributions, interest and fees received raise it, write-offs and refunds of borrower credit lower it, a disbursement leaves it unchanged. The entries that changed it are its members',
};

export const fundCapitalAtStart: FundIndicatorDefinition = {
  code: 'fund_capital_at_start',
  name: { fr: 'Capital du fonds en début de période', en: 'Fund capital at start' },
  unit: 'amount_cents',
  countingRule: {
    fr: `Au soir de la veille du début de la période : ${capitalRule.fr}.`,
    en: `At the end of the day before the period starts: ${capitalRule.en}.`,
  },
  compute: (facts, context) => capitalOn(facts.journal, dayBefore(context.period.from)),
};

export const fundCapitalAtEnd: FundIndicatorDefinition = {
  code: 'fund_capital_at_end',
  name: { fr: 'Capital du fonds en fin de période', en: 'Fund capital at end' },
  unit: 'amount_cents',
  countingRule: {
    fr: `Au soir du dernier jour de la période (ou de la date d’arrêté, si elle est antérieure) : ${capitalRule.fr}.`,
    en: `At the end of the period’s last day (or of the as-of date, if earlier): ${capitalRule.en}.`,
  },
  compute: (facts, context) => capitalOn(facts.journal, lastDay(context)),
};

export const fundGrowth: FundIndicatorDefinition = {
  code: 'fund_growth',
  name: { fr: 'Croissance du fonds', en: 'Fund growth' },
  unit: 'amount_cents',
  countingRule: {
    fr: 'Capital en fin de période − capital en début de période : la somme des écritures de la période qui ont changé le capital (apports, intérêts et frais, pertes, remboursements de crédits), qui en sont les membres.',
    en: 'Capital at end − capital at start: the sum of the period’s entries that changed the capital (contributions, interest and fees, write-offs, refunds of credit), which are its members.',
  },
  compute: (facts, context) => capitalMovements(facts.journal, context),
};

export const fundWrittenOffAmount: FundIndicatorDefinition = {
  code: 'fund_written_off_amount',
  name: { fr: 'Montant passé en perte', en: 'Amount written off' },
  unit: 'amount_cents',
  countingRule: {
    fr: 'Capital passé en perte pendant la période : crédits du compte « prêts à recevoir » des écritures de passage en perte datées de la période.',
    en: 'Principal written off in the period: credits to loans receivable in write-off entries dated in the period.',
  },
  compute: (facts, context) =>
    linesFigure(
      facts,
      (l) => l.kind === 'write_off' && l.account === 'loans_receivable' && within(l.on, context),
      (l) => l.creditCents - l.debitCents,
    ),
};

export const fundOutstandingPrincipalAtEnd: FundIndicatorDefinition = {
  code: 'fund_outstanding_principal_at_end',
  name: { fr: 'Capital restant dû en fin de période', en: 'Outstanding principal at end' },
  unit: 'amount_cents',
  countingRule: {
    fr: 'Solde du compte « prêts à recevoir » au soir du dernier jour de la période (ou de la date d’arrêté) : capital décaissé moins remboursé moins passé en perte. Ses membres sont les écritures des prêts qui doivent encore quelque chose.',
    en: 'Balance of loans receivable at the end of the period’s last day (or of the as-of date): principal disbursed less repaid less written off. Its members are the entries of the loans that still owe something.',
  },
  compute: (facts, context) => {
    const end = lastDay(context);
    const lines = facts.journal.filter((l) => l.account === 'loans_receivable' && l.on <= end);
    const balance = new Map<string | null, number>();
    for (const l of lines) balance.set(l.loanId, (balance.get(l.loanId) ?? 0) + l.debitCents - l.creditCents);
    return linesFigure(
      { ...facts, journal: lines.filter((l) => (balance.get(l.loanId) ?? 0) !== 0) },
      () => true,
      (l) => l.debitCents - l.creditCents,
    );
  },
};

export const fundIndicators: readonly FundIndicatorDefinition[] = [
  fundLoansDisbursed,
  fundAmountDisbursed,
  fundBorrowers,
  fundRepaymentRate,
  fundLoansRepaidRate,
  fundCapitalAtStart,
  fundCapitalAtEnd,
  fundGrowth,
  fundWrittenOffAmount,
  fundOutstandingPrincipalAtEnd,
];
