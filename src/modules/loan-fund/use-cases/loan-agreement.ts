import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { renderLoanAgreementPdf } from '../adapters/agreement-pdf.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { buildSchedule, firstDueDate } from '../domain/schedule.js';
import { visibleLoan } from './fund-access.js';
import { organizationNames } from './get-fund.js';
import { purposeLabel } from './purpose-labels.js';
import { fundTodayOf } from './settle-status.js';

/**
 * The agreement the borrower signs, with the schedule in force (or, before the money is paid out, the
 * schedule it would have if paid out today), in French or English.
 */
export const loanAgreement = defineUseCase(
  z.object({ loanId: z.uuid(), locale: z.enum(['fr', 'en']).optional() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const { loan, fund } = await visibleLoan(trx, actor, input.loanId);
    const locale = input.locale ?? (ctx.locale === 'fr' ? 'fr' : 'en');
    const today = await fundTodayOf(trx, fund, now);
    const loans = loansRepository(trx);
    const [positions, schedules, application, names] = await Promise.all([
      loans.positions(loan.id),
      loans.schedules(loan.id),
      applicationsRepository(trx).find(loan.applicationId),
      organizationNames(trx, [fund.operatorOrganizationId]),
    ]);
    const planned =
      positions.length > 0
        ? positions
        : buildSchedule({
            principalCents: loan.principalCents,
            annualRateBps: loan.annualRateBps,
            termMonths: loan.termMonths,
            firstInstallmentFeeCents: loan.originationFeeCents,
            firstDueOn: firstDueDate(today, loan.graceMonths),
          });
    let balance = planned.reduce((sum, i) => sum + i.principalCents, 0);
    const installments = planned.map((i) => {
      balance -= i.principalCents;
      return {
        number: i.number,
        dueOn: i.dueOn,
        principalCents: i.principalCents,
        interestCents: i.interestCents,
        feeCents: i.feeCents,
        balanceAfterCents: balance,
      };
    });
    const pdf = await renderLoanAgreementPdf({
      locale,
      loanReference: loan.reference,
      fundName: fund.name,
      operatorName: names.get(fund.operatorOrganizationId) ?? fund.name,
      currency: fund.currency,
      borrowerName: loan.borrowerName,
      principalCents: loan.principalCents,
      annualRateBps: loan.annualRateBps,
      termMonths: planned.length,
      graceMonths: loan.graceMonths,
      originationFeeCents: loan.originationFeeCents,
      firstDueOn: planned[0]?.dueOn ?? today,
      purposes: (application?.costs ?? []).map((c) => ({
        label: `${purposeLabel(c.purpose, locale)} — ${c.description}`,
        amountCents: c.amountCents,
        payee: c.payee,
      })),
      installments,
      scheduleVersion: Math.max(1, ...schedules.filter((s) => !s.superseded).map((s) => s.version)),
      generatedOn: today,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.agreement_print',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: { locale },
    });
    return { filename: `loan-agreement-${loan.reference}-${locale}.pdf`, pdf };
  },
);
