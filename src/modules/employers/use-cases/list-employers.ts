import { employersQuery } from '../../../contracts/employers.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { searchTextOf } from '../../people/domain/search-text.js';
import { employersRepository } from '../adapters/employers-repository.js';
import { employerReadRoles } from '../domain/employer-roles.js';
import { identifierDigitsOf } from '../domain/legal-identifier.js';
import { sectorPrefixOf } from '../domain/sector.js';
import { partnersOf } from './employer-access.js';
import { listItemOf, ownerNames } from './employer-views.js';

/**
 * One page of the directory: the organization's employers and those its consortium partners share
 * (marked `sharedWithMe`). A search is a name (trigram similarity: a typo or two still finds it, best
 * match first) or the digits of an identifier; the sector filter a code's beginning or words of its
 * label. No contact in the rows, so the list is not audited.
 */
export const listEmployers = defineUseCase(employersQuery, async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, employerReadRoles);
  const partnerIds = input.scope === 'own' ? [] : await partnersOf(trx, actor.organizationId);
  const search = input.q?.trim() ?? '';
  const identifierDigits = search ? (identifierDigitsOf(search) ?? undefined) : undefined;
  const nameSearch = search && !identifierDigits ? searchTextOf([search]) || undefined : undefined;
  const sector = input.sector?.trim() ?? '';
  const sectorPrefix = sector ? (sectorPrefixOf(sector) ?? undefined) : undefined;
  const sectorWords = sector && !sectorPrefix ? searchTextOf([sector]) || undefined : undefined;
  const page = await employersRepository(trx).page({
    organizationId: actor.organizationId,
    partnerIds,
    scope: input.scope,
    nameSearch,
    identifierDigits,
    sectorPrefix,
    sectorWords,
    siaeOnly: input.kind === 'siae',
    page: input.page,
    pageSize: input.pageSize,
  });
  const owners = await ownerNames(
    trx,
    page.items.map((row) => row.organizationId),
  );
  return {
    items: page.items.map((row) => listItemOf(row, actor.organizationId, owners)),
    page: input.page,
    pageSize: input.pageSize,
    total: page.total,
  };
});
