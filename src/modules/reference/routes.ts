import type { FastifyInstance } from 'fastify';
import {
  languageScalesRoute,
  occupationEquivalentsInRoute,
  occupationEquivalentsRoute,
  searchOccupationsRoute,
  searchOccupationTitlesRoute,
} from '../../contracts/reference.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { languageScales } from './use-cases/language-scales.js';
import { occupationEquivalents } from './use-cases/occupation-equivalents.js';
import { occupationEquivalentsIn } from './use-cases/occupation-equivalents-in.js';
import { searchOccupationTitles } from './use-cases/search-occupation-titles.js';
import { searchOccupations } from './use-cases/search-occupations.js';

export function registerReferenceRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, searchOccupationsRoute, ({ query, ctx }) => searchOccupations(deps)(ctx, query));
  mountRoute(app, languageScalesRoute, ({ ctx }) => languageScales(deps)(ctx, {}));
  mountRoute(app, occupationEquivalentsRoute, ({ params, query, ctx }) =>
    occupationEquivalents(deps)(ctx, { escoId: params.escoId, locale: query.lang }),
  );
  mountRoute(app, searchOccupationTitlesRoute, ({ query, ctx }) => searchOccupationTitles(deps)(ctx, query));
  mountRoute(app, occupationEquivalentsInRoute, ({ query, ctx }) =>
    occupationEquivalentsIn(deps)(ctx, query),
  );
}
