import type { ApplicationView } from '../../../contracts/loan-fund.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import type { ApplicationRecord } from '../adapters/applications-repository.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { fundsRepository } from '../adapters/funds-repository.js';

export async function presentApplications(
  db: Executor,
  records: readonly ApplicationRecord[],
): Promise<ApplicationView[]> {
  const fundIds = [...new Set(records.map((r) => r.fundId))];
  const [names, loanIds, products] = await Promise.all([
    accountsApi(db).displayNames(records.flatMap((r) => [r.filedBy, ...(r.decidedBy ? [r.decidedBy] : [])])),
    applicationsRepository(db).loanIdsOf(records.map((r) => r.id)),
    Promise.all(fundIds.map((id) => fundsRepository(db).productsOf(id))).then(
      (all) => new Map(all.flat().map((p) => [p.id, p.name])),
    ),
  ]);
  return records.map((r) => ({
    id: r.id,
    reference: r.reference,
    fundId: r.fundId,
    productId: r.productId,
    productName: products.get(r.productId) ?? '',
    personId: r.personId,
    borrowerName: r.borrowerName,
    requestedCents: r.requestedCents,
    termMonths: r.termMonths,
    costs: r.costs.map((c) => ({ ...c, purpose: c.purpose as ApplicationView['costs'][number]['purpose'] })),
    planReference: r.planReference,
    status: r.status,
    filedOn: r.filedOn,
    filedByName: names.get(r.filedBy) ?? null,
    decidedOn: r.decidedOn,
    decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
    decisionReasons: r.decisionReasons,
    committeeMembers: r.committeeMembers ?? [],
    approvedCents: r.approvedCents,
    loanId: loanIds.get(r.id) ?? null,
  }));
}

export async function presentApplication(db: Executor, record: ApplicationRecord): Promise<ApplicationView> {
  const [view] = await presentApplications(db, [record]);
  if (!view) throw new Error('presentApplications returned nothing for one record');
  return view;
}
