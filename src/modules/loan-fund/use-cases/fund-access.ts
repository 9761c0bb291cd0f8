import { type Actor, hasRole } from '../../../core/auth/actor.js';
import {
  figuresRoles,
  loanCommitteeRoles,
  loanFilingRoles,
  loanServicingRoles,
} from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { type FundRecord, fundsRepository } from '../adapters/funds-repository.js';
import { type LoanRecord, loansRepository } from '../adapters/loans-repository.js';
import { loanFundErrors } from '../errors.js';

export interface FundCapabilities {
  manage: boolean;
  service: boolean;
  file: boolean;
  figures: boolean;
}

export function takesPart(actor: Actor, fund: FundRecord): boolean {
  return (
    fund.operatorOrganizationId === actor.organizationId ||
    fund.participatingOrganizationIds.includes(actor.organizationId)
  );
}

/** The operator and the participating organizations work the fund together; roles say who does what. */
export function capabilitiesIn(actor: Actor, fund: FundRecord): FundCapabilities {
  const inFund = takesPart(actor, fund);
  return {
    manage: inFund && hasRole(actor, loanCommitteeRoles),
    service: inFund && hasRole(actor, loanServicingRoles),
    file: inFund && hasRole(actor, loanFilingRoles),
    figures: inFund && hasRole(actor, figuresRoles),
  };
}

/** The fund, if the actor's organization takes part in it; otherwise it does not exist for them. */
export async function visibleFund(db: Executor, actor: Actor, fundId: string, lock = false) {
  const repo = fundsRepository(db);
  if (lock) await repo.lockFund(fundId);
  const fund = await repo.findFund(fundId);
  if (!fund || !takesPart(actor, fund)) throw loanFundErrors.fundNotFound();
  return { fund, can: capabilitiesIn(actor, fund) };
}

export async function requireFundCapability(
  db: Executor,
  actor: Actor,
  fundId: string,
  capability: keyof FundCapabilities,
  lock = false,
) {
  const access = await visibleFund(db, actor, fundId, lock);
  // Someone in the fund without the role is refused plainly: the fund's existence is no secret to them.
  if (!access.can[capability]) throw loanFundErrors.notAllowed();
  return access;
}

/**
 * A loan is visible to the fund's servicing staff, and to the staff of the organization that follows
 * the borrower. Locking the loan row serialises movements on it.
 */
export async function visibleLoan(db: Executor, actor: Actor, loanId: string, lock = false) {
  const loan = await loansRepository(db).findLoan(loanId, lock);
  if (!loan) throw loanFundErrors.loanNotFound();
  const fund = await fundsRepository(db).findFund(loan.fundId);
  if (!fund) throw loanFundErrors.loanNotFound();
  const can = capabilitiesIn(actor, fund);
  if (!loanIsVisible(actor, loan, can)) throw loanFundErrors.loanNotFound();
  return { loan, fund, can };
}

export function loanIsVisible(
  actor: Actor,
  loan: Pick<LoanRecord, 'borrowerOrganizationId'>,
  can: FundCapabilities,
): boolean {
  return (
    can.service || (hasRole(actor, loanFilingRoles) && loan.borrowerOrganizationId === actor.organizationId)
  );
}

export async function loanWithCapability(
  db: Executor,
  actor: Actor,
  loanId: string,
  capability: keyof FundCapabilities,
) {
  const access = await visibleLoan(db, actor, loanId, true);
  if (!access.can[capability]) throw loanFundErrors.notAllowed();
  return access;
}
