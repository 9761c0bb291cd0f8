import type { FastifyInstance } from 'fastify';
import {
  bestOffersForPersonRoute,
  bestPeopleForOfferRoute,
  getJobWishesRoute,
  getMatchWeightsRoute,
  setJobWishesRoute,
  setMatchWeightsRoute,
} from '../../contracts/matching.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { bestOffersForPerson } from './use-cases/best-offers-for-person.js';
import { bestPeopleForOffer } from './use-cases/best-people-for-offer.js';
import { getJobWishes, setJobWishes } from './use-cases/job-wishes.js';
import { getMatchWeights, setMatchWeights } from './use-cases/match-weights.js';

export function registerMatchingRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, getJobWishesRoute, ({ params, ctx }) => getJobWishes(deps)(ctx, { personId: params.id }));
  mountRoute(app, setJobWishesRoute, ({ params, body, ctx }) =>
    setJobWishes(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, bestOffersForPersonRoute, ({ params, query, ctx }) =>
    bestOffersForPerson(deps)(ctx, { ...query, personId: params.id }),
  );
  mountRoute(app, bestPeopleForOfferRoute, ({ params, query, ctx }) =>
    bestPeopleForOffer(deps)(ctx, { ...query, offerId: params.id }),
  );
  mountRoute(app, getMatchWeightsRoute, ({ ctx }) => getMatchWeights(deps)(ctx, {}));
  mountRoute(app, setMatchWeightsRoute, ({ body, ctx }) => setMatchWeights(deps)(ctx, body));
}
