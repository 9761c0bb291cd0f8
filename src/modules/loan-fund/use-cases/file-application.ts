import type { z } from 'zod';
import { fileApplicationBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { hasConsent, personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { formatCents } from '../domain/money.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';
import { organizationNames } from './get-fund.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentApplication } from './present-application.js';
import { fundTodayOf } from './settle-status.js';

/**
 * A counselor files an application for a person her organization follows. The costs say what the
 * loan pays for; their total is the amount requested. When another organization runs the fund, the
 * person must have agreed to share their identity with it (named, or as a member of a consortium named).
 */
export const fileApplication = defineUseCase(fileApplicationBody, fileApplicationIn);

/**
 * The filing itself, inside the caller's transaction (the recognition module files one for a case's
 * steps): the same permission, consent, product and purpose rules, timeline event and audit entry.
 */
export async function fileApplicationIn({
  input,
  ctx,
  trx,
  now,
  newId,
  audit,
  timeline,
}: Pick<
  UseCaseScope<z.output<typeof fileApplicationBody>>,
  'input' | 'ctx' | 'trx' | 'now' | 'newId' | 'audit' | 'timeline'
>) {
  const actor = requireActor(ctx);
  const { fund } = await requireFundCapability(trx, actor, input.fundId, 'file', true);
  const product = await fundsRepository(trx).findProduct(input.productId);
  if (!product || product.fundId !== fund.id || !product.active) throw loanFundErrors.productNotFound();
  const person = await personSummary(trx, input.personId, actor.organizationId);
  if (!person) throw loanFundErrors.personNotFound();

  const today = await fundTodayOf(trx, fund, now);
  const filedOn = input.filedOn ?? today;
  if (filedOn > today) throw loanFundErrors.dateInFuture({ date: today });
  if (fund.operatorOrganizationId !== actor.organizationId) {
    const consented = await hasConsent(
      trx,
      person.id,
      'sharing_with_partners',
      fund.operatorOrganizationId,
      filedOn,
      // The lender learns who owes it (the borrower's name): the consent must cover the identity.
      'identity',
    );
    if (!consented) {
      const names = await organizationNames(trx, [fund.operatorOrganizationId]);
      throw loanFundErrors.consentRequired({
        operator: names.get(fund.operatorOrganizationId) ?? fund.name,
      });
    }
  }
  const requested = input.costs.reduce((sum, c) => sum + c.amountCents, 0);
  if (requested > product.maxAmountCents) {
    throw loanFundErrors.amountAboveProduct({
      max: formatCents(product.maxAmountCents, fund.currency, ctx.locale),
    });
  }
  if (input.termMonths > product.maxTermMonths)
    throw loanFundErrors.termAboveProduct({ max: product.maxTermMonths });
  const uncovered = input.costs.find((c) => !product.eligiblePurposes.includes(c.purpose));
  if (uncovered) throw loanFundErrors.purposeNotCovered({ purpose: uncovered.purpose });

  const repo = applicationsRepository(trx);
  const sequence = (await repo.countInFund(fund.id)) + 1;
  const id = newId();
  const record = {
    id,
    fundId: fund.id,
    // A row of the fund's books, on its operator's shard (ADR 12); the filing organization is the borrower's.
    organizationId: fund.operatorOrganizationId,
    productId: product.id,
    borrowerOrganizationId: actor.organizationId,
    personId: person.id,
    // The lender needs to know who owes it: the name is captured when the application is signed.
    borrowerName: `${person.givenName} ${person.familyName}`,
    reference: `${filedOn.slice(0, 4)}-${String(sequence).padStart(4, '0')}`,
    requestedCents: requested,
    termMonths: input.termMonths,
    costs: input.costs.map((c) => ({ ...c, payee: c.payee ?? null })),
    planReference: input.planReference ?? null,
    status: 'submitted' as const,
    filedBy: actor.userId,
    filedOn,
    decidedBy: null,
    decidedOn: null,
    decisionReasons: null,
    committeeMembers: null,
    approvedCents: null,
  };
  await repo.insert(record, now);
  await publishLoanEvent(
    timeline,
    { ...record, fundName: fund.name },
    {
      kind: 'loan.application_filed',
      on: filedOn,
      resource: { type: 'loan_application', id },
      recordedBy: actor.userId,
    },
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'loan_application.file',
    resourceType: 'loan_application',
    resourceId: id,
    personId: person.id,
    requestId: ctx.requestId,
    details: { fundId: fund.id, costs: input.costs.length },
  });
  return presentApplication(trx, record);
}
