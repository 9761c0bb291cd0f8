import type { FastifyInstance } from 'fastify';
import {
  addHouseholdMemberRoute,
  changeHouseholdMainContactRoute,
  formHouseholdRoute,
  personHouseholdRoute,
  removeHouseholdMemberRoute,
} from '../../contracts/households.js';
import { mountRoute } from '../../core/http/mount.js';
import type { Deps } from '../../core/use-case.js';
import { addHouseholdMember } from './use-cases/add-household-member.js';
import { changeHouseholdMainContact } from './use-cases/change-household-main-contact.js';
import { formHousehold } from './use-cases/form-household.js';
import type { FollowHouseholdKey } from './use-cases/household-access.js';
import { personHousehold } from './use-cases/person-household.js';
import { removeHouseholdMember } from './use-cases/remove-household-member.js';

/**
 * Households of files. `followKey` re-keys the members' open enrolments (programs/api.ts
 * `rekeyOpenEnrolments`), handed over by the composition root because programs depends on people.
 */
export function registerHouseholdRoutes(
  app: FastifyInstance,
  deps: Deps,
  followKey: FollowHouseholdKey,
): void {
  mountRoute(app, personHouseholdRoute, ({ params, ctx }) =>
    personHousehold(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, formHouseholdRoute, ({ params, ctx }) =>
    formHousehold(followKey)(deps)(ctx, { personId: params.id }),
  );
  mountRoute(app, addHouseholdMemberRoute, ({ params, body, ctx }) =>
    addHouseholdMember(followKey)(deps)(ctx, { ...body, householdId: params.id }),
  );
  mountRoute(app, removeHouseholdMemberRoute, ({ params, ctx }) =>
    removeHouseholdMember(followKey)(deps)(ctx, { householdId: params.id, personId: params.personId }),
  );
  mountRoute(app, changeHouseholdMainContactRoute, ({ params, body, ctx }) =>
    changeHouseholdMainContact(deps)(ctx, { ...body, householdId: params.id }),
  );
}
