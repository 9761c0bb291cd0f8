import { createFundBody } from '../../../contracts/loan-fund.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { loanCommitteeRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { ineligibleParticipants, requestedParticipants } from '../domain/participants.js';
import { loanFundErrors } from '../errors.js';

/** Organizations that share a consortium with the operator, as members or coordinators. */
async function partnersOf(db: Executor, operatorId: string): Promise<Set<string>> {
  const organizations = organizationsApi(db);
  const consortia = await organizations.consortiaOfOrganization(operatorId);
  const members = await Promise.all(consortia.map((c) => organizations.consortiumMembers(c.id)));
  return new Set([...consortia.map((c) => c.coordinatingOrganizationId), ...members.flat().map((o) => o.id)]);
}

/**
 * A coordinator or director opens a fund operated by their organization, naming the partners who file
 * and service loans: only organizations of a consortium theirs belongs to, since a participant sees the
 * fund and files applications in it.
 */
export const createFund = defineUseCase(createFundBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, loanCommitteeRoles);
  const refused = ineligibleParticipants(actor.organizationId, input.participatingOrganizationIds, {
    partnersOfOperator: await partnersOf(trx, actor.organizationId),
  });
  if (refused.length > 0) throw loanFundErrors.participantNotEligible({}, { organizationIds: refused });
  const participatingOrganizationIds = requestedParticipants(
    actor.organizationId,
    input.participatingOrganizationIds,
  );
  const id = newId();
  await fundsRepository(trx).insertFund(
    {
      id,
      operatorOrganizationId: actor.organizationId,
      participatingOrganizationIds,
      name: input.name,
      currency: input.currency,
      description: input.description ?? null,
      startedOn: input.startedOn ?? null,
      closedThrough: null,
    },
    actor.userId,
    now,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'loan_fund.create',
    resourceType: 'loan_fund',
    resourceId: id,
    requestId: ctx.requestId,
    details: { participants: participatingOrganizationIds.length },
  });
  return { id };
});
