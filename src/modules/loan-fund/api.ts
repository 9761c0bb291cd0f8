/** What other modules may ask of the loan fund. They never read its tables. */
export * as loanFundPersonData from './person-data.js';

import type { Executor } from '../../core/db/types.js';
import type { FundFacts } from '../reports/domain/fund-facts.js';
import { readApplicationFinancing } from './adapters/financing-repository.js';
import { readFundReportFacts } from './adapters/fund-report-facts-repository.js';
import { fundsRepository } from './adapters/funds-repository.js';
import { loanFundErrors } from './errors.js';

/**
 * The fund's books at the end of `asOf` for its report (loans, schedules in force, journal lines).
 * No permission is checked here: the caller's use case decides who may read the fund's figures.
 */
export async function fundReportFacts(db: Executor, fundId: string, asOf: string): Promise<FundFacts> {
  const facts = await readFundReportFacts(db, fundId, asOf);
  if (!facts) throw loanFundErrors.fundNotFound();
  return facts;
}

/** The funds an organization operates or takes part in, by name. */
export async function fundsOfOrganization(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; name: string; currency: string; operatorOrganizationId: string }[]> {
  const funds = await fundsRepository(db).fundsOf(organizationId);
  return funds.map((f) => ({
    id: f.id,
    name: f.name,
    currency: f.currency,
    operatorOrganizationId: f.operatorOrganizationId,
  }));
}

export type { ApplicationFinancing } from './adapters/financing-repository.js';
export { fileApplicationIn } from './use-cases/file-application.js';

/**
 * Applications with their status, loan and disbursements (the recognition module shows a step "paid by
 * loan, disbursed on …"). No permission is checked here: the caller shows them only on the borrower's
 * own records, or as sums.
 */
export function applicationFinancing(db: Executor, applicationIds: readonly string[]) {
  return readApplicationFinancing(db, applicationIds);
}
