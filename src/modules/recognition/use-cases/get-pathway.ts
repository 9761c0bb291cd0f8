import { z } from 'zod';
import { listPathwaysQuery } from '../../../contracts/recognition.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { pathwaysRepository } from '../adapters/pathways-repository.js';
import { catalogueReaderRoles } from '../domain/vocabulary.js';
import { pathwayViews, summaryOf } from './pathway-views.js';
import { actorWith, partnersOf, visiblePathway } from './recognition-access.js';

/** A pathway of the catalogue the organization reads, with all its versions. */
export const getPathway = defineUseCase(
  z.object({ pathwayId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = actorWith(ctx, catalogueReaderRoles);
    const pathway = await visiblePathway(trx, actor, input.pathwayId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const [view] = await pathwayViews(trx, actor, ctx.locale, [pathway], today);
    return view!;
  },
);

/** The organization's pathways and those its consortia partners share, without retired ones unless asked. */
export const listPathways = defineUseCase(listPathwaysQuery, async ({ input, ctx, trx, now }) => {
  const actor = actorWith(ctx, catalogueReaderRoles);
  const partners = await partnersOf(trx, actor.organizationId);
  const pathways = await pathwaysRepository(trx).visibleTo(actor.organizationId, partners, {
    jurisdiction: input.jurisdiction,
    scheme: input.scheme,
    code: input.code,
    includeRetired: input.includeRetired === 'true',
  });
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const views = await pathwayViews(trx, actor, ctx.locale, pathways, today);
  return { items: views.map(summaryOf) };
});
