import type { RegionDetailView } from '../../../contracts/regions.js';
import { regionParams } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employersWithSitesIn } from '../../employers/api.js';
import { openOffersInPlaces } from '../../offers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { placeCodesInDistrict } from '../../places/api.js';
import { upcomingPublicInfoSessions } from '../../sessions/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { foldForSearch } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { regionsWithPartners } from './list-regions.js';
import { consortiaOf, regionReadRoles } from './stay-access.js';

const LIMIT = 50;

/**
 * One region: its partners, their coming Info-Emploi presentations (public information sessions
 * organized by a partner or presented for the region), the employers the reader's directory knows
 * there and the open offers located there, and how many of the reader's stays went there.
 */
export const readRegion = defineUseCase(regionParams, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, regionReadRoles);
  const region = (await regionsWithPartners(trx, consortiaOf(actor), input.country)).find(
    (r) => r.code === input.code,
  );
  if (!region) throw regionErrors.regionNotFound();
  const partnerIds = new Set(region.partners.map((p) => p.id));
  const regionWord = foldForSearch(region.name);
  const sessions = (await upcomingPublicInfoSessions(trx, now)).filter(
    (s) =>
      partnerIds.has(s.organizationId) ||
      foldForSearch(`${s.title} ${s.presenter ?? ''}`).includes(regionWord),
  );
  const organizations = organizationsApi(trx);
  const orgNames = new Map(
    (await organizations.listOrganizations([...new Set(sessions.map((s) => s.organizationId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const placeCodes = await placeCodesInDistrict(trx, input.country, input.code);
  const today = await organizations.todayOf(actor.organizationId, now);
  const employers = await employersWithSitesIn(trx, {
    organizationId: actor.organizationId,
    country: input.country,
    placeCodes,
    limit: LIMIT,
  });
  const offers = await openOffersInPlaces(trx, {
    organizationId: actor.organizationId,
    today,
    country: input.country,
    placeCodes,
    limit: LIMIT,
  });
  const stays = await regionsRepository(trx).staysOfOrganizationIn(
    actor.organizationId,
    input.country,
    input.code,
  );
  return {
    ...region,
    infoSessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      presenter: s.presenter,
      organization: { id: s.organizationId, name: orgNames.get(s.organizationId) ?? '' },
      nextStartsAt: s.nextStartsAt ? s.nextStartsAt.toISOString() : null,
    })),
    employers,
    offers: offers.map((o) => ({
      id: o.id,
      title: o.title,
      placeName: o.placeName,
      contractType: o.contractType,
      expiresOn: o.expiresOn,
    })),
    stays,
  } satisfies RegionDetailView;
});
