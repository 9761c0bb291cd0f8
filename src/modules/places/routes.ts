import type { FastifyInstance } from 'fastify';
import { resolvePlaceRoute, searchPlacesRoute } from '../../contracts/places.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { resolvePlace } from './use-cases/resolve-place.js';
import { searchPlaces } from './use-cases/search-places.js';

export function registerPlaceRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, searchPlacesRoute, ({ query, ctx }) => searchPlaces(deps)(ctx, query));
  mountRoute(app, resolvePlaceRoute, ({ query, ctx }) => resolvePlace(deps)(ctx, query));
}
