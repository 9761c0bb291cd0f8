import type { FastifyInstance } from 'fastify';
import {
  changeOfferRoute,
  changeOfferStatusRoute,
  createOfferRoute,
  getOfferRoute,
  listOffersRoute,
} from '../../contracts/offers.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { changeOffer } from './use-cases/change-offer.js';
import { changeOfferStatus } from './use-cases/change-offer-status.js';
import { createOffer } from './use-cases/create-offer.js';
import { getOffer } from './use-cases/get-offer.js';
import { listOffers } from './use-cases/list-offers.js';

export function registerOfferRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listOffersRoute, ({ query, ctx }) => listOffers(deps)(ctx, query));
  mountRoute(app, getOfferRoute, ({ params, query, ctx }) =>
    getOffer(deps)(ctx, { offerId: params.id, lang: query.lang }),
  );
  mountRoute(app, createOfferRoute, ({ body, ctx }) => createOffer(deps)(ctx, body));
  mountRoute(app, changeOfferRoute, ({ params, body, ctx }) =>
    changeOffer(deps)(ctx, { ...body, offerId: params.id }),
  );
  mountRoute(app, changeOfferStatusRoute, ({ params, body, ctx }) =>
    changeOfferStatus(deps)(ctx, { ...body, offerId: params.id }),
  );
}
