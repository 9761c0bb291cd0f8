import { z } from 'zod';
import { fileApplicationBody } from '../../../contracts/loan-fund.js';
import { financeStepsBody, linkFinancingBody } from '../../../contracts/recognition.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import type { Tx } from '../../../core/db/types.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { applicationFinancing, fileApplicationIn, fundsOfOrganization } from '../../loan-fund/api.js';
import { loanFundErrors } from '../../loan-fund/errors.js';
import { type CaseRecord, type CaseStepRecord, casesRepository } from '../adapters/cases-repository.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { financingRefusals, loanPurposeOf, stepCostCents } from '../domain/case-rules.js';
import { recognitionErrors } from '../errors.js';
import { recordCaseChange } from './case-events.js';
import { caseViews } from './case-views.js';
import { openCase } from './recognition-access.js';

type Scope = Pick<UseCaseScope<unknown>, 'ctx' | 'trx' | 'now' | 'audit' | 'timeline'>;

/** The chosen steps, checked for a loan in this currency, in the order given. */
function chosenSteps(steps: readonly CaseStepRecord[], stepIds: readonly string[], currency: string) {
  const refusals = financingRefusals(steps, stepIds, currency);
  if (refusals.length > 0) throw recognitionErrors.financingRefused(undefined, refusals);
  return stepIds.map((id) => steps.find((s) => s.id === id)!);
}

/** The steps marked paid by the application's loan, at the cost the application asked for; audited and published. */
async function linkSteps(
  scope: Scope,
  actor: NonNullable<RequestContext['actor']>,
  record: CaseRecord,
  chosen: readonly CaseStepRecord[],
  applicationId: string,
) {
  const repository = casesRepository(scope.trx);
  for (const step of chosen)
    await repository.updateStep(
      {
        ...step,
        actualCostCents: stepCostCents(step),
        paidBy: 'fund_loan',
        loanApplicationId: applicationId,
      },
      actor.userId,
      scope.now,
    );
  const pathway = await pathwaysRepository(scope.trx).find(record.pathwayId);
  await recordCaseChange(scope, actor, record, pathway!, {
    kind: 'recognition.steps_financed',
    now: scope.now,
    data: { steps: chosen.length },
    details: { steps: chosen.length, applicationId },
  });
  const [view] = await caseViews(scope.trx, scope.ctx.locale, [record]);
  return view!;
}

async function fundCurrency(trx: Tx, organizationId: string, fundId: string) {
  return (await fundsOfOrganization(trx, organizationId)).find((f) => f.id === fundId)?.currency;
}

/**
 * "Finance these steps through the fund": a loan application for the sum of the steps' costs (each a
 * cost of the application with its purpose), filed by the loan fund's own rules — who may file, the
 * person's consent when another organization runs the fund, the product's maximum, term and purposes —
 * and the steps linked to it, in one transaction: a refused application writes nothing in either module.
 */
export const financeRecognitionSteps = defineUseCase(
  financeStepsBody.extend({ caseId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const { actor, record, steps } = await openCase(trx, ctx, input.caseId);
    const currency = await fundCurrency(trx, actor.organizationId, input.fundId);
    if (!currency) throw loanFundErrors.fundNotFound();
    const chosen = chosenSteps(steps, input.stepIds, currency);
    const pathway = await pathwaysRepository(trx).find(record.pathwayId);
    const english = ctx.locale !== 'fr';
    const application = await fileApplicationIn({
      input: fileApplicationBody.parse({
        fundId: input.fundId,
        productId: input.productId,
        personId: record.personId,
        termMonths: input.termMonths,
        costs: chosen.map((s) => ({
          purpose: loanPurposeOf(s.kind),
          description: (english ? s.labelEn : s.labelFr).slice(0, 300),
          amountCents: stepCostCents(s),
          payee: s.evaluator,
        })),
        planReference:
          `${english ? 'Credential recognition' : 'Reconnaissance des qualifications'}: ${pathway!.occupationScheme}:${pathway!.occupationCode}, ${pathway!.jurisdiction}`.slice(
            0,
            300,
          ),
        filedOn: input.filedOn,
      }),
      ctx,
      trx,
      now,
      newId,
      audit,
      timeline,
    });
    return linkSteps({ ctx, trx, now, audit, timeline }, actor, record, chosen, application.id);
  },
);

/**
 * Steps paid by an application already filed (before the case, or by the fund's own screens): the
 * application must be the organization's for the same person, not declined or withdrawn, and cover the
 * costs of every step it pays.
 */
export const linkRecognitionFinancing = defineUseCase(
  linkFinancingBody.extend({ caseId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const { actor, record, steps } = await openCase(trx, ctx, input.caseId);
    const [application] = await applicationFinancing(trx, [input.applicationId]);
    if (
      !application ||
      application.personId !== record.personId ||
      application.borrowerOrganizationId !== actor.organizationId
    )
      throw recognitionErrors.applicationNotLinkable(undefined, [{ path: 'body.applicationId' }]);
    const chosen = chosenSteps(steps, input.stepIds, application.currency);
    const alreadyPaid = steps
      .filter((s) => s.loanApplicationId === application.applicationId)
      .reduce((sum, s) => sum + stepCostCents(s), 0);
    const asked = chosen.reduce((sum, s) => sum + stepCostCents(s), 0);
    if (
      application.status === 'declined' ||
      application.status === 'withdrawn' ||
      alreadyPaid + asked > application.requestedCents
    )
      throw recognitionErrors.applicationNotLinkable(undefined, [{ path: 'body.applicationId' }]);
    return linkSteps({ ctx, trx, now, audit, timeline }, actor, record, chosen, application.applicationId);
  },
);
