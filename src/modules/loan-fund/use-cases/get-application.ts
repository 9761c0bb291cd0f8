import { z } from 'zod';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { loanFilingRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { loanFundErrors } from '../errors.js';
import { capabilitiesIn } from './fund-access.js';
import { presentApplication } from './present-application.js';

export const getApplication = defineUseCase(
  z.object({ applicationId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const application = await applicationsRepository(trx).find(input.applicationId);
    const fund = application ? await fundsRepository(trx).findFund(application.fundId) : undefined;
    if (!application || !fund) throw loanFundErrors.applicationNotFound();
    const can = capabilitiesIn(actor, fund);
    const ownFile =
      hasRole(actor, loanFilingRoles) && application.borrowerOrganizationId === actor.organizationId;
    if (!can.service && !can.manage && !ownFile) throw loanFundErrors.applicationNotFound();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: application.borrowerOrganizationId,
      action: 'loan_application.read',
      resourceType: 'loan_application',
      resourceId: application.id,
      personId: application.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return presentApplication(trx, application);
  },
);
