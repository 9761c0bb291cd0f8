import type { FastifyInstance } from 'fastify';
import { consentReadsRoute, getSharedPersonRoute, listSharedPeopleRoute } from '../../contracts/sharing.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { consentReads } from './use-cases/consent-reads.js';
import { listSharedPeople } from './use-cases/list-shared-people.js';
import { readSharedPerson } from './use-cases/read-shared-person.js';

export function registerSharingRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, listSharedPeopleRoute, ({ query, ctx }) => listSharedPeople(deps)(ctx, query));
  mountRoute(app, getSharedPersonRoute, ({ params, ctx }) =>
    readSharedPerson(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, consentReadsRoute, ({ params, ctx }) =>
    consentReads(deps)(ctx, { personId: params.id, itemId: params.itemId }),
  );
}
