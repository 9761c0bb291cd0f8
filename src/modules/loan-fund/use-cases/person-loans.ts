import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { loanFilingRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { keptFileReads, personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { loanPosition } from '../domain/loan-position.js';
import { loanStanding, nextInstallmentOf, unpaidDueDates } from '../domain/loan-standing.js';
import { installmentTotal } from '../domain/schedule.js';
import { loanFundErrors } from '../errors.js';
import { capabilitiesIn } from './fund-access.js';
import { presentFund } from './get-fund.js';
import { presentApplications } from './present-application.js';
import { fundTodayOf } from './settle-status.js';

/**
 * The person's loans as the borrower would see them, and the funds their counselor may file to. A kept
 * file's applications and loans are followed by those of the files merged into it (docs/duplicates.md),
 * each marked with its file and handled only there; each merged file is checked as its own file and
 * audited when its applications or loans are shown.
 */
export const personLoans = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, loanFilingRoles);
    const person = await personSummary(trx, input.personId, actor.organizationId);
    if (!person) throw loanFundErrors.personNotFound();
    const reads = await keptFileReads(trx, actor.organizationId, person.id);
    const funds = fundsRepository(trx);
    const loansRepo = loansRepository(trx);
    const fundRecords = await funds.fundsOf(actor.organizationId);
    const fundById = new Map(fundRecords.map((f) => [f.id, f]));
    const applicationRows = [];
    const loanRows = [];
    for (const file of reads.files) {
      if (!(await personSummary(trx, file, actor.organizationId))) throw loanFundErrors.personNotFound();
      const [applications, loans] = await Promise.all([
        applicationsRepository(trx).ofPerson(actor.organizationId, file),
        loansRepo.loansOfPerson(actor.organizationId, file),
      ]);
      const fromMergedFile = reads.originOf(file);
      const kept = file === person.id;
      if (kept || applications.length + loans.length > 0)
        await audit.record({
          actorUserId: actor.userId,
          organizationId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          action: 'loan.person_read',
          resourceType: 'person',
          resourceId: file,
          personId: file,
          requestId: ctx.requestId,
          details: {
            loans: loans.length,
            applications: applications.length,
            ...(kept ? {} : { via: 'kept_file' }),
          },
        });
      const presented = await presentApplications(trx, applications);
      applicationRows.push(...presented.map((a) => ({ ...a, fromMergedFile })));
      const rows = await Promise.all(
        loans.map(async (loan) => {
          const fund = fundById.get(loan.fundId) ?? (await funds.findFund(loan.fundId));
          // Each loan as of today in its fund's books.
          const today = await fundTodayOf(trx, fund ?? { operatorOrganizationId: actor.organizationId }, now);
          const [positions, balances] = await Promise.all([
            loansRepo.positions(loan.id),
            ledgerRepository(trx).loanBalances(loan.id),
          ]);
          const position = loanPosition(positions, today);
          const open = loan.status === 'active';
          const standing = loanStanding(loan.status, unpaidDueDates(positions, today), today);
          const next = nextInstallmentOf(positions, standing);
          return {
            id: loan.id,
            reference: loan.reference,
            personId: loan.personId,
            borrowerName: loan.borrowerName,
            status: loan.status,
            principalCents: loan.principalCents,
            outstandingPrincipalCents: balances.receivableCents,
            daysPastDue: standing.daysPastDue,
            agingBucket: standing.agingBucket,
            nextDueOn: standing.nextDueOn,
            fundName: fund?.name ?? '',
            currency: fund?.currency ?? 'USD',
            remainingToPayCents: open ? position.remainingToPayCents : 0,
            nextInstallmentCents: next ? installmentTotal(next) : null,
            fromMergedFile,
          };
        }),
      );
      loanRows.push(...rows);
    }
    const fileable = fundRecords.filter((f) => capabilitiesIn(actor, f).file);
    return {
      applications: applicationRows,
      loans: loanRows,
      funds: await Promise.all(fileable.map((f) => presentFund(trx, actor, f))),
    };
  },
);
