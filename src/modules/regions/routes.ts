import type { FastifyInstance } from 'fastify';
import {
  addCoverageRoute,
  addProgrammeItemRoute,
  addStayCostRoute,
  cancelStayRoute,
  listRegionsRoute,
  observeStayRoute,
  personStaysRoute,
  planStayRoute,
  readRegionRoute,
  readStayRoute,
  regionStaysRoute,
  removeCoverageRoute,
  removeProgrammeItemRoute,
  removeStayCostRoute,
  reportStayRoute,
  updateStayRoute,
} from '../../contracts/regions.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addProgrammeItem } from './use-cases/add-programme-item.js';
import { addStayCost } from './use-cases/add-stay-cost.js';
import { cancelStay } from './use-cases/cancel-stay.js';
import { listRegions } from './use-cases/list-regions.js';
import { addCoverage, removeCoverage } from './use-cases/manage-coverage.js';
import { observeStay } from './use-cases/observe-stay.js';
import { personStays } from './use-cases/person-stays.js';
import { planStay } from './use-cases/plan-stay.js';
import { readRegion } from './use-cases/read-region.js';
import { readStay } from './use-cases/read-stay.js';
import { removeProgrammeItem } from './use-cases/remove-programme-item.js';
import { removeStayCost } from './use-cases/remove-stay-cost.js';
import { reportStay } from './use-cases/report-stay.js';
import { staysInMyRegions } from './use-cases/stays-in-my-regions.js';
import { updateStay } from './use-cases/update-stay.js';

export function registerRegionRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listRegionsRoute, ({ ctx }) => listRegions(deps)(ctx, {}));
  mountRoute(app, addCoverageRoute, ({ body, ctx }) => addCoverage(deps)(ctx, body));
  mountRoute(app, removeCoverageRoute, ({ body, ctx }) => removeCoverage(deps)(ctx, body));
  mountRoute(app, readRegionRoute, ({ params, ctx }) => readRegion(deps)(ctx, params));
  mountRoute(app, personStaysRoute, ({ params, ctx }) => personStays(deps)(ctx, { personId: params.id }));
  mountRoute(app, planStayRoute, ({ params, body, ctx }) =>
    planStay(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, regionStaysRoute, ({ query, ctx }) => staysInMyRegions(deps)(ctx, query));
  mountRoute(app, readStayRoute, ({ params, ctx }) => readStay(deps)(ctx, { stayId: params.id }));
  mountRoute(app, updateStayRoute, ({ params, body, ctx }) =>
    updateStay(deps)(ctx, { ...body, stayId: params.id }),
  );
  mountRoute(app, cancelStayRoute, ({ params, ctx }) => cancelStay(deps)(ctx, { stayId: params.id }));
  mountRoute(app, reportStayRoute, ({ params, body, ctx }) =>
    reportStay(deps)(ctx, { ...body, stayId: params.id }),
  );
  mountRoute(app, observeStayRoute, ({ params, body, ctx }) =>
    observeStay(deps)(ctx, { ...body, stayId: params.id }),
  );
  mountRoute(app, addProgrammeItemRoute, ({ params, body, ctx }) =>
    addProgrammeItem(deps)(ctx, { ...body, stayId: params.id }),
  );
  mountRoute(app, removeProgrammeItemRoute, ({ params, ctx }) =>
    removeProgrammeItem(deps)(ctx, { stayId: params.id, itemId: params.itemId }),
  );
  mountRoute(app, addStayCostRoute, ({ params, body, ctx }) =>
    addStayCost(deps)(ctx, { ...body, stayId: params.id }),
  );
  mountRoute(app, removeStayCostRoute, ({ params, ctx }) =>
    removeStayCost(deps)(ctx, { stayId: params.id, itemId: params.itemId }),
  );
}
