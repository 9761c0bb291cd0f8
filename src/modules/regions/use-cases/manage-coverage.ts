import { coverageBody } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { districtsOf } from '../../places/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { regionErrors } from '../errors.js';
import { coverageRoles } from './stay-access.js';

async function checkCoverage(
  trx: Parameters<typeof regionsRepository>[0],
  actor: ReturnType<typeof requireActor>,
  input: {
    consortiumId: string;
    organizationId: string;
    regionCountry: 'CA' | 'FR' | 'US';
    regionCode: string;
  },
) {
  requireRole(actor, coverageRoles);
  if (!actor.coordinatedConsortiumIds.includes(input.consortiumId)) throw regionErrors.notCoordinator();
  const organizations = organizationsApi(trx);
  const members = await organizations.consortiumMembers(input.consortiumId);
  if (!members.some((m) => m.id === input.organizationId)) throw regionErrors.partnerNotMember();
  const districts = await districtsOf(trx, input.regionCountry);
  if (!districts.some((d) => d.code === input.regionCode)) throw regionErrors.regionNotFound();
}

/** Records that a member of the consortium covers a region: the coordinating organization keeps this. */
export const addCoverage = defineUseCase(coverageBody, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  await checkCoverage(trx, actor, input);
  const added = await regionsRepository(trx).addCoverage({ ...input, addedBy: actor.userId, now });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: input.organizationId,
    action: 'region.coverage.add',
    resourceType: 'consortium',
    resourceId: input.consortiumId,
    personId: null,
    requestId: ctx.requestId,
    details: { regionCountry: input.regionCountry, regionCode: input.regionCode, added },
  });
  return undefined;
});

/** Records that a partner no longer covers a region; stays already planned keep their host. */
export const removeCoverage = defineUseCase(coverageBody, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, coverageRoles);
  if (!actor.coordinatedConsortiumIds.includes(input.consortiumId)) throw regionErrors.notCoordinator();
  if (!(await regionsRepository(trx).removeCoverage(input))) throw regionErrors.coverageNotFound();
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: input.organizationId,
    action: 'region.coverage.remove',
    resourceType: 'consortium',
    resourceId: input.consortiumId,
    personId: null,
    requestId: ctx.requestId,
    details: { regionCountry: input.regionCountry, regionCode: input.regionCode },
  });
  return undefined;
});
