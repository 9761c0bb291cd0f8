import { offerListQuery } from '../../../contracts/offers.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationNamer } from '../../reference/api.js';
import { offersRepository } from '../adapters/offers-repository.js';
import { offerActor } from './offer-access.js';
import { offerListItemOf } from './offer-views.js';

/** The organization's offers, newest first; occupations named in the reader's language. */
export const listOffers = defineUseCase(offerListQuery, async ({ input, ctx, trx, now }) => {
  const actor = offerActor(ctx, false);
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const { rows, total } = await offersRepository(trx).page({
    organizationId: actor.organizationId,
    today,
    words: input.q || undefined,
    status: input.status,
    employerId: input.employerId,
    contractType: input.contractType,
    place: input.place || undefined,
    page: input.page,
    pageSize: input.pageSize,
  });
  const employers = new Map<string, { id: string; name: string; siae: boolean }>();
  for (const employerId of new Set(rows.map((r) => r.employerId))) {
    const employer = await employerSummary(trx, employerId, actor.organizationId);
    employers.set(
      employerId,
      employer
        ? { id: employer.id, name: employer.name, siae: employer.siae }
        : { id: employerId, name: '', siae: false },
    );
  }
  const name = await occupationNamer(
    trx,
    rows.map((r) => r.escoId),
    actor.locale,
  );
  return {
    items: rows.map((offer) =>
      offerListItemOf(
        offer,
        employers.get(offer.employerId) as { id: string; name: string; siae: boolean },
        name(offer.escoId) ?? null,
        today,
      ),
    ),
    page: input.page,
    pageSize: input.pageSize,
    total,
  };
});
