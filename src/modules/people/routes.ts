import type { FastifyInstance } from 'fastify';
import { findPossibleDuplicatesRoute } from '../../contracts/intake.js';
import {
  addPersonItemRoute,
  bulkReassignRoute,
  createPersonRoute,
  getPersonRoute,
  reassignReferentRoute,
  referentHistoryRoute,
  removePersonItemRoute,
  revokeConsentRoute,
  updateBarrierRoute,
  updatePersonItemRoute,
  updatePersonRoute,
} from '../../contracts/people.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addPersonItem } from './use-cases/add-person-item.js';
import { bulkReassignReferents } from './use-cases/bulk-reassign-referents.js';
import { createPerson } from './use-cases/create-person.js';
import { findPossibleDuplicates } from './use-cases/find-possible-duplicates.js';
import { getPersonFile } from './use-cases/get-person-file.js';
import { reassignReferent } from './use-cases/reassign-referent.js';
import { referentHistory } from './use-cases/referent-history.js';
import { removePersonItem } from './use-cases/remove-person-item.js';
import { revokeConsent } from './use-cases/revoke-consent.js';
import { updateBarrier } from './use-cases/update-barrier.js';
import { updatePerson } from './use-cases/update-person.js';
import { updatePersonItem } from './use-cases/update-person-item.js';

export function registerPeopleRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, createPersonRoute, ({ body, ctx }) => createPerson(deps)(ctx, body));
  mountRoute(app, findPossibleDuplicatesRoute, ({ body, ctx }) => findPossibleDuplicates(deps)(ctx, body));
  mountRoute(app, getPersonRoute, ({ params, ctx }) => getPersonFile(deps)(ctx, { personId: params.id }));
  mountRoute(app, updatePersonRoute, ({ params, body, ctx }) =>
    updatePerson(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, addPersonItemRoute, ({ params, body, ctx }) =>
    addPersonItem(deps)(ctx, { personId: params.id, item: body }),
  );
  mountRoute(app, removePersonItemRoute, ({ params, ctx }) =>
    removePersonItem(deps)(ctx, { personId: params.id, kind: params.kind, itemId: params.itemId }),
  );
  mountRoute(app, updatePersonItemRoute, ({ params, body, ctx }) =>
    updatePersonItem(deps)(ctx, { personId: params.id, itemId: params.itemId, item: body }),
  );
  mountRoute(app, updateBarrierRoute, ({ params, body, ctx }) =>
    updateBarrier(deps)(ctx, { ...body, personId: params.id, itemId: params.itemId }),
  );
  mountRoute(app, revokeConsentRoute, ({ params, body, ctx }) =>
    revokeConsent(deps)(ctx, { ...body, personId: params.id, itemId: params.itemId }),
  );
  mountRoute(app, reassignReferentRoute, ({ params, body, ctx }) =>
    reassignReferent(deps)(ctx, { ...body, personId: params.id }),
  );
  mountRoute(app, referentHistoryRoute, ({ params, ctx }) =>
    referentHistory(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, bulkReassignRoute, ({ body, ctx }) => bulkReassignReferents(deps)(ctx, body));
}
