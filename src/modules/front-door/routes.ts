import type { FastifyInstance } from 'fastify';
import {
  assignFrontDoorRequestRoute,
  closeFrontDoorRequestRoute,
  convertFrontDoorRequestRoute,
  getFrontDoorSettingsRoute,
  getPublicFrontDoorRoute,
  listFrontDoorRequestsRoute,
  readFrontDoorRequestRoute,
  searchFrontDoorPlacesRoute,
  setFrontDoorSettingsRoute,
  submitFrontDoorRequestRoute,
  suggestFrontDoorOccupationsRoute,
} from '../../contracts/front-door.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { assignFrontDoorRequest } from './use-cases/assign-request.js';
import { closeFrontDoorRequest } from './use-cases/close-request.js';
import { convertFrontDoorRequest } from './use-cases/convert-request.js';
import { readFrontDoorSettings, setFrontDoorSettings } from './use-cases/front-door-settings.js';
import { listFrontDoorRequests } from './use-cases/list-requests.js';
import {
  readPublicFrontDoor,
  searchFrontDoorPlaces,
  suggestFrontDoorOccupations,
} from './use-cases/public-front-door.js';
import { readFrontDoorRequest } from './use-cases/read-request.js';
import { submitFrontDoorRequest } from './use-cases/submit-request.js';

export function registerFrontDoorRoutes(app: FastifyInstance, deps: Deps): void {
  // Public: limited per address, so that nobody floods the consortium's queue.
  mountRoute(app, getPublicFrontDoorRoute, ({ params, ctx }) => readPublicFrontDoor(deps)(ctx, params), {
    rateLimit: { max: 60, timeWindow: '1 minute' },
  });
  mountRoute(
    app,
    searchFrontDoorPlacesRoute,
    ({ params, query, ctx }) => searchFrontDoorPlaces(deps)(ctx, { slug: params.slug, q: query.q }),
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
  // Suggestions while typing: limited per address like the other lookups of the form (a debounced
  // picker asks a few times per occupation; the submit's 5 a minute would cut a person off mid-word).
  mountRoute(
    app,
    suggestFrontDoorOccupationsRoute,
    ({ params, query, ctx }) => suggestFrontDoorOccupations(deps)(ctx, { slug: params.slug, ...query }),
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
  mountRoute(
    app,
    submitFrontDoorRequestRoute,
    ({ params, body, ctx }) => submitFrontDoorRequest(deps)(ctx, { slug: params.slug, body }),
    { rateLimit: { max: 5, timeWindow: '1 minute' } },
  );
  mountRoute(app, getFrontDoorSettingsRoute, ({ params, ctx }) =>
    readFrontDoorSettings(deps)(ctx, { programId: params.id }),
  );
  mountRoute(app, setFrontDoorSettingsRoute, ({ params, body, ctx }) =>
    setFrontDoorSettings(deps)(ctx, { programId: params.id, body }),
  );
  mountRoute(app, listFrontDoorRequestsRoute, ({ query, ctx }) => listFrontDoorRequests(deps)(ctx, query));
  mountRoute(app, readFrontDoorRequestRoute, ({ params, ctx }) =>
    readFrontDoorRequest(deps)(ctx, { requestId: params.id }),
  );
  mountRoute(app, assignFrontDoorRequestRoute, ({ params, body, ctx }) =>
    assignFrontDoorRequest(deps)(ctx, { ...body, requestId: params.id }),
  );
  mountRoute(app, closeFrontDoorRequestRoute, ({ params, body, ctx }) =>
    closeFrontDoorRequest(deps)(ctx, { ...body, requestId: params.id }),
  );
  mountRoute(app, convertFrontDoorRequestRoute, ({ params, ctx }) =>
    convertFrontDoorRequest(deps)(ctx, { requestId: params.id }),
  );
}
