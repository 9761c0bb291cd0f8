import { z } from 'zod';
import type { RegionView } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { districtsOf } from '../../places/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { consortiaOf, coverageRoles, regionReadRoles } from './stay-access.js';

/** The regions of a country with the partners covering each for the reader's consortia. */
export async function regionsWithPartners(
  db: Executor,
  consortiumIds: readonly string[],
  country: 'CA' | 'FR' | 'US',
): Promise<RegionView[]> {
  const coverage = (await regionsRepository(db).coverage(consortiumIds)).filter(
    (c) => c.regionCountry.trim() === country,
  );
  const organizations = organizationsApi(db);
  const names = new Map(
    (await organizations.listOrganizations([...new Set(coverage.map((c) => c.organizationId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  return (await districtsOf(db, country)).map((d) => {
    const partners = [
      ...new Set(coverage.filter((c) => c.regionCode === d.code).map((c) => c.organizationId)),
    ];
    return {
      country,
      code: d.code,
      name: d.name,
      partners: partners
        .map((id) => ({ id, name: names.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
}

/**
 * The regions of Québec (the administrative regions of the places reference data) with the partner
 * organizations covering each for the reader's consortia. No personal data.
 */
export const listRegions = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, regionReadRoles);
  const items = await regionsWithPartners(trx, consortiaOf(actor), 'CA');
  return {
    items,
    canManageCoverage: actor.coordinatedConsortiumIds.length > 0 && coverageRoles.includes(actor.role),
  };
});
