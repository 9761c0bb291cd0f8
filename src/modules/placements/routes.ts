import type { FastifyInstance } from 'fastify';
import {
  changePlacementSettingsRoute,
  endPlacementEarlyRoute,
  getPlacementSettingsRoute,
  listPersonPlacementsRoute,
  recordPlacementRoute,
  renewPlacementRoute,
  suspendPlacementRoute,
} from '../../contracts/placements.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { endPlacementEarly } from './use-cases/end-placement-early.js';
import { listPersonPlacements } from './use-cases/list-person-placements.js';
import { changePlacementSettings, getPlacementSettings } from './use-cases/placement-settings.js';
import { recordPlacement } from './use-cases/record-placement.js';
import { renewPlacement } from './use-cases/renew-placement.js';
import { suspendPlacement } from './use-cases/suspend-placement.js';

export function registerPlacementRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listPersonPlacementsRoute, ({ params, query, ctx }) =>
    listPersonPlacements(deps)(ctx, { personId: params.id, lang: query.lang }),
  );
  mountRoute(app, recordPlacementRoute, ({ body, ctx }) => recordPlacement(deps)(ctx, body));
  mountRoute(app, renewPlacementRoute, ({ params, body, ctx }) =>
    renewPlacement(deps)(ctx, { ...body, placementId: params.id }),
  );
  mountRoute(app, suspendPlacementRoute, ({ params, body, ctx }) =>
    suspendPlacement(deps)(ctx, { ...body, placementId: params.id }),
  );
  mountRoute(app, endPlacementEarlyRoute, ({ params, body, ctx }) =>
    endPlacementEarly(deps)(ctx, { ...body, placementId: params.id }),
  );
  mountRoute(app, getPlacementSettingsRoute, ({ ctx }) => getPlacementSettings(deps)(ctx, {}));
  mountRoute(app, changePlacementSettingsRoute, ({ body, ctx }) => changePlacementSettings(deps)(ctx, body));
}
